import { AnalysisError } from "../../analysis/index.js";
import { InputError } from "../io.js";

/** Runs an analysis; its user errors (an unknown path, an empty range) become input errors. */
export function asInputError<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw err instanceof AnalysisError ? new InputError(err.message) : err;
  }
}
