// Issue 11, item 7: every chart of every shipped scenario, rendered by Vega,
// has no two text boxes overlapping and no text box crossed by a mark (a
// rule, a line, an area's edge, a bar's edge, a point). The charts come from
// the registry (src/briefing/every-chart.ts is typed by it), so a chart type
// added later is covered without touching this file.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { everyChart } from "../../src/briefing/index.js";
import type { Scenario } from "../../src/model/index.js";
import { simulateSync } from "../../src/sim/index.js";
import { CHART_TYPES } from "../../src/charts/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { shippedCatalog } from "../catalog/load-shipped.js";
import {
  type Scene,
  type TextBox,
  crosses,
  inflate,
  overlap,
  sceneOf,
  withinWidth,
} from "../support/scene-geometry.js";

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

/**
 * A mark's centre line must stay this far off a text box: half the widest
 * stroke drawn (the 2 px curves; rules are 1–1.25 px), so no painted pixel
 * of a rule or curve touches the text.
 */
const CLEARANCE = 1;

/** A small Monte Carlo run (fixed seed): the p5–p95 bands `--trials` draws. */
const monteCarlo = (scenario: Scenario) => simulateSync(scenario, { trials: 200, seed: 1 });

/** Every collision of one rendered chart, described for the failure message. */
function collisions(type: string, scene: Scene): string[] {
  const problems: string[] = [];
  const { texts } = scene;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    // An annotation (a text mark, not an axis, legend or title) stays between
    // its plot's left and right edges; above or below the plot (the tornado's
    // base value sits over its bars) it is checked against the axes' text.
    if (t.role === "mark" && t.cell !== undefined && !withinWidth(t, t.cell))
      problems.push(`${type}: ${show(t)} leaves its plot`);
    for (let j = i + 1; j < texts.length; j++) {
      if (overlap(t, texts[j]!)) problems.push(`${type}: ${show(t)} overlaps ${show(texts[j]!)}`);
    }
    const near = inflate(t, CLEARANCE);
    for (const s of scene.segments) {
      if (crosses(s, near)) problems.push(`${type}: ${s.what} crosses ${show(t)}`);
    }
    for (const p of scene.symbols) {
      if (overlap(p, t)) problems.push(`${type}: ${p.what} covers ${show(t)}`);
    }
  }
  return problems;
}

describe("labels never collide, on any chart of any shipped scenario", () => {
  it("every chart type of the registry draws each shipped scenario", () => {
    const types = new Set(everyChart(sourceOf("poland-2025-09-10.yaml")).map((c) => c.type));
    expect([...types].sort()).toEqual([...CHART_TYPES].sort());
  });

  for (const file of FILES) {
    for (const [mode, run] of [
      ["deterministic", undefined],
      ["Monte Carlo", monteCarlo],
    ] as const) {
      it(`${file}, ${mode}: no text overlaps text, no mark crosses text`, async () => {
        const problems: string[] = [];
        for (const { type, spec } of everyChart(sourceOf(file), run)) {
          problems.push(...collisions(type, await sceneOf(spec)));
        }
        expect([...new Set(problems)]).toEqual([]);
      });
    }
  }
});
