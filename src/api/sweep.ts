import { sweepRows, type SweepValues } from "../analysis/sweep-rows.js";
import { parseSweep } from "../scenario/sweep.js";
import { CxrError } from "../model/cxr-error.js";
import { type SweepDocument, sweepDocument } from "../results/sweep-output.js";
import type { LoadedScenario } from "./load-scenario.js";
import { remember } from "./result-scenario.js";

/** `PATH=FROM..TO[:log][:POINTS]` as `--sweep` takes it, or the path and its values. */
export function sweepValues(sweep: string | SweepValues): SweepValues {
  if (typeof sweep !== "string") return sweep;
  const parsed = parseSweep(sweep);
  if (typeof parsed === "string") throw new CxrError(parsed, { code: "sweep-syntax" });
  return parsed;
}

/**
 * Results over one input (deterministic): the scenario loaded again with
 * each value of the swept input, one row per value × swarm size, each the
 * usual outcome plus `sweep: { path, value }`. The result is the document
 * `cxr run --sweep --format json` prints.
 *
 * @example await sweep(poland, "threat.drones.gerbera.unitCost=5k..50k:10")
 */
export function sweep(loaded: LoadedScenario, values: string | SweepValues): SweepDocument {
  const s = sweepValues(values);
  const rows = sweepRows((extra) => loaded.with({ set: extra }).scenario, s);
  return remember(sweepDocument(loaded.scenario, rows), loaded.scenario);
}
