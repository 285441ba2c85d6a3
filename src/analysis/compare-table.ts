import type { Band, OutcomeRow } from "../model/outcome.js";

/** The key metrics `cxr compare` shows, in column order. */
export const COMPARE_METRICS = [
  "cer",
  "netCer",
  "cerFull",
  "defenderCost",
  "leakers",
  "damage",
] as const;
export type CompareMetric = (typeof COMPARE_METRICS)[number];

/** One line of a comparison: one variant at one swarm size. */
export interface CompareRow {
  /** The series name: "base" or the variant's name (prefixed by the scenario when comparing files). */
  readonly variant: string;
  readonly swarmSize: number;
  readonly cer: number | null;
  readonly netCer: number | null;
  readonly cerFull: number | null;
  readonly defenderCost: number;
  readonly leakers: number;
  readonly damage: number;
  /** The CER's p5–p95 band in Monte Carlo, else null. */
  readonly cerBand: Band | null;
}

/** A named set of results, one row per swarm size (as the `cer` chart's series). */
export interface CompareSeries {
  readonly name: string;
  readonly rows: readonly OutcomeRow[];
}

/**
 * The comparison table: for each swarm size in `sizes` (in that order), one
 * row per series that has a row of that size, in series order, with the key
 * metrics {@link COMPARE_METRICS}. Plain numbers; the CLI formats them.
 * An empty `sizes` takes every size of the series, ascending.
 *
 * @example compareTable([{ name: "base", rows }, { name: "laser", rows: laserRows }], [10, 100]).length // 4
 */
export function compareTable(
  series: readonly CompareSeries[],
  sizes: readonly number[],
): CompareRow[] {
  const wanted =
    sizes.length > 0
      ? sizes
      : [...new Set(series.flatMap((s) => s.rows.map((r) => r.swarmSize)))].sort((a, b) => a - b);
  const out: CompareRow[] = [];
  for (const n of wanted) {
    for (const s of series) {
      const r = s.rows.find((row) => row.swarmSize === n);
      if (r === undefined) continue;
      out.push({
        variant: s.name,
        swarmSize: n,
        cer: r.cer,
        netCer: r.netCer,
        cerFull: r.cerFull,
        defenderCost: r.defenderCost,
        leakers: r.leakers,
        damage: r.damage,
        cerBand: r.bands?.cer ?? null,
      });
    }
  }
  return out;
}
