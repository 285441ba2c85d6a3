import { availableParallelism } from "node:os";
import { evaluate } from "../engine/index.js";
import type { RunResult, Scenario } from "../model/index.js";
import type { KeptTrials } from "../sim/index.js";
import type { CliIo } from "./io.js";
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
