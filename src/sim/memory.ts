import { CxrError } from "../model/cxr-error.js";
import { BAND_METRICS } from "../model/outcome.js";
import { M_LAYERS } from "./plan.js";
import { BATCH_SIZE } from "./options.js";

/** What {@link simulationMemoryBytes} needs to know of a run. */
export interface MemoryQuery {
  readonly trials: number;
  readonly swarmSizes: number;
  readonly layers: number;
  readonly droneTypes: number;
  /** Uncertain inputs whose draws are kept (sensitivity), 0 when none are. */
  readonly keptInputs: number;
  /** Threads that compute, the calling one included. */
  readonly workers: number;
}

/** The process itself, before any simulation buffer: Node, the CLI and its libraries (measured ≈ 130 MB). */
const PROCESS_BYTES = 256 * 2 ** 20;
/** A worker thread's own heap and code, before its work arrays (measured ≈ 10 MB). */
const THREAD_BYTES = 32 * 2 ** 20;

/**
 * An upper bound of the memory a simulation needs at its peak, in bytes:
 * the per-trial values of the band metrics (`8 × S × T` doubles), the batch
 * sums, the kept draws (and their copy in the result), and per computing
 * thread the percentile work arrays (`bandScratch`: `T` doubles, plus four
 * windows of about `T / 5`), plus a fixed allowance for the process and
 * each thread. Checked against measured peak RSS by `bench/mc-memory.ts`.
 *
 * @example simulationMemoryBytes({ trials: 1e6, swarmSizes: 31, layers: 3, droneTypes: 2, keptInputs: 0, workers: 2 })
 */
export function simulationMemoryBytes(q: MemoryQuery): number {
  const T = q.trials;
  const S = q.swarmSizes;
  const metrics = M_LAYERS + 3 * q.layers + q.droneTypes;
  const perTrial = BAND_METRICS.length * S * T;
  const sums = Math.ceil(T / BATCH_SIZE) * S * metrics;
  // Kept draws, their copy in the result, and the kept per-trial cer.
  const kept = q.keptInputs > 0 ? 2 * q.keptInputs * T + T : 0;
  const room = Math.min(T, 100 * Math.ceil(T / 512) + 64);
  const scratch = T + 4 * room + 1024;
  const doubles = perTrial + sums + kept + q.workers * scratch;
  return 8 * doubles + PROCESS_BYTES + q.workers * THREAD_BYTES;
}

/** The most memory the per-trial values of one run may take. */
export const MAX_RUN_BYTES = 4 * 2 ** 30;

/**
 * Refuses a run that could need over 4 GiB: an upper bound of its peak
 * memory ({@link simulationMemoryBytes}, checked against measured peaks by
 * bench/mc-memory.ts), per-trial band values and kept draws included.
 *
 * @throws CxrError `run-memory` naming the trials, sizes and gibibytes
 */
export function checkRunMemory(query: MemoryQuery): void {
  const bytes = simulationMemoryBytes(query);
  if (bytes <= MAX_RUN_BYTES) return;
  throw new CxrError(
    `--trials ${query.trials.toLocaleString("en-US")} × ${query.swarmSizes} swarm sizes needs up to ` +
      `${(bytes / 2 ** 30).toFixed(1)} GiB of memory (at most ${MAX_RUN_BYTES / 2 ** 30} GiB)`,
    { code: "run-memory", hint: "use fewer trials or fewer sizes (--sizes)" },
  );
}
