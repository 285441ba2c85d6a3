// A small campaign as chart data, for tests over every chart type (tests/charts):
// one layer of 10 shots a night with 30 in stock, 5 held back, against 20 drones
// a night for 5 nights, holding an 80 % strike leak rate; an attacker stock of 90
// that runs short on night 5 (20 × 4 = 80 launched, 10 left).
import { chartFrame } from "../../src/briefing/index.js";
import { campaignDeterministic } from "../../src/campaign/index.js";
import { type CampaignChartData, campaignChartData } from "../../src/charts/index.js";
import { drone, layer } from "../engine/fixtures.js";
import { campaignScenario } from "./fixtures.js";

const SCENARIO = campaignScenario(
  [drone({ id: "shahed", cost: 20_000, share: 1 })],
  [layer({ id: "sam", costPerShot: 1e6, pk: 0.5, capacityShots: 10 })],
  {
    nights: 5,
    raid: 20,
    attacker: [{ id: "shahed", stock: 90 }],
    defender: [{ id: "sam", stock: 30, reserve: 5 }],
    holdLeakRate: 0.8,
  },
);
const RESULT = campaignDeterministic(SCENARIO);

export const CAMPAIGN_DATA: CampaignChartData = campaignChartData(
  chartFrame(SCENARIO, RESULT),
  SCENARIO,
  RESULT,
);
