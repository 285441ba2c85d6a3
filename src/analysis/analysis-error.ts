import { distance } from "fastest-levenshtein";
import { CxrError, type CxrErrorDetails } from "../model/cxr-error.js";

/**
 * A user's mistake in an analysis request (an unknown input path, a range
 * with no room), a {@link CxrError}: the CLI prints the message and exits
 * with status 1.
 */
export class AnalysisError extends CxrError {
  override readonly name: string = "AnalysisError";

  constructor(message: string, details: Partial<CxrErrorDetails> = {}) {
    super(message, { ...details, code: details.code ?? "analysis" });
  }
}

/** An input path that names no input of the scenario; the message lists the nearest ones. */
export class UnknownInputError extends AnalysisError {
  override readonly name = "UnknownInputError";
  /** The nearest input paths, best first (at most 5). */
  readonly nearest: readonly string[];

  constructor(path: string, known: readonly string[]) {
    const nearest = nearestPaths(path, known);
    super(
      `'${path}' is not an input of this scenario` +
        (nearest.length === 0 ? "" : `; nearest: ${nearest.join(", ")}`),
      { code: "unknown-input", path },
    );
    this.nearest = nearest;
  }
}

/**
 * Up to `count` known paths nearest to `path`: those it is a prefix of first
 * (a truncated `…sam.cost` means `…sam.costPerShot`, not the closer
 * `…sam.pk`), then by Levenshtein distance, ties in the given order.
 *
 * @example nearestPaths("defense.layers.sam.cost", paths) // ["defense.layers.sam.costPerShot", …]
 */
export function nearestPaths(path: string, known: readonly string[], count = 5): string[] {
  return known
    .map((k, i) => ({ k, i, prefix: k.startsWith(path) ? 0 : 1, d: distance(path, k) }))
    .sort((a, b) => a.prefix - b.prefix || a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.k);
}
