import type { HeatmapData } from "../charts/index.js";
import { sweepRows } from "../analysis/index.js";
import { CxrError, type Scenario } from "../model/index.js";
import { DETERMINISTIC } from "../results/index.js";
import { chartFrame } from "./chart-data.js";
import { parseSweep } from "../scenario/sweep.js";

/** Something that loads a scenario with extra `--set` overrides. */
export interface ScenarioLoader {
  load(extraOverrides?: readonly string[]): { scenario: Scenario };
}

/** Raised for a malformed `--x`: a user error, a {@link CxrError} with code `sweep-syntax`. */
export class SweepError extends CxrError {
  override readonly name: string = "SweepError";

  constructor(message: string) {
    super(message, { code: "sweep-syntax", path: "--x" });
  }
}

/**
 * The CER over swarm size × one swept input, deterministic: the scenario is
 * loaded once per value of `--x PATH=FROM..TO[:log][:POINTS]` (so any input,
 * count or share can be swept, in the reporting currency).
 */
export function heatmapData(source: ScenarioLoader, x: string): HeatmapData {
  const sweep = parseSweep(x);
  if (typeof sweep === "string") throw new SweepError(`--x: ${sweep}`);
  const base = source.load().scenario;
  const cells = sweepRows((extra) => source.load(extra).scenario, sweep).map((r) => ({
    x: r.sweep.value,
    swarmSize: r.swarmSize,
    cer: r.cer,
  }));
  const leaf = sweep.path.split(".").at(-1) ?? sweep.path;
  const unit = /cost|damage/i.test(leaf) ? ` (${base.currency}, ${base.priceYear} prices)` : "";
  return {
    ...chartFrame(base, DETERMINISTIC),
    xPath: sweep.path,
    xLabel: `${sweep.path}${unit}`,
    cells,
  };
}
