/** The options of every call that may run Monte Carlo: {@link run}, {@link campaign}, {@link compare}. */
export interface RunOptions {
  /** Monte Carlo with this many trials; without: deterministic (base values). */
  readonly trials?: number;
  /** Monte Carlo seed, default 1; the same seed gives the same numbers for any `workers`. */
  readonly seed?: number;
  /**
   * Threads that compute, the calling one included (default 1: in-thread,
   * which works anywhere). Above 1, Node worker threads, loaded only then.
   */
  readonly workers?: number;
  /** Aborts a Monte Carlo run: the promise rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
  /** Called as Monte Carlo trials finish. */
  readonly onProgress?: (doneTrials: number, totalTrials: number) => void;
}
