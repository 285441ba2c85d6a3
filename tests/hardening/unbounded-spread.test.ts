// Issue 15, item 3: spreading an array into a call passes every element as
// an argument, and past ~100k elements V8 throws "Maximum call stack size
// exceeded". Charts take data of any length (a 200 × 1,000 heatmap is
// 200,000 cells), so none may spread it; the lint rule in eslint.config.js
// and the source scan below keep the pattern out of src/.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildChart, heatmapDomain, sizeRange } from "../../src/charts/index.js";
import { CHART_DATA, HEATMAP_DATA } from "../charts/fixtures.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

describe("no spread of unbounded arrays into calls", () => {
  it("draws a heatmap of 200 sizes × 1,000 input values (200,000 cells)", () => {
    const cells = [];
    for (let s = 1; s <= 200; s++) {
      for (let i = 1; i <= 1000; i++) cells.push({ x: i, swarmSize: s, cer: (s * i) / 1000 });
    }
    const spec = buildChart("heatmap", { ...HEATMAP_DATA, cells });
    // Largest CER 200 × 1000 / 1000 = 200; smallest 1/1000, whose distance from 1 is 1000:
    // m = 1000, so the colour domain is [1/1000, 1000].
    const json = JSON.stringify(spec);
    expect(json).toContain('"domain":[0.001,1000]');
    expect(heatmapDomain(cells.map((c) => c.cer))).toEqual([0.001, 1000]);
  });

  it("finds the swarm-size range of 300,000 rows", () => {
    const base = CHART_DATA.series[0]!.rows[0]!;
    const rows = Array.from({ length: 300_000 }, (_, i) => ({ ...base, swarmSize: i + 7 }));
    // Sizes 7 … 300,006.
    expect(sizeRange([{ rows }])).toEqual([7, 300_006]);
  });

  it("src/ spreads no array into Math.max/min, push, unshift or splice", () => {
    const offenders: string[] = [];
    const pattern =
      /(?:Math\.(?:max|min)|\.(?:push|unshift|splice))\(\s*(?:[^(){}[\]\n]*?,\s*)?\.\.\./g;
    for (const file of sourceFiles("src")) {
      // Comments may name the pattern.
      const text = readFileSync(file, "utf8").replace(/^\s*(?:\/\/|\*).*$/gm, "");
      for (const m of text.matchAll(pattern)) {
        const line = text.slice(0, m.index).split("\n").length;
        offenders.push(`${relative(".", file)}:${line}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
