import type { Band, CampaignNight, CampaignResult } from "../model/index.js";
import { csvLine, csvNumber, csvText } from "./csv.js";

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

const band = (b: Band | undefined): string[] => [
  csvNumber(b?.p5),
  csvNumber(b?.p50),
  csvNumber(b?.p95),
];
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
  const rows = result.nights.map((n) => [
    ...FIELDS.map((f) => csvNumber(n[f])),
    ...n.layers.flatMap((l) => [
      csvNumber(l.shots),
      csvNumber(l.kills),
      csvNumber(l.cost),
      csvNumber(l.stockEnd),
    ]),
    ...n.drones.flatMap((d) => [
      csvNumber(d.launched),
      csvNumber(d.leakers),
      csvNumber(d.stockEnd),
    ]),
    ...(mc
      ? [
          ...band(n.bands?.leakers),
          ...band(n.bands?.strikeLeakRate),
          ...n.layers.flatMap((l) => (l.stockEnd === null ? [] : band(l.bands?.stockEnd))),
          ...n.drones.flatMap((d) => (d.stockEnd === null ? [] : band(d.bands?.stockEnd))),
        ]
      : []),
  ]);
  return [csvLine(header.map(csvText)), ...rows.map(csvLine)].join("\n") + "\n";
}
