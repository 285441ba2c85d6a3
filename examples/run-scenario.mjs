// Run a shipped scenario with uncertainty and print the CER at each swarm size.
// Usage (after npm run build): node examples/run-scenario.mjs [scenario.yaml]
import { readFileSync } from "node:fs";
import { loadScenario, run } from "cxr";

const file = process.argv[2] ?? "scenarios/poland-2025-09-10.yaml";
const scenario = loadScenario(readFileSync(file, "utf8"), { file, sizes: [1, 4, 19, 100] });
const result = await run(scenario, { trials: 2000, seed: 7 });

console.log(`${result.title} (${result.currency}, ${result.priceYear} prices)`);
console.log("drones  CER   90% band");
for (const row of result.rows) {
  const band = row.bands?.cer;
  console.log(
    `${String(row.swarmSize).padStart(6)}  ${row.cer?.toFixed(2)}  ${band?.p5.toFixed(2)}–${band?.p95.toFixed(2)}`,
  );
}
