// Small statistics helpers for the samplers' tests: moments with standard
// errors, a chi-square test, a Kolmogorov–Smirnov test, and exact CDFs.
import { errorFunction } from "simple-statistics";

export function meanVar(xs: ArrayLike<number>): { mean: number; variance: number } {
  let m = 0;
  for (let i = 0; i < xs.length; i++) m += xs[i]!;
  m /= xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i]! - m) ** 2;
  return { mean: m, variance: v / (xs.length - 1) };
}

/**
 * |sample mean − μ| in standard errors `sqrt(σ² / n)`, and |sample variance − σ²|
 * in standard errors `σ² sqrt(2 / (n − 1) + κ / n)` (κ: excess kurtosis; 0 is
 * a fine stand-in for the near-normal cases tested here, and the bound is 5).
 */
export function momentZ(
  xs: ArrayLike<number>,
  mean: number,
  variance: number,
  kurtosis = 0,
): { zMean: number; zVar: number } {
  const n = xs.length;
  const s = meanVar(xs);
  const seMean = Math.sqrt(variance / n);
  const seVar = variance * Math.sqrt(2 / (n - 1) + Math.max(0, kurtosis) / n);
  return {
    zMean: seMean === 0 ? (s.mean === mean ? 0 : Infinity) : Math.abs(s.mean - mean) / seMean,
    zVar:
      seVar === 0
        ? s.variance === variance
          ? 0
          : Infinity
        : Math.abs(s.variance - variance) / seVar,
  };
}

/** Standard normal CDF through simple-statistics' erf (absolute error ~1e-7: far below KS resolution). */
export function normalCdf(z: number): number {
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

/**
 * Kolmogorov–Smirnov p-value of a sample against a continuous CDF
 * (asymptotic Kolmogorov distribution with Stephens' small-sample correction).
 */
export function ksPValue(xs: ArrayLike<number>, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  const lambda = (Math.sqrt(n) + 0.12 + 0.11 / Math.sqrt(n)) * d;
  let p = 0;
  for (let k = 1; k <= 100; k++) p += 2 * (-1) ** (k - 1) * Math.exp(-2 * k * k * lambda * lambda);
  return Math.min(1, Math.max(0, p));
}

/**
 * Chi-square goodness of fit of observed counts against exact probabilities
 * (cells with an expected count below 5 pooled into their neighbour); the
 * p-value by the Wilson–Hilferty normal approximation of the chi-square
 * distribution, accurate to well under 1e-4 around the thresholds used.
 */
export function chiSquarePValue(observed: number[], probs: number[], n: number): number {
  const cells: { o: number; e: number }[] = [];
  let o = 0;
  let e = 0;
  for (let i = 0; i < probs.length; i++) {
    o += observed[i] ?? 0;
    e += n * probs[i]!;
    if (e >= 5) {
      cells.push({ o, e });
      o = 0;
      e = 0;
    }
  }
  const last = cells[cells.length - 1];
  if (last && (e > 0 || o > 0)) {
    last.o += o;
    last.e += e;
  }
  let x = 0;
  for (const c of cells) x += (c.o - c.e) ** 2 / c.e;
  const k = cells.length - 1;
  if (k < 1) return 1;
  const z = ((x / k) ** (1 / 3) - (1 - 2 / (9 * k))) / Math.sqrt(2 / (9 * k));
  return 1 - normalCdf(z);
}

/** `ln n!` by summation: slow, independent of the code under test. */
export function lnFact(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}

export function lnChoose(n: number, k: number): number {
  return lnFact(n) - lnFact(k) - lnFact(n - k);
}

/** Exact binomial pmf, k = 0..n. */
export function binomialPmf(n: number, p: number): number[] {
  return Array.from({ length: n + 1 }, (_, k) =>
    Math.exp(lnChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p)),
  );
}

/** Exact hypergeometric pmf of the number of goods, k = 0..sample. */
export function hypergeometricPmf(good: number, bad: number, sample: number): number[] {
  return Array.from({ length: sample + 1 }, (_, k) =>
    k > good || sample - k > bad
      ? 0
      : Math.exp(lnChoose(good, k) + lnChoose(bad, sample - k) - lnChoose(good + bad, sample)),
  );
}

/** Counts of the whole values 0..max in a sample. */
export function histogram(xs: ArrayLike<number>, max: number): number[] {
  const h = new Array<number>(max + 1).fill(0);
  for (let i = 0; i < xs.length; i++) h[xs[i]!] = (h[xs[i]!] ?? 0) + 1;
  return h;
}

/** CDF of Beta(a, b) with whole a, b: `P(Binomial(a + b − 1, x) ≥ a)`. */
export function betaCdfInt(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const n = a + b - 1;
  let s = 0;
  for (let k = a; k <= n; k++)
    s += Math.exp(lnChoose(n, k) + k * Math.log(x) + (n - k) * Math.log1p(-x));
  return s;
}

/** CDF of Gamma(k, 1) with whole k (Erlang): `1 − e^−x Σ_{i<k} x^i / i!`. */
export function gammaCdfInt(k: number, x: number): number {
  if (x <= 0) return 0;
  let term = 1;
  let s = 1;
  for (let i = 1; i < k; i++) {
    term *= x / i;
    s += term;
  }
  return 1 - Math.exp(-x) * s;
}

/**
 * Chi-square test of homogeneity of two samples of whole numbers (the same
 * distribution?): cells pooled in order until both expected counts are ≥ 5,
 * Wilson–Hilferty approximation of the chi-square tail as in chiSquarePValue.
 */
export function homogeneityPValue(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const counts = new Map<number, [number, number]>();
  for (let i = 0; i < a.length; i++)
    (counts.get(a[i]!) ?? counts.set(a[i]!, [0, 0]).get(a[i]!)!)[0]++;
  for (let i = 0; i < b.length; i++)
    (counts.get(b[i]!) ?? counts.set(b[i]!, [0, 0]).get(b[i]!)!)[1]++;
  const na = a.length;
  const nb = b.length;
  const cells: [number, number][] = [];
  let cell: [number, number] = [0, 0];
  for (const key of [...counts.keys()].sort((x, y) => x - y)) {
    const [ca, cb] = counts.get(key)!;
    cell = [cell[0] + ca, cell[1] + cb];
    const total = cell[0] + cell[1];
    if ((total * Math.min(na, nb)) / (na + nb) >= 5) {
      cells.push(cell);
      cell = [0, 0];
    }
  }
  const last = cells[cells.length - 1];
  if (last) {
    last[0] += cell[0];
    last[1] += cell[1];
  }
  let x = 0;
  for (const [ca, cb] of cells) {
    const ea = ((ca + cb) * na) / (na + nb);
    const eb = ((ca + cb) * nb) / (na + nb);
    x += (ca - ea) ** 2 / ea + (cb - eb) ** 2 / eb;
  }
  const k = cells.length - 1;
  if (k < 1) return 1;
  const z = ((x / k) ** (1 / 3) - (1 - 2 / (9 * k))) / Math.sqrt(2 / (9 * k));
  return 1 - normalCdf(z);
}
