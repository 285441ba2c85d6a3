/**
 * A scenario the model cannot compute although each field is valid on its
 * own: more than 12 layers with availability below 1 (4,096 up/down
 * patterns, docs/model.md §4), a swarm size beyond 2^53 − 1 (whole counts are
 * no longer exact). A user error: the CLI prints the message and exits 1.
 */
export class ModelLimitError extends RangeError {
  override readonly name = "ModelLimitError";
  /** Stable code: `"availability-patterns"` or `"swarm-size"`. */
  readonly code: "availability-patterns" | "swarm-size";
  /** What to change. */
  readonly hint: string;

  constructor(code: ModelLimitError["code"], message: string, hint: string) {
    super(`${message}: ${hint}`);
    this.code = code;
    this.hint = hint;
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
