import { CxrError } from "../model/cxr-error.js";

/**
 * A scenario the model cannot compute although each field is valid on its
 * own: more than 12 layers with availability below 1 (4,096 up/down
 * patterns, docs/model.md §4), a swarm size beyond 2^53 − 1 (whole counts are
 * no longer exact). A user error, a {@link CxrError}: the CLI prints the
 * message and exits 1.
 */
export class ModelLimitError extends CxrError {
  override readonly name: string = "ModelLimitError";
  /** Stable code: `"availability-patterns"`, `"swarm-size"` or `"trial-points"`. */
  declare readonly code: "availability-patterns" | "swarm-size" | "trial-points";

  constructor(code: ModelLimitError["code"], message: string, hint: string) {
    super(message, { code, hint });
  }
}

/** Layers with availability < 1 that deterministic mode enumerates at most (2^12 patterns). */
export const MAX_UNCERTAIN_LAYERS = 12;

/**
 * Throws a {@link ModelLimitError} when more than {@link MAX_UNCERTAIN_LAYERS}
 * of the availabilities are below 1.
 */
export function checkAvailabilityPatterns(availabilities: readonly number[]): void {
  const uncertain = availabilities.filter((a) => a < 1).length;
  if (uncertain > MAX_UNCERTAIN_LAYERS) {
    throw new ModelLimitError(
      "availability-patterns",
      `${uncertain} layers have availability below 1; deterministic mode enumerates ` +
        `their up/down patterns and allows at most ${MAX_UNCERTAIN_LAYERS} (${2 ** MAX_UNCERTAIN_LAYERS} patterns)`,
      "set availability: 100% on the layers that are always there, or merge layers",
    );
  }
}

/** Swarm sizes above this are refused: 2^53 − 1, beyond which whole counts are not exact. */
export const MAX_SWARM_SIZE = Number.MAX_SAFE_INTEGER;

/** The {@link ModelLimitError} for a swarm size or launch count above {@link MAX_SWARM_SIZE}. */
export function swarmSizeError(n: number): ModelLimitError {
  return new ModelLimitError(
    "swarm-size",
    `a swarm of ${n} drones is above 2^53 − 1 (${MAX_SWARM_SIZE}), where whole counts stop being exact`,
    "use smaller swarm sizes",
  );
}

/**
 * Trials × swarm sizes one Monte Carlo run may compute: 10^9 (e.g. 10^8
 * trials at 10 sizes). Every per-trial buffer (one double per trial and size)
 * then stays far below a typed array's 2^32-element limit, and a run this
 * long already takes hours; the memory check (src/sim/memory.ts) usually
 * refuses such runs earlier.
 */
export const MAX_TRIAL_POINTS = 1e9;

/**
 * Throws a {@link ModelLimitError} naming both the trial count and the number
 * of swarm sizes when their product is above {@link MAX_TRIAL_POINTS}.
 */
export function checkTrialPoints(trials: number, swarmSizes: number): void {
  if (trials * swarmSizes <= MAX_TRIAL_POINTS) return;
  throw new ModelLimitError(
    "trial-points",
    `${trials.toLocaleString("en-US")} trials × ${swarmSizes} swarm sizes is ` +
      `${(trials * swarmSizes).toExponential(1)} trial-sizes, above the limit of 1e9`,
    "use fewer trials (--trials) or fewer swarm sizes (--sizes)",
  );
}
