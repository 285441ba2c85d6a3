import { availableParallelism } from "node:os";
import { runResult, simulateChecked } from "../api/run.js";
import type { RunResult, Scenario } from "../model/index.js";
import type { KeptTrials, SimulateOptions } from "../sim/index.js";
import type { CliIo } from "./io.js";
import { progressBar } from "./progress.js";

export interface RunFlags {
  trials?: number;
  seed?: number;
  workers?: number;
  quiet?: boolean;
}

/** `--workers`, else one thread per core (at most 8) for long runs: results never depend on it. */
export function workersFor(flags: RunFlags, work: number): number {
  return flags.workers ?? (work >= 200_000 ? Math.min(availableParallelism(), 8) : 1);
}

/** The run options of the library from the flags, with the progress bar and Ctrl-C. */
export async function withProgress<T>(
  io: CliIo,
  flags: RunFlags,
  work: number,
  f: (options: {
    workers: number;
    onProgress: (done: number, total: number) => void;
    signal?: AbortSignal;
  }) => Promise<T>,
): Promise<T> {
  const progress = await progressBar(io, flags.quiet === true);
  try {
    return await f({
      workers: workersFor(flags, work),
      onProgress: progress.update,
      ...(io.interrupt === undefined ? {} : { signal: io.interrupt }),
    });
  } finally {
    progress.stop();
  }
}

/** A Monte Carlo simulation (memory checked by the library) with a progress bar and Ctrl-C. */
export async function simulateWithProgress(
  io: CliIo,
  scenario: Scenario,
  flags: RunFlags & { trials: number },
  extra: Pick<SimulateOptions, "swarmSizes" | "keep"> = {},
): Promise<RunResult & { kept?: KeptTrials }> {
  const sizes = extra.swarmSizes ?? scenario.swarmSizes;
  const seed = flags.seed === undefined ? {} : { seed: flags.seed };
  return withProgress(io, flags, flags.trials * sizes.length, (options) =>
    simulateChecked(scenario, { ...options, ...seed, trials: flags.trials }, extra),
  );
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
  if (flags.trials === undefined) return runResult(scenario);
  const extra = keep === undefined ? {} : { keep: { swarmSize: keep } };
  return simulateWithProgress(io, scenario, { ...flags, trials: flags.trials }, extra);
}
