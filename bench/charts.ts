import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "simple-statistics";
import { briefingCharts } from "../src/briefing/index.js";
import { Catalog, catalogPath, parseCatalog } from "../src/catalog/index.js";
import { evaluate } from "../src/engine/index.js";
import { renderPng } from "../src/render/index.js";
import { loadScenario } from "../src/scenario/index.js";
import { timeProcess } from "./cold-start.js";

function catalog(): Catalog {
  const parsed = parseCatalog(readFileSync(catalogPath(), "utf8"));
  if (!parsed.ok) throw new Error("catalog");
  return parsed.catalog;
}

/** Median ms to render the flagship's cer chart to a 2× PNG in-process, warm. */
export async function warmPngMs(flagship: string, runs = 10): Promise<number> {
  const loaded = loadScenario(readFileSync(flagship, "utf8"), {
    file: flagship,
    catalog: catalog(),
  });
  if (!loaded.ok) throw new Error("flagship");
  const result = {
    mode: "deterministic" as const,
    trials: null,
    seed: null,
    rows: evaluate(loaded.scenario),
  };
  const spec = briefingCharts(loaded.scenario, result, { focusSize: 19 })[0]!.spec;
  await renderPng(spec);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await renderPng(spec);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Median ms of `cxr report` on the flagship as a whole process. */
export function reportProcessMs(bin: string, flagship: string, runs = 3): number {
  const out = join(mkdtempSync(join(tmpdir(), "cxr-bench-")), "pack");
  return timeProcess([bin, "report", flagship, "--out", out, "--focus", "19"], runs);
}
