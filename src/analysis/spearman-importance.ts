import { sampleRankCorrelation } from "simple-statistics";

/** What the Monte Carlo simulator keeps per trial at one swarm size (`simulate(…, { keep })`). */
export interface KeptDraws {
  readonly inputs: readonly { readonly path: string; readonly draws: Float64Array }[];
  /** Per-trial CER; NaN where the attacker's cost is 0. */
  readonly cer: Float64Array;
}

export interface Importance {
  readonly path: string;
  /** Spearman's rank correlation of the input's draws with the per-trial CER, −1..1. */
  readonly rho: number;
}

/**
 * Global importance: Spearman's rank correlation ρ (Pearson's correlation of
 * midranks) of each input's per-trial draws with the per-trial CER, over the
 * trials with a finite CER. Unlike the tornado it moves every input at once,
 * so it sees interactions and each input's whole distribution. Sorted by |ρ|
 * descending (ties by path); inputs whose draws are constant, where ρ is
 * undefined, are left out (all of them when the CER itself is constant).
 *
 * @example spearmanImportance(simulation.kept)[0] // { path: "threat.drones.geran.unitCost", rho: -0.83 }
 */
export function spearmanImportance(kept: KeptDraws): Importance[] {
  const trials: number[] = [];
  kept.cer.forEach((c, i) => {
    if (Number.isFinite(c)) trials.push(i);
  });
  if (trials.length < 2) return [];
  const cer = trials.map((i) => kept.cer[i]!);
  const out: Importance[] = [];
  for (const input of kept.inputs) {
    const draws = trials.map((i) => input.draws[i]!);
    const rho = sampleRankCorrelation(draws, cer);
    if (Number.isFinite(rho)) out.push({ path: input.path, rho });
  }
  return out.sort(
    (a, b) => Math.abs(b.rho) - Math.abs(a.rho) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
