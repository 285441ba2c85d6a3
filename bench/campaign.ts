// The campaign benchmarks (issue 12, "Performance"): the shipped
// scenarios/ukraine-2025-campaign.yaml as it is (365 nights, its six layers,
// two drone types, four stocks): the deterministic campaign and its
// sustainable raid, and Monte Carlo 365 nights × 10,000 trials.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { median } from "simple-statistics";
import { campaignDeterministic } from "../src/campaign/index.js";
import { catalogPath, parseCatalog } from "../src/catalog/index.js";
import type { Scenario } from "../src/model/index.js";
import { loadScenario } from "../src/scenario/index.js";

/** The benchmarked scenario, as shipped. */
export const CAMPAIGN_SCENARIO = "scenarios/ukraine-2025-campaign.yaml";

/** The shipped Ukraine campaign, loaded with the shipped catalog. */
export function campaignScenario(): Scenario {
  const catalog = parseCatalog(readFileSync(catalogPath(), "utf8"));
  if (!catalog.ok) throw new Error("catalog/catalog.yaml does not parse");
  const text = readFileSync(CAMPAIGN_SCENARIO, "utf8");
  const result = loadScenario(text, { file: CAMPAIGN_SCENARIO, catalog: catalog.catalog });
  if (!result.ok) throw new Error(`${CAMPAIGN_SCENARIO} does not load`);
  return result.scenario;
}

/** Median in-process time (ms) of the deterministic campaign with its sustainable raid. */
export function deterministicCampaignMs(runs = 7): { ms: number; sustainableRaid: number | null } {
  const s = campaignScenario();
  const raid = campaignDeterministic(s).summary.sustainableRaid;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    campaignDeterministic(s);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), sustainableRaid: raid };
}

export interface McCampaignFigure {
  readonly workers: number;
  readonly wallMs: number;
  readonly peakRssMb: number;
}

/** Monte Carlo, 365 nights × `trials` trials, in a fresh process (peak RSS is the campaign's own). */
export function mcCampaign(workers: number, trials = 10_000): McCampaignFigure {
  const out = execFileSync(
    process.execPath,
    ["dist/bench/campaign-child.js", String(workers), String(trials)],
    { encoding: "utf8" },
  );
  return { workers, ...(JSON.parse(out) as { wallMs: number; peakRssMb: number }) };
}
