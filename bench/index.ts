// `npm run bench`: prints the speed figures the issues set goals for.
// Figures are single-machine readings; no test asserts them.
import { readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { breakEvenBench, tornadoBench } from "./analysis.js";
import { CAMPAIGN_SCENARIO, deterministicCampaignMs, mcCampaign } from "./campaign.js";
import { reportProcessMs, warmPngMs } from "./charts.js";
import { coldStart } from "./cold-start.js";
import { deterministicThroughput } from "./deterministic.js";
import { mcFigures } from "./mc.js";

const root = process.cwd();

/** Every scenario in scenarios/, by path. */
function shippedScenarios(dir: string): string[] {
  return readdirSync(join(dir, "scenarios"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(dir, "scenarios", f));
}
const bin = join(root, "dist/cli/bin.js");
const flagship = join(root, "scenarios/poland-2025-09-10.yaml");

function line(label: string, value: string, goal: string): void {
  process.stdout.write(`${label.padEnd(46)} ${value.padStart(22)}   goal ${goal}\n`);
}
const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

process.stdout.write(
  `cxr benchmarks (load average ${loadavg()[0]!.toFixed(2)})\n\nCold start (median of 15 runs)\n`,
);
for (const c of coldStart(bin, flagship)) {
  line(c.label, `${ms(c.ms)}  ${c.ratio.toFixed(2)}×`, c.goal === 1 ? "—" : `≤ ${c.goal}×`);
}

process.stdout.write("\nDeterministic engine (in-process, median of 30)\n");
line("1,000 swarm sizes × 10 layers", ms(deterministicThroughput()), "< 20 ms");

process.stdout.write("\nCharts\n");
line("cer chart → 2× PNG, warm (median of 10)", ms(await warmPngMs(flagship)), "≤ 80 ms");
line("cxr report, flagship, whole process", ms(reportProcessMs(bin, flagship)), "≤ 3,000 ms");

process.stdout.write("\nAnalysis (in-process, median)\n");
line("tornado over 10 inputs at one size", ms(tornadoBench()), "< 200 ms");
line("break-even over 100 swarm sizes", ms(breakEvenBench()), "< 200 ms");

const mc = mcFigures();
process.stdout.write(
  `\nMonte Carlo: bench/scenarios/mc-standard.yaml, ${mc.trials.toLocaleString("en-US")} trials × ${mc.sizes} sizes (best of 3, alternating)\n`,
);
line("NumPy peer (bench/peers/numpy_mc.py)", ms(mc.peerMs), "—");
for (const c of mc.cxr) {
  line(
    `cxr, ${c.workers} worker${c.workers > 1 ? "s" : ""}`,
    `${ms(c.wallMs)}  ${(mc.peerMs / c.wallMs).toFixed(2)}× NumPy`,
    "≥ 2× NumPy",
  );
  line(
    `  trials × sizes per second; peak RSS`,
    `${(c.perSec / 1e6).toFixed(2)} M/s; ${c.peakRssMb.toFixed(0)} MB`,
    "< 300 MB",
  );
}
process.stdout.write("µs per trial at one swarm size (2,000 trials)\n");
for (const p of mc.perTrial) {
  line(
    `  N = ${p.n.toLocaleString("en-US")}`,
    `cxr ${p.cxrUs.toFixed(2)}  NumPy ${p.peerUs.toFixed(2)}`,
    "flat in N",
  );
}

process.stdout.write(`\nCampaign: ${CAMPAIGN_SCENARIO} as shipped (bench/campaign.ts)\n`);
const det = deterministicCampaignMs();
line(
  "deterministic 365 nights + sustainable raid",
  `${ms(det.ms)} (R = ${det.sustainableRaid})`,
  "≤ 300 ms",
);
for (const workers of [1, 2]) {
  const c = mcCampaign(workers);
  line(
    `Monte Carlo 365 nights × 10,000 trials, ${workers} thread${workers > 1 ? "s" : ""}`,
    `${ms(c.wallMs)}; ${c.peakRssMb.toFixed(0)} MB`,
    "≤ 10 s, ≤ 500 MB",
  );
}

await (await import("./explore.js")).exploreBench(bin, shippedScenarios(root));
