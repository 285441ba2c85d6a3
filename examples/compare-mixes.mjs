// Compare two defence mixes for the same night: the fighters' missiles, and
// the scenario's variant with interceptor drones instead.
// Usage (after npm run build): node examples/compare-mixes.mjs
import { readFileSync } from "node:fs";
import { loadScenario, run } from "cxr";

const file = "scenarios/poland-2025-09-10.yaml";
const text = readFileSync(file, "utf8");
const sizes = [4, 19, 100];
const missiles = await run(loadScenario(text, { file, sizes }));
const drones = await run(
  loadScenario(text, { file, sizes, variant: "Interceptor drones instead of missiles" }),
);

console.log("drones  missiles: CER  leakers   interceptor drones: CER  leakers");
missiles.rows.forEach((m, i) => {
  const d = drones.rows[i];
  console.log(
    `${String(m.swarmSize).padStart(6)}  ${m.cer.toFixed(2).padStart(13)}  ${m.leakers.toFixed(1).padStart(7)}` +
      `   ${d.cer.toFixed(2).padStart(23)}  ${d.leakers.toFixed(1).padStart(7)}`,
  );
});
