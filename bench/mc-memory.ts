// Peak memory of Monte Carlo runs against simulationMemoryBytes (issue 15 item
// 14: the estimate must be an upper bound). Each run in a fresh process, peak
// RSS from the kernel (resourceUsage().maxRSS). Run after `npm run build`:
//   node dist/bench/mc-memory.js
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { simulate, simulationMemoryBytes } from "../src/sim/index.js";
import { mcScenario } from "./mc.js";

const SIZES = [10, 100, 1000];

async function child(trials: number, workers: number): Promise<void> {
  const scenario = { ...mcScenario(), swarmSizes: SIZES };
  await simulate(scenario, { trials, seed: 1, workers });
  process.stdout.write(JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
}

/** Measured peak RSS and the estimate, per trial count and worker count. */
export function memoryFigures(
  trialCounts: readonly number[] = [100_000, 1_000_000, 4_000_000],
  workerCounts: readonly number[] = [1, 2],
): { trials: number; workers: number; peakMb: number; estimateMb: number }[] {
  const scenario = mcScenario();
  const self = fileURLToPath(import.meta.url);
  const out = [];
  for (const trials of trialCounts) {
    for (const workers of workerCounts) {
      const json = execFileSync(process.execPath, [self, String(trials), String(workers)], {
        encoding: "utf8",
      });
      const { maxRssBytes } = JSON.parse(json) as { maxRssBytes: number };
      const estimate = simulationMemoryBytes({
        trials,
        swarmSizes: SIZES.length,
        layers: scenario.layers.length,
        droneTypes: scenario.drones.length,
        keptInputs: 0,
        workers,
      });
      out.push({ trials, workers, peakMb: maxRssBytes / 1e6, estimateMb: estimate / 1e6 });
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.length > 2) {
    await child(Number(process.argv[2]), Number(process.argv[3]));
  } else {
    process.stdout.write(`Monte Carlo peak RSS vs estimate (${SIZES.length} sizes, mc-standard)\n`);
    for (const f of memoryFigures()) {
      process.stdout.write(
        `${f.trials.toLocaleString("en-US").padStart(10)} trials, ${f.workers} thread(s): ` +
          `peak ${f.peakMb.toFixed(0)} MB, estimate ${f.estimateMb.toFixed(0)} MB` +
          `${f.peakMb <= f.estimateMb ? "" : "  ← ABOVE THE ESTIMATE"}\n`,
      );
    }
  }
}
