// Hand-made chart inputs: a few swarm sizes, two layers, two series (the base
// with Monte Carlo bands, a variant without), one budget mark, two sources.
import type { ChartData, HeatmapData } from "../../src/charts/index.js";
import type { Band, OutcomeRow } from "../../src/model/index.js";

/** €20,000 per drone, €50,000 of damage per leaker, €100,000 of acquisition per attack. */
const UNIT_COST = 20_000;
const DAMAGE = 50_000;
const ACQUISITION = 100_000;

/** A band spread around `x`: p5 = 0.7x, p50 = x, p95 = 1.5x. */
const spread = (x: number): Band => ({ p5: 0.7 * x, p50: x, p95: 1.5 * x });

/**
 * One row from per-layer figures, totals derived as model.md §6 defines them:
 * attackerCost = 20,000 N; defenderCost = Σ layer cost; leakers = N − kills;
 * damage = 50,000 × leakers; cer = defenderCost / attackerCost, etc.
 */
function row(
  n: number,
  f35: [shots: number, kills: number],
  gun: [shots: number, kills: number],
  banded: boolean,
  attackerCost = UNIT_COST * n,
): OutcomeRow {
  const layers = [
    { id: "f35", name: "F-35 AIM-9X", shots: f35[0], kills: f35[1], cost: f35[0] * 450_000 },
    { id: "gun", name: "Gun", shots: gun[0], kills: gun[1], cost: gun[0] * 2_500 },
  ];
  const defenderCost = layers.reduce((s, l) => s + l.cost, 0);
  const kills = f35[1] + gun[1];
  const leakers = n - kills;
  const damage = leakers * DAMAGE;
  const ratio = (x: number): number | null => (attackerCost === 0 ? null : x / attackerCost);
  const cer = ratio(defenderCost);
  return {
    swarmSize: n,
    attackerCost,
    defenderCost,
    defenderCostFull: defenderCost + ACQUISITION,
    kills,
    leakers,
    damage,
    damageAverted: kills * DAMAGE,
    disruption: 0,
    cer,
    cerFull: ratio(defenderCost + ACQUISITION),
    netCer: ratio(defenderCost + damage),
    costPerKill: kills > 0 ? defenderCost / kills : null,
    cerPerKill: kills > 0 && attackerCost > 0 ? defenderCost / kills / (attackerCost / n) : null,
    layers,
    ...(banded && cer !== null
      ? {
          bands: {
            cer: spread(cer),
            leakers: spread(leakers),
            damage: spread(damage),
            defenderCost: spread(defenderCost),
          },
        }
      : {}),
  };
}

/** A row as deterministic mode reports it: no `bands`. */
export function withoutBands(row: OutcomeRow): OutcomeRow {
  return Object.fromEntries(
    Object.entries(row).filter(([key]) => key !== "bands"),
  ) as unknown as OutcomeRow;
}

/**
 * Base: the F-35 fires salvos of 2 (Pk 0.9 per engaged drone) from a budget
 * of 24 shots, so it runs dry at 12 drones; the gun mops up.
 *   N=1:   F-35 2 shots €900,000, 0.9 kills; gun 2 shots €5,000, 0.09 kills
 *   N=10:  F-35 20 shots €9,000,000, 9 kills; gun 20 shots €50,000, 0.9 kills
 *   N=19:  F-35 24 shots €10,800,000, 10.8 kills; gun 80 shots €200,000, 6 kills
 *          → defender €11,000,000, attacker €380,000, CER 28.95, leakers 2.2
 *   N=100: F-35 24 shots €10,800,000, 10.8 kills; gun 200 shots €500,000, 40 kills
 *          → defender €11,300,000, attacker €2,000,000, CER 5.65, leakers 49.2
 */
export const BASE_ROWS: readonly OutcomeRow[] = [
  row(1, [2, 0.9], [2, 0.09], true),
  row(10, [20, 9], [20, 0.9], true),
  row(19, [24, 10.8], [80, 6], true),
  row(100, [24, 10.8], [200, 40], true),
];

/**
 * Variant "Second gun": twice the gun fire, no bands (deterministic rows).
 * At N=1 the swarm is free decoys (attacker cost 0), so every ratio is null.
 *   N=100: F-35 €10,800,000 + gun 400 shots €1,000,000 → €11,800,000 / €2,000,000 = 5.9
 */
export const VARIANT_ROWS: readonly OutcomeRow[] = [
  row(1, [2, 0.9], [4, 0.1], false, 0),
  row(10, [20, 9], [40, 1], false),
  row(19, [24, 10.8], [160, 8], false),
  row(100, [24, 10.8], [400, 70], false),
];

export const CHART_DATA: ChartData = {
  title: "Test raid",
  description: "A hand-made fixture for the chart tests.",
  currency: "EUR",
  priceYear: 2025,
  mode: "monte-carlo",
  trials: 2000,
  seed: 7,
  sources: [
    { id: "aim9x", title: "FY2025 budget", publisher: "US DoD", year: 2024, url: null },
    { id: "gun", title: "Gun ammunition prices", publisher: "Rheinmetall", year: null, url: null },
  ],
  provenance: { variant: null, overrides: [] },
  focus: null,
  series: [
    { name: "Base", rows: BASE_ROWS },
    { name: "Second gun", rows: VARIANT_ROWS },
  ],
  budgetMarks: [{ layerId: "f35", layerName: "F-35 AIM-9X", swarmSize: 12 }],
};

/** The base alone, deterministic: no bands anywhere. */
export const PLAIN_DATA: ChartData = {
  ...CHART_DATA,
  mode: "deterministic",
  trials: null,
  seed: null,
  series: [{ name: "Base", rows: BASE_ROWS.map(withoutBands) }],
  budgetMarks: [],
};

/**
 * CER = (x / 20,000) × k(N) with k = 1, 0.5, 0.1 at N = 1, 10, 100:
 *   x = 100,000: 5, 2.5, 0.5;  x = 200,000: 10, 5, 1;  x = 450,000: 22.5, 11.25, null
 * → 8 cells with a CER, 6 of them above 1.
 */
export const HEATMAP_DATA: HeatmapData = {
  ...CHART_DATA,
  xPath: "defense.layers[0].costPerShot",
  xLabel: "F-35 cost per shot (EUR)",
  cells: [100_000, 200_000, 450_000].flatMap((x) =>
    [
      { n: 1, k: 1 },
      { n: 10, k: 0.5 },
      { n: 100, k: 0.1 },
    ].map(({ n, k }) => ({
      x,
      swarmSize: n,
      cer: x === 450_000 && n === 100 ? null : (x / UNIT_COST) * k,
    })),
  ),
};
