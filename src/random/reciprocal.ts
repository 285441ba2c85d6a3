const TABLE_SIZE = 1024;

// 1/k for k < 1024, once at load (8 KB): the samplers' pmf recursions multiply by it
// instead of dividing, since a division in a dependent chain costs ~4× a multiplication.
const TABLE = Float64Array.from({ length: TABLE_SIZE }, (_, k) => 1 / k);

/**
 * `1 / k` for a whole `k ≥ 1`, from a table below 1024 (the correctly
 * rounded quotient either way).
 *
 * @example reciprocal(8) // 0.125
 */
export function reciprocal(k: number): number {
  // Kept tiny so V8 always inlines it (a double returned from a call is boxed).
  return k < TABLE_SIZE ? TABLE[k]! : 1 / k;
}
