// One Monte Carlo benchmark process: a warm-up sweep, then `runs` timed
// sweeps; prints the best wall time and the process's peak RSS as JSON. A
// process of its own, so peak memory is the simulator's alone.
import { mcScenario } from "./mc.js";
import { runMcSweep } from "./mc-sweep.js";

const workers = Number(process.argv[2] ?? 1);
const trials = Number(process.argv[3] ?? 10_000);
const runs = Number(process.argv[4] ?? 3);
const scenario = mcScenario();
await runMcSweep(scenario, { trials: Math.min(trials, 2000), workers });
let best = { wallMs: Infinity, trialsTimesSizesPerSec: 0, peakRssMb: 0 };
let peak = 0;
for (let r = 0; r < runs; r++) {
  const m = await runMcSweep(scenario, { trials, workers });
  peak = Math.max(peak, m.peakRssMb);
  if (m.wallMs < best.wallMs) best = m;
}
process.stdout.write(JSON.stringify({ ...best, peakRssMb: peak }) + "\n");
