import { availableParallelism } from "node:os";
import { evaluate } from "../engine/index.js";
import { type RunResult, type Scenario, scenarioInputs } from "../model/index.js";
import { simulationMemoryBytes } from "../sim/memory.js";
import type { KeptTrials } from "../sim/index.js";
import { type CliIo, InputError } from "./io.js";

/** The most memory one Monte Carlo run may need. */
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
  // Results are byte-identical for any worker count; threads only pay off on long runs.
  const work = flags.trials * scenario.swarmSizes.length;
  const workers = flags.workers ?? (work >= 200_000 ? Math.min(availableParallelism(), 8) : 1);
  // An upper bound of the run's peak memory (src/sim/memory.ts, checked by bench/mc-memory.ts).
  const bytes = simulationMemoryBytes({
    trials: flags.trials,
    swarmSizes: scenario.swarmSizes.length,
    layers: scenario.layers.length,
    droneTypes: scenario.drones.length,
    keptInputs: keep === undefined ? 0 : scenarioInputs(scenario).filter((i) => i.dist).length,
    workers,
  });
  if (bytes > MAX_BAND_BYTES) {
    throw new InputError(
      `--trials ${flags.trials.toLocaleString("en-US")} × ${scenario.swarmSizes.length} swarm sizes needs up to ` +
        `${(bytes / 2 ** 30).toFixed(1)} GiB of memory (at most ${MAX_BAND_BYTES / 2 ** 30} GiB): ` +
        "use fewer trials or fewer sizes (--sizes)",
    );
  }
  const { simulate } = await import("../sim/index.js");
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
