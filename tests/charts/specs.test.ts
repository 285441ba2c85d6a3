// Every generated spec: valid against the official Vega-Lite schema, compiles
// without a single warning, runs in headless Vega, and matches its golden file.
import type { TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { CAMPAIGN_CHART_TYPES, CHART_TYPES, buildChart, roundSig } from "../../src/charts/index.js";
import { CHART_DATA, HEATMAP_DATA, PLAIN_DATA } from "./fixtures.js";
import { compileMessages, headlessSvg, vegaLiteValidator } from "./spec-checks.js";
import { TORNADO_DATA } from "./tornado-fixture.js";

const validate = vegaLiteValidator();

/** Every chart on every fixture, and the options that change a spec's shape. */
const CASES: readonly { name: string; spec: TopLevelSpec }[] = [
  { name: "cer", spec: buildChart("cer", CHART_DATA) },
  { name: "cer-plain", spec: buildChart("cer", PLAIN_DATA) },
  {
    name: "cer-metrics",
    spec: buildChart(
      "cer",
      { ...CHART_DATA, breakEven: [{ label: "CER crosses 1", swarmSize: 70 }] },
      { metrics: ["cer", "netCer", "cerFull"], focusSize: 20 },
    ),
  },
  { name: "cost", spec: buildChart("cost", CHART_DATA) },
  {
    name: "cost-plain",
    spec: buildChart("cost", PLAIN_DATA, { series: "Base", width: 600, height: 300 }),
  },
  { name: "leakers", spec: buildChart("leakers", CHART_DATA) },
  { name: "leakers-plain", spec: buildChart("leakers", PLAIN_DATA) },
  { name: "heatmap", spec: buildChart("heatmap", HEATMAP_DATA) },
  { name: "tornado", spec: buildChart("tornado", TORNADO_DATA) },
];

describe("generated specs", () => {
  it("cover every registered chart type", () => {
    // The campaign charts take a campaign, not swarm sizes: tests/campaign/charts.test.ts.
    const sweepTypes = CHART_TYPES.filter(
      (t) => !(CAMPAIGN_CHART_TYPES as readonly string[]).includes(t),
    );
    expect(new Set(CASES.map((c) => c.name.split("-")[0]))).toEqual(new Set(sweepTypes));
  });

  describe.each(CASES)("$name", ({ name, spec }) => {
    it("validates against the official Vega-Lite schema", () => {
      const ok = validate(spec);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    it("compiles without warnings and renders headless", async () => {
      const { vg, messages } = compileMessages(spec);
      expect(messages).toEqual([]);
      const svg = await headlessSvg(vg);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain('font-family="Inter"');
    });

    it("is deterministic and matches its golden file", async () => {
      const numbers: number[] = [];
      JSON.stringify(spec, (_key, value: unknown) => {
        if (typeof value === "number") numbers.push(value);
        return value;
      });
      // Floats rounded to 6 significant digits, so goldens do not churn on the last bits.
      expect(numbers.filter((n) => n !== roundSig(n, 6))).toEqual([]);
      await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(`./golden/${name}.vl.json`);
    });
  });
});
