/** One layer's part of one attack (docs/model.md §6). */
export interface LayerOutcome {
  readonly id: string;
  readonly name: string;
  readonly shots: number;
  readonly kills: number;
  /** `shots × costPerShot + fixed` — marginal, without acquisition. */
  readonly cost: number;
}

/** The results of one swarm size (docs/model.md §6), in the reporting currency. */
export interface Outcome {
  readonly swarmSize: number;
  readonly attackerCost: number;
  readonly defenderCost: number;
  readonly defenderCostFull: number;
  readonly kills: number;
  readonly leakers: number;
  readonly damage: number;
  readonly damageAverted: number;
  /** `threat.disruption` whenever N > 0 (docs/model.md §6). */
  readonly disruption: number;
  /** `defenderCost / attackerCost`; null when the attacker's cost is 0. */
  readonly cer: number | null;
  /** `defenderCostFull / attackerCost`; null when the attacker's cost is 0. */
  readonly cerFull: number | null;
  /** `(defenderCost + damage + disruption) / attackerCost`; null when the attacker's cost is 0. */
  readonly netCer: number | null;
  /** Null when nothing was killed. */
  readonly costPerKill: number | null;
  /** `costPerKill / (attackerCost / N)`; null when nothing was killed or the attacker's cost is 0. */
  readonly cerPerKill: number | null;
  readonly layers: readonly LayerOutcome[];
}

/** A percentile band of per-trial values. */
export interface Band {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/** Metrics that carry bands in Monte Carlo mode (cli.md: at least these). */
export const BAND_METRICS = [
  "cer",
  "cerFull",
  "netCer",
  "defenderCost",
  "attackerCost",
  "leakers",
  "damage",
  "kills",
] as const;
export type BandMetric = (typeof BAND_METRICS)[number];

export type OutcomeRow = Outcome & { readonly bands?: Readonly<Partial<Record<BandMetric, Band>>> };

/** A whole run: what `cxr run --format json` prints, less the envelope. */
export interface RunResult {
  readonly mode: "deterministic" | "monte-carlo";
  readonly trials: number | null;
  readonly seed: number | null;
  readonly rows: readonly OutcomeRow[];
}
