import { strikeTypes } from "../campaign/strike-types.js";
import type { CampaignNight, CampaignResult, Scenario } from "../model/index.js";
import { formatCount, formatMoney, formatRatio } from "./format-number.js";
import { renderTextTable } from "./text-table.js";

/** Horizons longer than this are shown a week to a row. */
export const NIGHTLY_ROWS_UP_TO = 60;

/** A share as a percentage for people: `0.0752` → `"7.52 %"`, null → `"–"`. */
export function formatShare(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  return `${Number((x * 100).toPrecision(3))} %`;
}

interface Group {
  readonly label: string;
  readonly nights: readonly CampaignNight[];
}

function groups(nights: readonly CampaignNight[]): Group[] {
  if (nights.length <= NIGHTLY_ROWS_UP_TO) {
    return nights.map((n) => ({ label: String(n.night), nights: [n] }));
  }
  const out: Group[] = [];
  for (let i = 0; i < nights.length; i += 7) {
    const week = nights.slice(i, i + 7);
    out.push({ label: `${week[0]!.night}–${week[week.length - 1]!.night}`, nights: week });
  }
  return out;
}

function total(ns: readonly CampaignNight[], f: (n: CampaignNight) => number): number {
  return ns.reduce((s, n) => s + f(n), 0);
}

/**
 * The campaign as a table for a terminal: one row per night (a week per row
 * beyond {@link NIGHTLY_ROWS_UP_TO} nights, with sums, ratios of sums and
 * stocks at the week's end), then the stocks of every limited layer and
 * drone type. Monte Carlo rows show means, and the strike leak rate's
 * p5–p95 band when a row is one night.
 */
export function campaignTable(scenario: Scenario, result: CampaignResult): string {
  const cur = scenario.currency;
  const strike = strikeTypes(scenario.drones);
  const first = result.nights[0];
  const layerCols = (first?.layers ?? []).flatMap((l, k) =>
    l.stockEnd === null ? [] : [{ k, name: scenario.layers[k]?.name ?? l.id }],
  );
  const droneCols = (first?.drones ?? []).flatMap((d, t) =>
    d.stockEnd === null ? [] : [{ t, name: scenario.drones[t]?.name ?? d.id }],
  );
  const gs = groups(result.nights);
  const weekly = gs.some((g) => g.nights.length > 1);
  const rows = gs.map((g) => {
    const ns = g.nights;
    const last = ns[ns.length - 1]!;
    const strikeLaunched = total(ns, (n) =>
      n.drones.reduce((s, d, t) => s + (strike[t] ? d.launched : 0), 0),
    );
    const rate = strikeLaunched > 0 ? total(ns, (n) => n.strikeLeakers) / strikeLaunched : null;
    const b = ns.length === 1 ? last.bands?.strikeLeakRate : undefined;
    const attacker = total(ns, (n) => n.attackerCost);
    const defender = total(ns, (n) => n.defenderCost);
    return [
      g.label,
      formatCount(total(ns, (n) => n.raid)),
      formatCount(total(ns, (n) => n.launched)),
      formatCount(total(ns, (n) => n.leakers)),
      formatShare(rate) + (b === undefined ? "" : ` (${formatShare(b.p5)}–${formatShare(b.p95)})`),
      formatMoney(defender),
      formatMoney(attacker),
      formatRatio(attacker > 0 ? defender / attacker : null),
      ...layerCols.map((c) => formatCount(last.layers[c.k]!.stockEnd ?? 0)),
      ...droneCols.map((c) => formatCount(last.drones[c.t]!.stockEnd ?? 0)),
    ];
  });
  const mc = result.mode === "monte-carlo";
  const mode = mc
    ? `Monte Carlo, ${formatMoney(result.trials ?? 0)} trials, seed ${result.seed}: means`
    : "deterministic (base values, no uncertainty)";
  const heading =
    `${scenario.title}\nCampaign of ${result.nights.length} nights · money in ${cur} at ` +
    `${scenario.priceYear} prices · ${mode}${weekly ? " · a week to a row" : ""}\n`;
  const table = renderTextTable({
    headers: [
      weekly ? "nights" : "night",
      "raid",
      "launched",
      "leakers",
      mc ? "strike leak (p5–p95)" : "strike leak",
      `defender ${cur}`,
      `attacker ${cur}`,
      "CER",
      ...layerCols.map((c) => `${c.name} stock`),
      ...droneCols.map((c) => `${c.name} stock`),
    ],
    rows,
    alignLeft: [true],
  });
  return `${heading}\n${table}`;
}
