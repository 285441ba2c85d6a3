// One Monte Carlo campaign benchmark process: a short warm-up, then one timed
// run; prints the wall time and the process's peak RSS as JSON.
import { resourceUsage } from "node:process";
import { campaign } from "../src/campaign/index.js";
import { campaignScenario } from "./campaign.js";

const workers = Number(process.argv[2] ?? 1);
const trials = Number(process.argv[3] ?? 10_000);
const scenario = campaignScenario();
await campaign(scenario, { trials: 512, seed: 2, workers: 1 });
const t0 = performance.now();
await campaign(scenario, { trials, seed: 1, workers });
const wallMs = performance.now() - t0;
process.stdout.write(JSON.stringify({ wallMs, peakRssMb: resourceUsage().maxRSS / 1024 }) + "\n");
