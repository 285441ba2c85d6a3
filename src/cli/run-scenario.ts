import { availableParallelism } from "node:os";
import { checkTrialPoints, evaluate } from "../engine/index.js";
import { type RunResult, type Scenario, scenarioInputs } from "../model/index.js";
import { DETERMINISTIC } from "../results/index.js";
import type { KeptTrials, SimulateOptions } from "../sim/index.js";
import { simulationMemoryBytes } from "../sim/memory.js";
import { type CliIo, InputError } from "./io.js";
import { progressBar } from "./progress.js";

/** The most memory the per-trial values of one run may take. */
const MAX_RUN_BYTES = 4 * 2 ** 30;

export interface RunFlags {
  trials?: number;
  seed?: number;
  workers?: number;
  quiet?: boolean;
}

/**
 * Refuses a run that could need over 4 GiB: an upper bound of its peak
 * memory (src/sim/memory.ts, checked against measured peaks by
 * bench/mc-memory.ts), per-trial band values and kept draws included.
 */
export function checkRunMemory(
  scenario: Scenario,
  trials: number,
  sizes: number,
  keptInputs: number,
  workers: number,
): void {
  const bytes = simulationMemoryBytes({
    trials,
    swarmSizes: sizes,
    layers: scenario.layers.length,
    droneTypes: scenario.drones.length,
    keptInputs,
    workers,
  });
  if (bytes <= MAX_RUN_BYTES) return;
  throw new InputError(
    `--trials ${trials.toLocaleString("en-US")} × ${sizes} swarm sizes needs up to ` +
      `${(bytes / 2 ** 30).toFixed(1)} GiB of memory (at most ${MAX_RUN_BYTES / 2 ** 30} GiB): ` +
      "use fewer trials or fewer sizes (--sizes)",
  );
}

/** A Monte Carlo simulation with the memory check, a progress bar and Ctrl-C. */
export async function simulateWithProgress(
  io: CliIo,
  scenario: Scenario,
  flags: RunFlags & { trials: number },
  extra: Pick<SimulateOptions, "swarmSizes" | "keep"> = {},
): Promise<RunResult & { kept?: KeptTrials }> {
  const sizes = extra.swarmSizes ?? scenario.swarmSizes;
  // Results are byte-identical for any worker count; threads only pay off on long runs.
  const work = flags.trials * sizes.length;
  const workers = flags.workers ?? (work >= 200_000 ? Math.min(availableParallelism(), 8) : 1);
  const kept = extra.keep === undefined ? 0 : scenarioInputs(scenario).filter((i) => i.dist).length;
  checkTrialPoints(flags.trials, sizes.length);
  checkRunMemory(scenario, flags.trials, sizes.length, kept, workers);
  const { simulate } = await import("../sim/index.js");
  const progress = await progressBar(io, flags.quiet === true);
  try {
    return await simulate(scenario, {
      trials: flags.trials,
      seed: flags.seed ?? 1,
      workers,
      onProgress: progress.update,
      ...extra,
      ...(io.interrupt === undefined ? {} : { signal: io.interrupt }),
    });
  } finally {
    progress.stop();
  }
}

/**
 * Deterministic rows, or a Monte Carlo simulation (see
 * {@link simulateWithProgress}); `keep` keeps the per-trial draws at one
 * swarm size (the report's importance ranks).
 */
export async function runScenario(
  io: CliIo,
  scenario: Scenario,
  flags: RunFlags,
  keep?: number,
): Promise<RunResult & { kept?: KeptTrials }> {
  if (flags.trials === undefined) return { ...DETERMINISTIC, rows: evaluate(scenario) };
  const extra = keep === undefined ? {} : { keep: { swarmSize: keep } };
  return simulateWithProgress(io, scenario, { ...flags, trials: flags.trials }, extra);
}
