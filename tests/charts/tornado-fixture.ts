// A tornado chart's data on a small hand-made scenario (one uncertain drone
// cost, one uncertain cost per shot and pk), shared by the chart tests.
import { tornado } from "../../src/analysis/index.js";
import type { TornadoChartData } from "../../src/charts/tornado-chart.js";
import { drone, layer, scenario, uncertain } from "../analysis/fixtures.js";

const d = drone({ id: "geran", cost: 50_000, share: 1 });
const l = layer({ id: "f35", costPerShot: 400_000, pk: 0.7 });
const s = scenario(
  [
    {
      ...d,
      name: "Geran-2",
      unitCost: uncertain(d.unitCost, { kind: "pert", min: 20_000, mode: 50_000, max: 200_000 }),
    },
  ],
  [
    {
      ...l,
      name: "F-35A pair with AIM-9X",
      costPerShot: uncertain(l.costPerShot, {
        kind: "pert",
        min: 375_000,
        mode: 420_000,
        max: 475_000,
      }),
      pk: uncertain(l.pk, { kind: "pert", min: 0.5, mode: 0.7, max: 0.9 }),
    },
  ],
  [19],
);

export const TORNADO_DATA: TornadoChartData = {
  title: "Test scenario",
  description: "",
  currency: "EUR",
  priceYear: 2025,
  mode: "deterministic",
  trials: null,
  seed: null,
  sources: [{ id: "x", title: "A report", publisher: "CSIS", year: 2025, url: null }],
  provenance: { variant: null, overrides: [] },
  focus: null,
  budgetMarks: [],
  ...tornado(s, { swarmSize: 19 }),
};
