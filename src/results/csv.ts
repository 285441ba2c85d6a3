import type { BandMetric, OutcomeRow } from "../model/index.js";
import { BAND_METRICS } from "../model/index.js";

const FIELDS = [
  "swarmSize",
  "attackerCost",
  "defenderCost",
  "defenderCostFull",
  "kills",
  "leakers",
  "damage",
  "damageAverted",
  "cer",
  "cerFull",
  "netCer",
  "costPerKill",
  "cerPerKill",
] as const;

/** A CSV number cell: full precision, empty for null or non-finite. */
export function csvNumber(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? "" : String(x);
}

/** A CSV text cell, quoted (RFC 4180) when it holds a quote, comma or newline. */
export function csvText(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * One row per swarm size: the §6 metrics, then `<layer>.shots|kills|cost` per
 * layer, then `<metric>.p5|p50|p95` per band in Monte Carlo. Full precision;
 * empty cells for null.
 */
export function toCsv(rows: readonly OutcomeRow[]): string {
  const first = rows[0];
  const layerIds = first?.layers.map((l) => l.id) ?? [];
  const bandKeys: BandMetric[] = BAND_METRICS.filter((m) => first?.bands?.[m] !== undefined);
  const header = [
    ...FIELDS,
    ...layerIds.flatMap((id) => [`${id}.shots`, `${id}.kills`, `${id}.cost`]),
    ...bandKeys.flatMap((m) => [`${m}.p5`, `${m}.p50`, `${m}.p95`]),
  ];
  const lines = rows.map((r) =>
    [
      ...FIELDS.map((f) => csvNumber(r[f])),
      ...r.layers.flatMap((l) => [csvNumber(l.shots), csvNumber(l.kills), csvNumber(l.cost)]),
      ...bandKeys.flatMap((m) => {
        const b = r.bands?.[m];
        return [csvNumber(b?.p5), csvNumber(b?.p50), csvNumber(b?.p95)];
      }),
    ].join(","),
  );
  return [header.map(csvText).join(","), ...lines].join("\n") + "\n";
}
