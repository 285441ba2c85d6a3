// Tweak one cost in a loop: the decoy's unit price from 5k to 50k EUR, and
// the CER at 19 drones for each; prints the series and plots it as SVG.
// Usage (after npm run build): node examples/cost-loop.mjs [out.svg]
import { readFileSync, writeFileSync } from "node:fs";
import { loadScenario, renderChart, run } from "cxr";

const file = "scenarios/poland-2025-09-10.yaml";
const base = loadScenario(readFileSync(file, "utf8"), { file, sizes: [19] });

const points = [];
for (let cost = 5_000; cost <= 50_000; cost += 5_000) {
  const result = await run(base.with({ set: { "threat.drones.gerbera.unitCost": `${cost} EUR` } }));
  points.push({ cost, cer: result.rows[0].cer });
  console.log(`decoy at ${cost} EUR: CER ${result.rows[0].cer.toFixed(2)}`);
}

// Any Vega-Lite spec renders; chartSpec() gives cxr's own charts of a result.
const spec = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  title: "CER at 19 drones against the decoy's price",
  data: { values: points },
  mark: { type: "line", point: true },
  encoding: {
    x: { field: "cost", type: "quantitative", title: "decoy unit cost (EUR)" },
    y: { field: "cer", type: "quantitative", title: "CER" },
  },
};
const out = process.argv[2] ?? "cost-loop.svg";
writeFileSync(out, await renderChart(spec, "svg"));
console.log(`wrote ${out}`);
