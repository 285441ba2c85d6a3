// Issue 11, item 7: every chart of every shipped scenario, rendered by Vega,
// has no two text boxes overlapping and no text box crossed by a mark (a
// rule, a line, an area's edge, a bar's edge, a point). The charts come from
// the registry (src/briefing/every-chart.ts is typed by it), so a chart type
// added later is covered without touching this file.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { everyChart } from "../../src/briefing/index.js";
import { CHART_TYPES } from "../../src/charts/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { shippedCatalog } from "../catalog/load-shipped.js";
import { type TextBox, crosses, overlap, sceneOf } from "../support/scene-geometry.js";

const catalog = shippedCatalog();
const FILES = readdirSync("scenarios").filter((f) => f.endsWith(".yaml"));

function sourceOf(file: string) {
  const text = readFileSync(`scenarios/${file}`, "utf8");
  const load = (variant?: string, set?: readonly string[]) => {
    const r = loadScenario(text, {
      file,
      catalog,
      ...(variant === undefined ? {} : { variant }),
      ...(set === undefined ? {} : { overrides: set }),
    });
    if (!r.ok) throw new Error(`${file} does not load`);
    return r;
  };
  const base = load();
  return {
    loader: { load: (extra?: readonly string[]) => load(undefined, extra) },
    variants: base.variants.map((v) => ({ name: v.name, scenario: load(v.name).scenario })),
  };
}

const show = (t: TextBox) =>
  `"${t.text}" [${t.x1.toFixed(1)},${t.y1.toFixed(1)}–${t.x2.toFixed(1)},${t.y2.toFixed(1)}]`;

describe("labels never collide, on any chart of any shipped scenario", () => {
  it("every chart type of the registry draws each shipped scenario", () => {
    const types = new Set(everyChart(sourceOf("poland-2025-09-10.yaml")).map((c) => c.type));
    expect([...types].sort()).toEqual([...CHART_TYPES].sort());
  });

  for (const file of FILES) {
    it(`${file}: no text overlaps text, no mark crosses text`, async () => {
      const problems: string[] = [];
      for (const { type, spec } of everyChart(sourceOf(file))) {
        const scene = await sceneOf(spec);
        const { texts } = scene;
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            if (overlap(texts[i]!, texts[j]!)) {
              problems.push(`${type}: ${show(texts[i]!)} overlaps ${show(texts[j]!)}`);
            }
          }
          for (const s of scene.segments) {
            if (crosses(s, texts[i]!))
              problems.push(`${type}: ${s.what} crosses ${show(texts[i]!)}`);
          }
          for (const p of scene.symbols) {
            if (overlap(p, texts[i]!))
              problems.push(`${type}: ${p.what} covers ${show(texts[i]!)}`);
          }
        }
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }
});
