/**
 * jstat's inverse of the regularised incomplete beta function, imported:
 * what browser and library bundles use in place of `jstat-beta.ts`.
 */
import jStat from "jstat";

/** `jStat.beta.inv(p, a, b)`: the p-quantile of Beta(a, b). */
export type BetaInverse = (p: number, a: number, b: number) => number;

export function betaInverse(): BetaInverse {
  return (p, a, b) => jStat.beta.inv(p, a, b);
}
