/** Points of the coarse scan that brackets a crossing before bisection. */
export const SCAN_POINTS = 64;

/** Bisection stops when the bracket is this small relative to its ends… */
const RELATIVE_TOLERANCE = 1e-12;
/** …or after this many halvings. */
const MAX_ITERATIONS = 200;

/**
 * The scan grid over [a, b]: log-spaced when 0 < a and b / a ≥ 100; from
 * a = 0, the point 0 then log-spaced from b·1e-9 to b (so a crossing near
 * zero is bracketed tightly); otherwise linear. Ascending, ends included.
 */
export function scanGrid(a: number, b: number, points = SCAN_POINTS): number[] {
  const linear = (lo: number, hi: number, k: number): number[] =>
    Array.from({ length: k }, (_, i) => (i === k - 1 ? hi : lo + ((hi - lo) * i) / (k - 1)));
  const log = (lo: number, hi: number, k: number): number[] =>
    Array.from({ length: k }, (_, i) => (i === k - 1 ? hi : lo * (hi / lo) ** (i / (k - 1))));
  if (a > 0 && b / a >= 100) return log(a, b, points);
  if (a === 0 && b > 0) return [0, ...log(b * 1e-9, b, points - 1)];
  return linear(a, b, points);
}

/**
 * The value `x` in [a, b] where `f(x)` crosses `target`: a coarse scan
 * ({@link scanGrid}, {@link SCAN_POINTS} points) finds the first sign change
 * of `f − target` (points where `f` is null are skipped), then bisection
 * narrows it to 1e-12 relative or 200 halvings. `f` need not be monotone;
 * the first crossing from `a` is the one returned. Null when no crossing is
 * seen in [a, b] (or `f` turns null inside the bracket): not an error.
 *
 * @example breakEven((c) => (3 * c) / 150_000, 1, [0, 1e6]) // 50000
 */
export function breakEven(
  f: (value: number) => number | null,
  target: number,
  range: readonly [number, number],
): number | null {
  const [a, b] = range;
  if (!(Number.isFinite(a) && Number.isFinite(b)) || b < a) return null;
  const g = (x: number): number | null => {
    const y = f(x);
    return y === null || Number.isNaN(y) ? null : y - target;
  };
  let lo: number | undefined;
  let gLo = 0;
  let hi: number | undefined;
  for (const x of scanGrid(a, b)) {
    const gx = g(x);
    if (gx === null) continue;
    if (gx === 0) return x;
    if (lo !== undefined && Math.sign(gx) !== Math.sign(gLo)) {
      hi = x;
      break;
    }
    lo = x;
    gLo = gx;
  }
  if (lo === undefined || hi === undefined) return null;
  return bisect(g, lo, gLo, hi);
}

/** Bisection of a bracket [lo, hi] where `g` changes sign (`gLo = g(lo)`); null if `g` turns null. */
function bisect(
  g: (x: number) => number | null,
  lo: number,
  gLo: number,
  hi: number,
): number | null {
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    if (hi - lo <= RELATIVE_TOLERANCE * Math.max(Math.abs(lo), Math.abs(hi))) break;
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    const gm = g(mid);
    if (gm === null) return null;
    if (gm === 0) return mid;
    if (Math.sign(gm) === Math.sign(gLo)) {
      lo = mid;
      gLo = gm;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}
