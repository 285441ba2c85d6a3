// The briefing pack prints to A4 landscape: Chromium's print-to-PDF of the
// real page, every page 297 × 210 mm (841.89 × 595.28 pt), each chart on a
// page of its own after the opening page. Skips without Chromium (tests/support/chromium.ts).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { tornado, withFocus } from "../../src/analysis/index.js";
import { toReportInput } from "../../src/briefing/index.js";
import { evaluate } from "../../src/engine/index.js";
import { loadBrowserAssets } from "../../src/render/index.js";
import { buildReport } from "../../src/report/index.js";
import { DETERMINISTIC } from "../../src/results/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { SMALL_YAML } from "../analysis/fixtures.js";
import { launchChromium, skipWithoutChromium } from "../support/chromium.js";

const SKIP = skipWithoutChromium("the briefing printed to PDF (tests/report/print.test.ts)");

let dir = "";
let context: BrowserContext | undefined;

afterAll(async () => {
  await context?.close();
  if (dir !== "") await rm(dir, { recursive: true, force: true });
});

describe("the briefing in print", () => {
  it.skipIf(SKIP)("prints on A4 landscape pages, one chart a page", async () => {
    const r = loadScenario(SMALL_YAML, { file: "small.yaml" });
    if (!r.ok) throw new Error("fixture does not load");
    const scenario = withFocus(r.scenario, 10);
    const result = { ...DETERMINISTIC, rows: evaluate(scenario) };
    const input = toReportInput(scenario, result, await loadBrowserAssets(), {
      focusSize: 10,
      tornado: tornado(scenario, { swarmSize: 10 }),
    });
    dir = await mkdtemp(join(tmpdir(), "cxr-print-"));
    const out = join(dir, "pack");
    for (const file of await buildReport(input)) {
      const target = join(out, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.data);
    }
    context = await launchChromium(dir);
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(out, "index.html")).href);
    await page.waitForFunction(
      (n) => document.querySelectorAll("svg.marks").length === n,
      input.charts.length,
    );
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    // A4 landscape: 297 mm × 210 mm = 841.89 pt × 595.28 pt.
    for (const [w, h] of boxes) {
      expect(w).toBeCloseTo(841.89, 0);
      expect(h).toBeCloseTo(595.28, 0);
    }
    // The opening page, then a page break before each of the charts (cer, cost, leakers, tornado).
    expect(input.charts).toHaveLength(4);
    expect(boxes.length).toBeGreaterThanOrEqual(1 + input.charts.length);
  });
});
