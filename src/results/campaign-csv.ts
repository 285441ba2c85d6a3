import type { Band, CampaignNight, CampaignResult } from "../model/index.js";
import { csvNumber, csvText } from "./csv.js";

/** A number cell rounded to 12 significant digits (no float noise like 0.30000000000000004); empty for none. */
function num(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x)
    ? ""
    : csvNumber(Number(x.toPrecision(12)));
}

/** A text cell that a spreadsheet cannot run as a formula (OWASP CSV injection): `=`, `+`, `-`, `@`, tab, CR get a leading `'`. */
function text(s: string): string {
  return csvText(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
}

const FIELDS = [
  "night",
  "raid",
  "launched",
  "kills",
  "leakers",
  "strikeLeakers",
  "leakRate",
  "strikeLeakRate",
  "damage",
  "disruption",
  "attackerCost",
  "defenderCost",
  "cer",
  "netCer",
] as const;

const band = (b: Band | undefined): string[] => [num(b?.p5), num(b?.p50), num(b?.p95)];
const bandHeads = (name: string): string[] => [`${name}.p5`, `${name}.p50`, `${name}.p95`];

/**
 * One row per night (docs/campaign.md §4): the night's results, then per
 * layer `<id>.shots|kills|cost|stockEnd`, per drone type
 * `<id>.launched|leakers|stockEnd`, and in Monte Carlo the p5/p50/p95 bands
 * of leakers, the strike leak rate and every stock.
 */
export function campaignCsv(result: CampaignResult): string {
  const first: CampaignNight | undefined = result.nights[0];
  const mc = result.mode === "monte-carlo";
  const layers = first?.layers ?? [];
  const drones = first?.drones ?? [];
  const header = [
    ...FIELDS,
    ...layers.flatMap((l) => [
      `${l.id}.shots`,
      `${l.id}.kills`,
      `${l.id}.cost`,
      `${l.id}.stockEnd`,
    ]),
    ...drones.flatMap((d) => [`${d.id}.launched`, `${d.id}.leakers`, `${d.id}.stockEnd`]),
    ...(mc
      ? [
          ...bandHeads("leakers"),
          ...bandHeads("strikeLeakRate"),
          ...layers.flatMap((l) => (l.stockEnd === null ? [] : bandHeads(`${l.id}.stockEnd`))),
          ...drones.flatMap((d) => (d.stockEnd === null ? [] : bandHeads(`${d.id}.stockEnd`))),
        ]
      : []),
  ];
  const rows = result.nights.map((n) =>
    [
      ...FIELDS.map((f) => num(n[f])),
      ...n.layers.flatMap((l) => [num(l.shots), num(l.kills), num(l.cost), num(l.stockEnd)]),
      ...n.drones.flatMap((d) => [num(d.launched), num(d.leakers), num(d.stockEnd)]),
      ...(mc
        ? [
            ...band(n.bands?.leakers),
            ...band(n.bands?.strikeLeakRate),
            ...n.layers.flatMap((l) => (l.stockEnd === null ? [] : band(l.bands?.stockEnd))),
            ...n.drones.flatMap((d) => (d.stockEnd === null ? [] : band(d.bands?.stockEnd))),
          ]
        : []),
    ].join(","),
  );
  return [header.map(text).join(","), ...rows].join("\n") + "\n";
}
