/**
 * `exp`, `log`, `log1p` and `pow` that give the same bits in every
 * JavaScript engine: Sun's fdlibm algorithms (e_exp.c, e_log.c; the
 * freely distributable code V8 itself ports), written with `+ − × ÷` only,
 * which IEEE 754 rounds the same way everywhere. `Math.exp`, `Math.log` and
 * `Math.pow` are not so: measured on 20,000 arguments, Node 20's V8 and
 * Chromium 156's differ in the last bit for 1 in 10 (exp, pow) and 1 in 50
 * (log), so a seeded Monte Carlo run drew different numbers in the explorer
 * page than in `cxr run` (issue 14). Every sampler calls these instead.
 * Error below 1 ulp, as fdlibm's.
 */

// The high 32-bit word of a double: the second on a little-endian machine.
const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function highWord(x: number): number {
  F64[0] = x;
  return I32[HI]!;
}

function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  I32[HI] = hi;
  return F64[0];
}

const LN2_HI = 6.9314718036912381649e-1; // 0x3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const INV_LN2 = 1.4426950408889634; // 0x3ff71547 652b82fe
const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862e42 fefa39ef
const U_THRESHOLD = -7.4513321910194110842e2; // 0xc0874910 d52d3051
const TWO_M1000 = 9.3326361850321887899e-302; // 2^-1000
const TWO54 = 1.8014398509481984e16; // 2^54
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/**
 * e^x (fdlibm e_exp.c): x = k ln 2 + r with |r| ≤ ½ ln 2, e^r by a
 * rational approximation, then k added to the exponent.
 *
 * @example exp(1) // 2.718281828459045
 */
export function exp(x: number): number {
  const hx = highWord(x) & 0x7fffffff;
  const negative = x < 0;
  if (hx >= 0x40862e42) {
    if (hx >= 0x7ff00000) return x !== x ? x : negative ? 0 : x; // NaN, ±∞
    if (x > O_THRESHOLD) return Number.POSITIVE_INFINITY;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ½ ln 2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln 2; e^1 is Math.E exactly, as V8 has it (the formula is 1 ulp off there)
      if (x === 1) return Math.E;
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI; // exact: k × LN2_HI has 32 significant bits at most
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) return withHighWord(y, highWord(y) + (k << 20));
  return withHighWord(y, highWord(y) + ((k + 1000) << 20)) * TWO_M1000;
}

/**
 * Natural logarithm (fdlibm e_log.c): x = 2^k (1 + f) with √2/2 ≤ 1 + f < √2,
 * ln(1 + f) by a polynomial in s = f / (2 + f).
 *
 * @example log(Math.E) // 1
 */
export function log(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022: zero, negative, NaN-signed or subnormal
    if (x === 0) return Number.NEGATIVE_INFINITY;
    if (!(x > 0)) return Number.NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x; // +∞, NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  x = withHighWord(x, hx | (i ^ 0x3ff00000)); // x or x/2 into [√2/2, √2)
  k += i >> 20;
  const f = x - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - r);
  return dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}

/**
 * ln(1 + x) (fdlibm s_log1p.c): as {@link log} on u = 1 + x, with a
 * correction term for the rounding of u, so tiny x keep their precision.
 *
 * @example log1p(1e-20) // 1e-20
 */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? Number.NEGATIVE_INFINITY : Number.NaN; // x ≤ −1
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5; // |x| < 2^-29
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // −0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u = x;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = (k > 0 ? 1 - (u - x) : x - (u - 1)) / u;
    } else {
      hu = highWord(u);
      k = (hu >> 20) - 1023;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000); // u into [1, √2)
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000); // u/2 into [√2/2, 1)
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + (c + k * LN2_LO);
    const r = hfsq * (1 - 0.6666666666666666 * f);
    return k === 0 ? f - r : k * LN2_HI - (r - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}

/**
 * x^y for x > 0 as e^(y ln x): relative error about |y ln x| ulp, fine for
 * the samplers' `u^(1/shape)` with u in (0, 1). Not for x ≤ 0.
 *
 * @example pow(0.25, 0.5) // 0.5
 */
export function pow(x: number, y: number): number {
  return exp(y * log(x));
}

/**
 * `q^n` for a whole `n ≥ 0` by binary exponentiation: products only, so
 * the same bits everywhere (`q^2` is `q × q`, as `Math.pow` gives it too).
 *
 * @example powInt(0.5, 3) // 0.125
 */
export function powInt(q: number, n: number): number {
  let result = 1;
  let base = q;
  for (let e = n; e > 0; e >>= 1) {
    if (e & 1) result *= base;
    base *= base;
  }
  return result;
}
