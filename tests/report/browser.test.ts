// Opens the real briefing page in Debian's chromium, offline, and checks that
// every chart renders, nothing is logged as an error and the hostile title
// stays text. Without Chromium it skips with a message saying how to run it,
// except under CI, where .ci/run installs it and a missing browser fails.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { interTextWidth, loadBrowserAssets } from "../../src/render/index.js";
import { buildReport } from "../../src/report/index.js";
import { launchChromium, skipWithoutChromium } from "../support/chromium.js";
import { reportInput, XSS } from "./report-fixture.js";

const SKIP = skipWithoutChromium(
  "the briefing page in a real browser (tests/report/browser.test.ts)",
);

let dir = "";
let context: BrowserContext | undefined;

afterAll(async () => {
  await context?.close();
  if (dir !== "") await rm(dir, { recursive: true, force: true });
});

describe("the briefing page in chromium", () => {
  it.skipIf(SKIP)(
    "renders every chart offline, with no errors and no script injection",
    async () => {
      dir = await mkdtemp(join(tmpdir(), "cxr-report-"));
      context = await launchChromium(dir);
      const input = reportInput(await loadBrowserAssets());
      const out = join(dir, "pack");
      for (const file of await buildReport(input)) {
        const target = join(out, file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.data);
      }

      const page = await context.newPage();
      const errors: string[] = [];
      const dialogs: string[] = [];
      const blocked: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (error) => errors.push(String(error)));
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
        blocked.push(url);
        return route.abort();
      });

      await page.goto(pathToFileURL(join(out, "index.html")).href);
      // vega-embed renders asynchronously: wait until the last chart's <svg> is there.
      const charts = page.locator(".vega-chart");
      await page
        .locator(".vega-chart svg.marks")
        .nth(input.charts.length - 1)
        .waitFor({ timeout: 15_000 });
      // Each container holds exactly one chart, drawn with marks.
      expect(await charts.count()).toBe(input.charts.length);
      for (let i = 0; i < input.charts.length; i++) {
        expect(await charts.nth(i).locator("svg.marks").count()).toBe(1);
        expect(
          await charts.nth(i).locator("svg.marks path, svg.marks line").count(),
        ).toBeGreaterThan(0);
      }

      expect(await page.title()).toBe(XSS);
      expect(await page.textContent("h1")).toBe(XSS);
      expect(await page.locator("img").count()).toBe(0);
      // The hostile layer name reached the chart as an axis label, as text.
      const labels = await page.locator(".vega-chart text").allTextContents();
      expect(labels.some((t) => t.startsWith(`Gun"'>`))).toBe(true);

      // Inter comes with the page (this machine has no Inter of its own): every weight
      // loads, and text measures as cxr measured it when it placed the labels.
      const faces = await page.evaluate(() =>
        Promise.all([400, 500, 600, 700].map((w) => document.fonts.load(`${w} 12px Inter`))),
      );
      expect(faces.map((f) => f.length)).toEqual([1, 1, 1, 1]);
      const sample = "Defence pays 24× the attacker at 19 drones";
      const [inter, fallback] = await page.evaluate(
        (text) =>
          ["500 12px Inter", "500 12px sans-serif"].map((font) => {
            const ctx = document.createElement("canvas").getContext("2d")!;
            ctx.font = font;
            return ctx.measureText(text).width;
          }),
        sample,
      );
      const expected = interTextWidth(sample, 12, 500);
      // Within 0.5 % (the browser kerns a few pairs); the system's own sans-serif is not.
      expect(Math.abs(inter! - expected) / expected).toBeLessThan(0.005);
      expect(Math.abs(fallback! - expected) / expected).toBeGreaterThan(0.02);

      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
