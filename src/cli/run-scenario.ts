import { availableParallelism } from "node:os";
import { evaluate } from "../engine/index.js";
import { BAND_METRICS, type RunResult, type Scenario } from "../model/index.js";
import type { KeptTrials } from "../sim/index.js";
import { type CliIo, InputError } from "./io.js";

/** The most memory the per-trial band values of one run may take. */
const MAX_BAND_BYTES = 4 * 2 ** 30;
import { progressBar } from "./progress.js";

export interface RunFlags {
  trials?: number;
  seed?: number;
  workers?: number;
  quiet?: boolean;
}

/**
 * Deterministic rows, or a Monte Carlo simulation with a progress bar and
 * Ctrl-C; `keep` keeps the per-trial draws at one swarm size (sensitivity).
 */
export async function runScenario(
  io: CliIo,
  scenario: Scenario,
  flags: RunFlags,
  keep?: number,
): Promise<RunResult & { kept?: KeptTrials }> {
  if (flags.trials === undefined) {
    return { mode: "deterministic", trials: null, seed: null, rows: evaluate(scenario) };
  }
  // Bands need every trial's value of 8 metrics at every size, in doubles.
  const bytes = flags.trials * scenario.swarmSizes.length * BAND_METRICS.length * 8;
  if (bytes > MAX_BAND_BYTES) {
    throw new InputError(
      `--trials ${flags.trials.toLocaleString("en-US")} × ${scenario.swarmSizes.length} swarm sizes needs ` +
        `${(bytes / 2 ** 30).toFixed(1)} GiB for the percentile bands (at most ${MAX_BAND_BYTES / 2 ** 30} GiB): ` +
        "use fewer trials or fewer sizes (--sizes)",
    );
  }
  const { simulate } = await import("../sim/index.js");
  // Results are byte-identical for any worker count; threads only pay off on long runs.
  const work = flags.trials * scenario.swarmSizes.length;
  const workers = flags.workers ?? (work >= 200_000 ? Math.min(availableParallelism(), 8) : 1);
  const progress = await progressBar(io, flags.quiet === true);
  try {
    return await simulate(scenario, {
      trials: flags.trials,
      seed: flags.seed ?? 1,
      workers,
      onProgress: progress.update,
      ...(keep === undefined ? {} : { keep: { swarmSize: keep } }),
      ...(io.interrupt === undefined ? {} : { signal: io.interrupt }),
    });
  } finally {
    progress.stop();
  }
}
