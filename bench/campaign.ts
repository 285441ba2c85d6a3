// The campaign benchmarks (issue 12, "Performance"): a 365-night deterministic
// campaign and its sustainable raid, and Monte Carlo 365 nights × 10,000
// trials, on a synthetic campaign shaped like Ukraine's layered defence.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { median } from "simple-statistics";
import { campaignDeterministic } from "../src/campaign/index.js";
import type { Campaign, Scenario } from "../src/model/index.js";
import { loadScenario } from "../src/scenario/index.js";

const SCENARIO = "bench/scenarios/campaign-synthetic.yaml";

/** A year of raids growing from 150 to 250 drones a night, rates per night. */
const YEAR: Campaign = {
  nights: 365,
  raid: [
    { from: 1, to: 180, drones: 150 },
    { from: 181, to: 365, drones: 250 },
  ],
  attacker: [
    { id: "shahed", stock: 3000, production: 2700 / (365.25 / 12) },
    { id: "gerbera", stock: 2000, production: 60 },
    { id: "jet", stock: 100, production: 0.5 },
  ],
  defender: [
    { id: "interceptor-drones", stock: 3000, production: 150, leadTime: 30, reserve: 0 },
    { id: "iris-t", stock: 400, production: 0.8, leadTime: 365, reserve: 20 },
    { id: "patriot", stock: 300, production: 600 / 365.25, leadTime: 548, reserve: 40 },
  ],
  holdLeakRate: 0.1,
};

/** The benchmark campaign: the synthetic layers with a year of raids. */
export function campaignScenario(): Scenario {
  const result = loadScenario(readFileSync(SCENARIO, "utf8"), { file: SCENARIO });
  if (!result.ok) throw new Error(`${SCENARIO} does not load`);
  return { ...result.scenario, campaign: YEAR };
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
