import { betaInverse } from "./jstat-beta.js";

/**
 * The `p`-quantile of Beta(a, b). jstat's Newton iteration returns NaN for
 * extreme p (below ~1e-250 with a = 5), so p is raised to 1e-200, where the
 * quantiles of the shapes a PERT makes (a, b ≤ 5) are within 1e-60 of 0, and
 * a NaN left over falls to the nearer end. The ends themselves are exact.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const q = betaInverse()(Math.max(p, 1e-200), a, b);
  return Number.isNaN(q) ? (p < 0.5 ? 0 : 1) : q;
}
