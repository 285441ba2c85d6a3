/**
 * The catalogue of metrics: every number of an outcome row (docs/model.md §6)
 * with its label, unit, format and whether Monte Carlo gives it a band. Every
 * table, CSV, JSON and chart names a metric from here.
 */
import { BAND_METRICS, type Outcome } from "../model/index.js";
import { formatCount, formatMoney, formatRatio } from "./format-number.js";

/** The scalar numbers of an outcome, in the order of the CSV columns. */
export const METRIC_KEYS = [
  "swarmSize",
  "attackerCost",
  "defenderCost",
  "defenderCostFull",
  "kills",
  "leakers",
  "damage",
  "damageAverted",
  "disruption",
  "cer",
  "cerFull",
  "netCer",
  "costPerKill",
  "cerPerKill",
] as const satisfies readonly (keyof Outcome)[];
export type MetricKey = (typeof METRIC_KEYS)[number];

/** What a metric counts: drones, money in the reporting currency, or a ratio. */
export type MetricUnit = "drones" | "money" | "ratio";

export interface Metric {
  readonly key: MetricKey;
  /** Short label for a column or legend: "net CER" (money columns add the currency). */
  readonly label: string;
  /** How it reads in a sentence: "the net CER". */
  readonly phrase: string;
  readonly unit: MetricUnit;
  /** Whether Monte Carlo gives it a p5/p50/p95 band. */
  readonly band: boolean;
}

const DEFS: Readonly<
  Record<MetricKey, readonly [label: string, phrase: string, unit: MetricUnit]>
> = {
  swarmSize: ["drones", "the swarm size", "drones"],
  attackerCost: ["attacker", "the attacker's cost", "money"],
  defenderCost: ["defender", "the defender's cost", "money"],
  defenderCostFull: ["defender full", "the defender's cost with acquisition", "money"],
  kills: ["kills", "the kills", "drones"],
  leakers: ["leakers", "the leakers", "drones"],
  damage: ["damage", "the damage", "money"],
  damageAverted: ["damage averted", "the damage averted", "money"],
  disruption: ["disruption", "the disruption cost", "money"],
  cer: ["CER", "the CER", "ratio"],
  cerFull: ["full CER", "the full CER", "ratio"],
  netCer: ["net CER", "the net CER", "ratio"],
  costPerKill: ["cost/kill", "the cost per kill", "money"],
  cerPerKill: ["CER/kill", "the CER per kill", "ratio"],
};

/** Every metric, keyed by its name in the JSON. */
export const METRICS: Readonly<Record<MetricKey, Metric>> = Object.fromEntries(
  METRIC_KEYS.map((key) => {
    const [label, phrase, unit] = DEFS[key];
    const band = (BAND_METRICS as readonly string[]).includes(key);
    return [key, { key, label, phrase, unit, band }];
  }),
) as Record<MetricKey, Metric>;

/** A metric's column header: money columns name the currency (`defender EUR`). */
export function metricHeader(key: MetricKey, currency: string): string {
  const m = METRICS[key];
  return m.unit === "money" ? `${m.label} ${currency}` : m.label;
}

/** A metric's label with a capital first letter, for legends and titles: "Net CER". */
export function metricTitle(key: MetricKey): string {
  const label = METRICS[key].label;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * A metric's value for people: money and swarm sizes whole with separators,
 * drones counted to two decimals (deterministic counts are fractional),
 * ratios to three significant figures; "–" for null.
 */
export function formatMetric(key: MetricKey, x: number | null): string {
  if (x === null || !Number.isFinite(x)) return "–";
  const unit = METRICS[key].unit;
  if (unit === "ratio") return formatRatio(x);
  if (unit === "money" || key === "swarmSize") return formatMoney(x);
  return formatCount(x);
}
