import { logFactorial } from "./log-factorial.js";
import { reciprocal } from "./reciprocal.js";
import type { Xoshiro128 } from "./xoshiro128.js";
import { exp, log, log1p, powInt } from "./portable-math.js";

/** Below this mean (of the smaller tail), inversion; above, BTPE. Measured: up to ~60 inversion is faster. */
const INVERSION_LIMIT = 60;
/** Below this mean, inversion walks up from 0 (cheaper to set up than from the mode). */
const WALK_LIMIT = 8;
/** Up to this `n`, `q^n` by repeated squaring (relative error ≤ 64 ε); above, `exp(n ln q)`. */
const SQUARING_LIMIT = 64;

/**
 * Slots of one binomial's cached parameters in a Float64Array, from `at`:
 * `p`, `r = min(p, 1 − p)`, `ln(1 − r)`, `ln r`, `s = r / (1 − r)`, `1 / s`.
 * Filled by {@link binomialParams}, read by {@link binomialAt}.
 */
export const BINOMIAL_SLOTS = 6;

/**
 * Caches what every Binomial(·, p) draw needs that does not depend on `n`
 * (`r = min(p, 1 − p)`, `ln(1 − r)`, `ln r`, the pmf ratio `s = r / (1 − r)`
 * and `1 / s`) at `out[at … at + 5]`, so a simulation computes the logarithms
 * and quotients once per trial and layer, not once per swarm size and round.
 *
 * @example binomialParams(0.9, params, 0); binomialAt(rng, 24, params, 0)
 */
export function binomialParams(p: number, out: Float64Array, at: number): void {
  const r = p <= 0.5 ? p : 1 - p;
  out[at] = p;
  out[at + 1] = r;
  out[at + 2] = log1p(-r);
  out[at + 3] = log(r);
  out[at + 4] = r / (1 - r);
  out[at + 5] = (1 - r) / r;
}

// One parameter block for the plain `binomial(rng, n, p)` entry point.
const SCRATCH = new Float64Array(BINOMIAL_SLOTS);

/**
 * Binomial(n, p), exact for any whole `n ≥ 0`, with `p` in [0, 1]; see
 * {@link binomialAt}. Degenerate cases: `n = 0`, `p = 0` → 0; `p = 1` → `n`.
 *
 * @example binomial(rng, 24, 0.09) // mean 2.16
 */
export function binomial(rng: Xoshiro128, n: number, p: number): number {
  binomialParams(p, SCRATCH, 0);
  return binomialAt(rng, n, SCRATCH, 0);
}

/**
 * Binomial(n, p) with `p` given by its cached parameters `par[at …]`
 * ({@link binomialParams}), exact for any whole `n ≥ 0`. Works on
 * `r = min(p, 1 − p)` and mirrors the draw: inversion (walking up from 0
 * below a mean of 8, outward from the mode up to 60) when `n r < 60`,
 * otherwise BTPE (Kachitvichyanukul & Schmeiser 1988, "Binomial random
 * variate generation", CACM 31(2)) in constant expected time, following the
 * published algorithm step by step.
 *
 * The probability travels as an index into a typed array, never as a number
 * argument: a double passed to a call V8 does not inline is boxed on the
 * heap, and the garbage of tens of millions of such draws cost ~10 % of a run.
 *
 * @example binomialAt(rng, 24, params, 0)
 */
export function binomialAt(rng: Xoshiro128, n: number, par: Float64Array, at: number): number {
  const p = par[at]!;
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const nr = n * par[at + 1]!;
  const y =
    nr < WALK_LIMIT
      ? binomialWalk(rng, n, par, at)
      : nr < INVERSION_LIMIT
        ? binomialInversion(rng, n, par, at)
        : binomialBtpe(rng, n, par, at);
  return p <= 0.5 ? y : n - y;
}

/**
 * Inversion for `p ≤ ½` and a small mean, walking the pmf up from 0:
 * `f(0) = q^n`, `f(x) = f(x − 1) (n − x + 1) p / (x q)`. The walk restarts
 * past `np + 10 sd` (as NumPy's does), so a rounding shortfall of the pmf's
 * sum cannot run away; the mass beyond that point is below 1e-20.
 */
function binomialWalk(rng: Xoshiro128, n: number, par: Float64Array, at: number): number {
  const p = par[at + 1]!;
  const q = 1 - p;
  const qn = n <= SQUARING_LIMIT ? powInt(q, n) : exp(n * par[at + 2]!);
  const bound = n * p + 10 * Math.sqrt(n * p * q + 1);
  const s = par[at + 4]!;
  let x = 0;
  let px = qn;
  let u = rng.nextDouble();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = rng.nextDouble();
    } else {
      u -= px;
      px *= (n - x + 1) * s * reciprocal(x);
    }
  }
  return x;
}

/**
 * Inversion for `p ≤ ½`, searching outward from the mode `m = floor((n + 1) p)`
 * (alternately one step down, one step up) instead of up from 0: the same
 * exact inversion of the pmf in another order of the support, with about
 * `0.8 sqrt(npq)` steps instead of `np`. The upward walk stops past
 * `np + 10 sd` (as NumPy's does); a rounding shortfall of the pmf's sum
 * draws again. The mass beyond that point is below 1e-20.
 */
function binomialInversion(rng: Xoshiro128, n: number, par: Float64Array, at: number): number {
  const p = par[at + 1]!;
  const q = 1 - p;
  const s = par[at + 4]!;
  const invS = par[at + 5]!;
  const m = Math.floor((n + 1) * p);
  const fm = exp(
    logFactorial(n) -
      logFactorial(m) -
      logFactorial(n - m) +
      m * par[at + 3]! +
      (n - m) * par[at + 2]!,
  );
  const top = Math.min(n, Math.ceil(n * p + 10 * Math.sqrt(n * p * q + 1)));
  for (;;) {
    let u = rng.nextDouble() - fm;
    if (u <= 0) return m;
    let lo = m;
    let hi = m;
    let flo = fm;
    let fhi = fm;
    while (lo > 0 || hi < top) {
      if (lo > 0) {
        // f(x − 1) = f(x) · x / ((n − x + 1) s)
        flo *= lo * invS * reciprocal(n - lo + 1);
        lo--;
        u -= flo;
        if (u <= 0) return lo;
      }
      if (hi < top) {
        // f(x + 1) = f(x) · (n − x) s / (x + 1)
        fhi *= (n - hi) * s * reciprocal(hi + 1);
        hi++;
        u -= fhi;
        if (u <= 0) return hi;
      }
    }
  }
}

/** BTPE for `p ≤ ½` and `n p ≥ 60`; the step labels are the paper's. */
function binomialBtpe(rng: Xoshiro128, n: number, par: Float64Array, at: number): number {
  const r = par[at + 1]!;
  const q = 1 - r;
  const nrq = n * r * q;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(nrq) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1 + a / 2);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1 + a / 2);
  const p2 = p1 * (1 + 2 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;

  for (;;) {
    // Step 1: the triangular centre, accepted outright.
    const u = rng.nextDouble() * p4;
    let v = rng.nextDouble();
    let y: number;
    if (u <= p1) return Math.floor(xm - p1 * v + u);
    if (u <= p2) {
      // Step 2: the parallelograms.
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      // Step 3: the left exponential tail.
      y = Math.floor(xl + log(v) / laml);
      if (y < 0) continue;
      v = v * (u - p2) * laml;
    } else {
      // Step 4: the right exponential tail.
      y = Math.floor(xr - log(v) / lamr);
      if (y > n) continue;
      v = v * (u - p3) * lamr;
    }

    const k = Math.abs(y - m);
    if (k <= 20 || k >= nrq / 2 - 1) {
      // Step 5.1: explicit evaluation of f(y) / f(m) by the recursion; below the mode as
      // v ≤ 1 / Π (a/i − s), tested as v Π ≤ 1 so that the loop has no division.
      const s = par[at + 4]!;
      const aa = s * (n + 1);
      let f = 1;
      if (m < y) for (let i = m + 1; i <= y; i++) f *= aa * reciprocal(i) - s;
      else for (let i = y + 1; i <= m; i++) f *= aa * reciprocal(i) - s;
      if (m <= y ? v <= f : v * f <= 1) return y;
      continue;
    }

    // Step 5.2: squeezing on ln v, then Step 5.3: the Stirling bound.
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.1666666666666667) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const alv = log(v);
    if (alv < t - rho) return y;
    if (alv > t + rho) continue;
    if (alv <= stirlingLogRatio(n, m, y, r)) return y;
  }
}

/**
 * `ln(f(y) / f(m))` for Binomial(n, r) with mode m, by Stirling's series
 * (BTPE Step 5.3, Kachitvichyanukul & Schmeiser 1988): m! and (n − m)! stand
 * in the numerator, y! and (n − y)! in the denominator, so their correction
 * terms add and subtract. The paper (and NumPy) print all four with +; GSL
 * and rand_distr subtract, and only that matches the exact log ratio
 * (tests/random/btpe-bound.test.ts).
 */
export function stirlingLogRatio(n: number, m: number, y: number, r: number): number {
  const q = 1 - r;
  const x1 = y + 1;
  const f1 = m + 1;
  const z = n + 1 - m;
  const w = n - y + 1;
  return (
    (m + 0.5) * log(f1 / x1) +
    (n - m + 0.5) * log(z / w) +
    (y - m) * log((w * r) / (x1 * q)) +
    stirlingTail(f1) +
    stirlingTail(z) -
    stirlingTail(x1) -
    stirlingTail(w)
  );
}

/** The paper's correction term `(13860 − (462 − (132 − (99 − 140/x²)/x²)/x²)/x²) / x / 166320`. */
function stirlingTail(x: number): number {
  const x2 = x * x;
  return (13860 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166320;
}
