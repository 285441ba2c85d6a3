import { logFactorial } from "./log-factorial.js";
import { reciprocal } from "./reciprocal.js";
import type { Xoshiro128 } from "./xoshiro128.js";
import { log } from "./portable-math.js";

/** Below this (reduced) sample size, inversion; from it on, HRUA. */
const INVERSION_LIMIT = 10;
const D1 = 1.7155277699214135; // 2 sqrt(2/e)
const D2 = 0.8989161620588988; // 3 − 2 sqrt(3/e)

/**
 * Hypergeometric: the number of "good" items in a uniform sample of `sample`
 * items without replacement from `good + bad` (all whole numbers), exact.
 *
 * The draw is reduced by symmetry to a sample of at most half the population
 * from the smaller of the two groups, then made by inversion (a walk up the
 * pmf from 0, at most 10 steps) for samples under 10, or by HRUA, Stadlober's
 * ratio-of-uniforms method (Stadlober 1989, "Sampling from Poisson, binomial
 * and hypergeometric distributions: ratio of uniforms as a simple and fast
 * alternative"; as in NumPy), whose expected time is constant in the
 * population size.
 *
 * Degenerate cases: `sample = 0` or `good = 0` → 0; `bad = 0` → `sample`;
 * `sample = good + bad` → `good`.
 *
 * @throws RangeError if `sample > good + bad`
 * @example hypergeometric(rng, 7, 3, 5) // mean 3.5
 */
export function hypergeometric(rng: Xoshiro128, good: number, bad: number, sample: number): number {
  const total = good + bad;
  if (sample > total) throw new RangeError(`sample ${sample} exceeds population ${total}`);
  if (sample <= 0 || good <= 0) return 0;
  if (bad <= 0) return sample;
  const m = Math.min(sample, total - sample);
  const small = Math.min(good, bad);
  const k =
    m < INVERSION_LIMIT
      ? hypergeometricInversion(rng, small, total - small, m)
      : hypergeometricHrua(rng, small, total - small, m);
  // Undo the reductions: count goods, not the smaller group; sample, not its complement.
  const kGood = good <= bad ? k : m - k;
  return m === sample ? kGood : good - kGood;
}

/** Inversion for `sample ≤ bad` (so the support starts at 0). */
function hypergeometricInversion(
  rng: Xoshiro128,
  good: number,
  bad: number,
  sample: number,
): number {
  const total = good + bad;
  let p0 = 1;
  for (let i = 0; i < sample; i++) p0 *= (bad - i) * reciprocal(total - i);
  const top = Math.min(sample, good);
  for (;;) {
    let u = rng.nextDouble();
    let k = 0;
    let pk = p0;
    while (u > pk && k < top) {
      u -= pk;
      pk *= (good - k) * (sample - k) * reciprocal(k + 1) * reciprocal(bad - sample + k + 1);
      k++;
    }
    // A rounding shortfall of the pmf's sum past the top: draw again.
    if (u <= pk) return k;
  }
}

/** HRUA for `good ≤ bad`, `10 ≤ sample ≤ (good + bad) / 2`. */
function hypergeometricHrua(rng: Xoshiro128, good: number, bad: number, sample: number): number {
  const total = good + bad;
  const p = good / total;
  const q = bad / total;
  const a = sample * p + 0.5;
  const variance = ((total - sample) * sample * p * q) / (total - 1);
  const c = Math.sqrt(variance + 0.5);
  const h = D1 * c + D2;
  const mode = Math.floor(((sample + 1) * (good + 1)) / (total + 2));
  const g = logWeight(mode, good, bad, sample);
  const b = Math.min(Math.min(sample, good) + 1, Math.floor(a + 16 * c));
  for (;;) {
    const u = rng.nextDouble();
    const v = rng.nextDouble();
    const x = a + (h * (v - 0.5)) / u;
    if (x < 0 || x >= b) continue;
    const k = Math.floor(x);
    const t = g - logWeight(k, good, bad, sample);
    if (u * (4 - u) - 3 <= t) return k;
    if (u * (u - t) >= 1) continue;
    if (2 * log(u) <= t) return k;
  }
}

/**
 * `ln(k! (good − k)! (sample − k)! (bad − sample + k)!)`, minus the log of
 * the pmf up to a constant. One helper for HRUA's two call sites, so V8
 * inlines it whole (a double returned from a call that is not inlined is
 * boxed on the heap).
 */
function logWeight(k: number, good: number, bad: number, sample: number): number {
  return (
    logFactorial(k) +
    logFactorial(good - k) +
    logFactorial(sample - k) +
    logFactorial(bad - sample + k)
  );
}
