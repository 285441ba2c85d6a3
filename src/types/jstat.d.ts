// The part of jstat (no published types) that cxr uses: the beta quantile.
declare module "jstat" {
  interface BetaDistribution {
    /** Inverse CDF of Beta(alpha, beta) at probability p. */
    inv(p: number, alpha: number, beta: number): number;
    cdf(x: number, alpha: number, beta: number): number;
  }
  const jStat: { beta: BetaDistribution; gammaln(x: number): number };
  export default jStat;
  export { jStat };
}
