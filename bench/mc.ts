import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Scenario } from "../src/model/index.js";
import { loadScenario } from "../src/scenario/index.js";
import { perTrialCost } from "./mc-sweep.js";

const SCENARIO = "bench/scenarios/mc-standard.yaml";
const PEER = "bench/peers/numpy_mc.py";

/** The standard Monte Carlo benchmark scenario (2 drone types × 4 layers). */
export function mcScenario(): Scenario {
  const result = loadScenario(readFileSync(SCENARIO, "utf8"), { file: SCENARIO });
  if (!result.ok) throw new Error(`${SCENARIO} does not load`);
  return result.scenario;
}

function peerWallMs(trials: number): number {
  const out = execFileSync("python3", [PEER, "--trials", String(trials), "--seed", "1", "--json"], {
    encoding: "utf8",
  });
  return (JSON.parse(out) as { wall_s: number }).wall_s * 1000;
}

function peerPerTrial(sizes: readonly number[], trials: number): number[] {
  const out = execFileSync(
    "python3",
    [PEER, "--per-trial-n", sizes.join(","), "--trials", String(trials)],
    { encoding: "utf8" },
  );
  return [...out.matchAll(/([\d.]+) us\/trial/g)].map((m) => Number(m[1]));
}

export interface McFigures {
  readonly sizes: number;
  readonly trials: number;
  readonly peerMs: number;
  readonly cxr: readonly { workers: number; wallMs: number; perSec: number; peakRssMb: number }[];
  readonly perTrial: readonly { n: number; cxrUs: number; peerUs: number }[];
}

function cxrSweep(
  workers: number,
  trials: number,
): { wallMs: number; trialsTimesSizesPerSec: number; peakRssMb: number } {
  const out = execFileSync(
    process.execPath,
    ["dist/bench/mc-child.js", String(workers), String(trials), "3"],
    {
      encoding: "utf8",
    },
  );
  return JSON.parse(out) as { wallMs: number; trialsTimesSizesPerSec: number; peakRssMb: number };
}

/**
 * The standard sweep, best of `runs` for the NumPy peer and for cxr with 1
 * and 2 threads (each cxr run in a fresh process after one warm-up sweep, so
 * peak RSS is the simulator's own), alternately so machine load hits both
 * alike; then µs per trial at one swarm size from N = 10 to 1,000,000.
 */
export function mcFigures(trials = 10_000, runs = 3): McFigures {
  const scenario = mcScenario();
  let peerMs = Infinity;
  const best = new Map<number, { wallMs: number; perSec: number; peakRssMb: number }>();
  for (let r = 0; r < runs; r++) {
    peerMs = Math.min(peerMs, peerWallMs(trials));
    for (const workers of [1, 2]) {
      const m = cxrSweep(workers, trials);
      const prev = best.get(workers);
      if (prev === undefined || m.wallMs < prev.wallMs) {
        best.set(workers, {
          wallMs: m.wallMs,
          perSec: m.trialsTimesSizesPerSec,
          peakRssMb: m.peakRssMb,
        });
      }
    }
  }
  const ns = [10, 1000, 1_000_000];
  const ours = perTrialCost(scenario, ns, 2000);
  const theirs = peerPerTrial(ns, 2000);
  return {
    sizes: scenario.swarmSizes.length,
    trials,
    peerMs,
    cxr: [...best].map(([workers, m]) => ({ workers, ...m })),
    perTrial: ns.map((n, i) => ({
      n,
      cxrUs: ours[i]?.usPerTrial ?? NaN,
      peerUs: theirs[i] ?? NaN,
    })),
  };
}
