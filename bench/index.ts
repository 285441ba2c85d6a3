// `npm run bench`: prints the speed figures the issues set goals for.
// Figures are single-machine readings; no test asserts them.
import { join } from "node:path";
import { coldStart } from "./cold-start.js";
import { deterministicThroughput } from "./deterministic.js";

const root = process.cwd();
const bin = join(root, "dist/cli/bin.js");
const flagship = join(root, "scenarios/poland-2025-09-10.yaml");

function line(label: string, value: string, goal: string): void {
  process.stdout.write(`${label.padEnd(44)} ${value.padStart(14)}   goal ${goal}\n`);
}

process.stdout.write("cxr benchmarks\n\nCold start (median of 15 runs)\n");
for (const c of coldStart(bin, flagship)) {
  line(
    c.label,
    `${c.ms.toFixed(1)} ms ${c.ratio.toFixed(2)}×`,
    c.goal === 1 ? "—" : `≤ ${c.goal}×`,
  );
}

process.stdout.write("\nDeterministic engine (in-process, median of 30)\n");
line("1,000 swarm sizes × 10 layers", `${deterministicThroughput().toFixed(2)} ms`, "< 20 ms");
