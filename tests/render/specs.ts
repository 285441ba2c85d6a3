// Hand-written Vega-Lite specs for the render and report tests (the real spec
// builders in src/charts/ are written in parallel). Font "Inter" as they use.
import type { TopLevelSpec } from "vega-lite";

const config = { font: "Inter", background: "white" } as const;

/** A 200×100 bar chart; title with € and — (absent from PDF Helvetica). */
export const barSpec: TopLevelSpec = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  title: "Cost per kill — €",
  width: 200,
  height: 100,
  config,
  data: {
    values: [
      { layer: "Gun", cost: 28 },
      { layer: "Missile", cost: 55 },
      { layer: "Interceptor", cost: 43 },
    ],
  },
  mark: { type: "bar", tooltip: true },
  encoding: {
    x: { field: "layer", type: "nominal", title: "Layer" },
    y: { field: "cost", type: "quantitative", title: "Cost (k€)" },
  },
};

/** A small line chart on log scales, like the CER chart. */
export const lineSpec: TopLevelSpec = {
  title: "CER against swarm size",
  width: 240,
  height: 120,
  config,
  data: {
    values: [
      { n: 1, cer: 0.5 },
      { n: 10, cer: 1.2 },
      { n: 100, cer: 3.4 },
    ],
  },
  mark: { type: "line", point: true, tooltip: true },
  encoding: {
    x: { field: "n", type: "quantitative", scale: { type: "log" }, title: "Swarm size (drones)" },
    y: { field: "cer", type: "quantitative", scale: { type: "log" }, title: "CER" },
  },
};

/**
 * No data, no encoding: no marks and no axes, so the title is the only thing
 * drawn on the white background.
 */
export const titleOnlySpec: TopLevelSpec = {
  title: { text: "Inter title only", fontSize: 20 },
  width: 200,
  height: 60,
  config,
  data: { values: [] },
  mark: "point",
};

/** A spec whose strings try to break out of the page. */
export const hostileSpec: TopLevelSpec = {
  title: "</script><img src=x onerror=alert(1)>",
  width: 120,
  height: 60,
  config,
  data: { values: [{ layer: "<b>x</b>", v: 1 }] },
  mark: { type: "bar", tooltip: true },
  encoding: { x: { field: "layer", type: "nominal" }, y: { field: "v", type: "quantitative" } },
};
