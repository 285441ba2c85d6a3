// Every shipped scenario opens in the explorer and shows the CLI's numbers.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { launchChromium, skipWithoutChromium } from "../support/chromium.js";
import { cliRun, differences, openPage, pageRun, writeExplorer } from "./explore-page-helpers.js";

const SCENARIOS = readdirSync("scenarios")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => `scenarios/${f}`);

const SKIP = skipWithoutChromium("the explorer page in Chromium");
let browser: BrowserContext | undefined;
let dir = "";
beforeAll(async () => {
  if (SKIP) return;
  dir = await mkdtemp(join(tmpdir(), "cxr-explore-every-"));
  browser = await launchChromium(dir);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (dir !== "") await rm(dir, { recursive: true, force: true });
});

describe.skipIf(SKIP)("every shipped scenario in the explorer", () => {
  it.each(SCENARIOS)(
    "%s: the CLI's numbers (deterministic and Monte Carlo), three charts, no errors",
    async (file) => {
      const out = await writeExplorer(file);
      const { page, errors, network } = await openPage(browser!, out, "#trials=0");
      // A tablet in portrait: the panel stacks above the results.
      await page.setViewportSize({ width: 820, height: 1180 });
      const det = await cliRun([file]);
      await expect.poll(() => pageRun(page), { timeout: 60_000 }).toEqual(det);
      for (const id of ["cer", "cost", "leakers"]) {
        await page.locator(`#chart-${id} svg`).waitFor({ timeout: 60_000 });
      }
      // Each control is named by the --set path it changes (controls.test.ts loads each).
      const names = await page
        .locator("#panel input[name^='threat.'], #panel input[name^='defense.']")
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
      expect(names.length).toBeGreaterThan(0);
      // Monte Carlo through the page's own fields: bit for bit the CLI's.
      await page.fill('input[name="seed"]', "3");
      await page.fill('input[name="trials"]', "600");
      const mc = await cliRun([file, "--trials", "600", "--seed", "3"]);
      await page.waitForFunction(() => window.cxrRun?.trials === 600 && window.cxrRun.seed === 3);
      expect(differences(await pageRun(page), mc, 0)).toEqual([]);
      expect(errors).toEqual([]);
      expect(network).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
