// The explorer's range fields and its layout in a real browser (issue 14):
// a range is moved through one field per parameter, named by its --set path,
// and the page equals `cxr run` with the command it copies; a bad parameter
// shows the loader's message beside it; the download carries the chosen
// variant; every control is reachable by Tab at laptop and tablet widths,
// with nothing wider than the screen.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";
import { cliRun, explorerSuite, openPage, pageRun, shellSplit } from "./explore-page-helpers.js";

const FILE = "scenarios/poland-2025-09-10.yaml";
const PK_MODE = "defense.layers.f35-aim9x.pk.pert.1"; // 70% in the file
const COST_MAX = "defense.layers.f35-aim9x.costPerShot.pert.2"; // 475k USD, from the catalog

const suite = explorerSuite("the explorer's range fields in Chromium", FILE);

/** The CLI's run for the page's copied command. */
async function copiedRun(p: Page): Promise<unknown> {
  const words = shellSplit(await p.inputValue("#command"));
  expect(words.slice(0, 3)).toEqual(["cxr", "run", FILE]);
  return cliRun(words.slice(2));
}

describe.skipIf(suite.skip)("range fields in chromium", () => {
  it("move a range by its parameters, as cxr run --set does", async () => {
    const { page: p, errors, network } = await openPage(suite.browser!, suite.page, "#trials=0");
    await p.waitForFunction(() => window.cxrRun !== undefined);
    expect(await p.inputValue(`input[name="${PK_MODE}"]`)).toBe("70%");
    expect(await p.inputValue(`input[name="${COST_MAX}"]`)).toBe("475k");
    await p.fill(`input[name="${PK_MODE}"]`, "60%");
    await p.fill(`input[name="${COST_MAX}"]`, "500k");
    const det = await cliRun([
      FILE,
      "--set",
      `${PK_MODE}=60%`,
      "--set",
      "defense.layers.f35-aim9x.costPerShot={ pert: [375k, 439k, 500k], currency: USD, year: 2024 }",
    ]);
    await expect.poll(() => pageRun(p), { timeout: 30_000 }).toEqual(det);
    expect(await copiedRun(p)).toEqual(det);
    // The whole value follows in the main field; the change list names the file's 70%.
    expect(await p.inputValue('input[name="defense.layers.f35-aim9x.pk"]')).toMatch(
      /^\{ pert: \[50%, 60%, 90%\]/,
    );
    const rows = await p.locator("#changes tbody tr").allTextContents();
    expect(rows[0]).toContain(`${PK_MODE}70%60%`);

    // A bad parameter: the loader's own message beside the range, the field marked.
    await p.fill(`input[name="${PK_MODE}"]`, "95%");
    const loader = await cli(["run", FILE, "--set", `${PK_MODE}=95%`, "--format", "json"]);
    expect(loader.code).toBe(1);
    const box = p.locator('[id="f-defense_2elayers_2ef35-aim9x_2epk-error"]');
    await box.waitFor({ state: "visible" });
    // The page's line says `--set:2` (its second override), the CLI's `--set:1`; the rest is the same.
    expect(`${await box.textContent()}\n`.replace(/^--set:\d+/, "")).toBe(
      loader.stderr.replace(/^--set:\d+/, ""),
    );
    expect(await p.getAttribute(`input[name="${PK_MODE}"]`, "aria-invalid")).toBe("true");
    await p.fill(`input[name="${PK_MODE}"]`, "70%");
    await box.waitFor({ state: "hidden" });
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await p.close();
  }, 120_000);

  it("downloads the chosen variant's values with the changes", async () => {
    const VARIANT = "AMRAAMs only";
    const { page: p, errors } = await openPage(suite.browser!, suite.page, "#trials=0");
    await p.waitForFunction(() => window.cxrRun !== undefined);
    await p.selectOption('select[name="variant"]', VARIANT);
    // The variant's cost per shot fills the field and its range.
    await expect
      .poll(() => p.inputValue(`input[name="${COST_MAX}"]`), { timeout: 30_000 })
      .toBe("1.2M");
    await p.fill(`input[name="${PK_MODE}"]`, "60%");
    const det = await cliRun([FILE, "--variant", VARIANT, "--set", `${PK_MODE}=60%`]);
    await expect.poll(() => pageRun(p), { timeout: 30_000 }).toEqual(det);
    const [download] = await Promise.all([
      p.waitForEvent("download"),
      p.click("#download-scenario"),
    ]);
    const saved = await readFile(await download.path(), "utf8");
    const savedPath = join(suite.dir, "saved.yaml");
    await writeFile(savedPath, saved);
    const fromFile = (await cliRun([savedPath])) as Record<string, unknown>;
    const expected = det as Record<string, unknown>;
    expect(fromFile["rows"]).toEqual(expected["rows"]);
    expect(errors).toEqual([]);
    await p.close();
  }, 120_000);

  it.each([
    ["laptop", 1366, 800],
    ["tablet", 768, 1024],
  ])(
    "at %s width (%i px) fits the screen and Tab reaches every control",
    async (_, w, h) => {
      const { page: p, errors } = await openPage(suite.browser!, suite.page, "#trials=0");
      await p.setViewportSize({ width: w, height: h });
      await p.waitForFunction(() => window.cxrRun !== undefined);
      await p.locator("#chart-cer svg").waitFor();
      const overflow = await p.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      const controls = await p
        .locator("#panel input, #panel select")
        .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).name));
      // Every control, then the buttons after them, in one pass of Tab from the top.
      const reached = new Set<string>();
      await p.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
      });
      for (let i = 0; i < controls.length + 10; i++) {
        await p.keyboard.press("Tab");
        reached.add(await p.evaluate(() => document.activeElement?.getAttribute("name") ?? ""));
      }
      expect(controls.filter((n) => !reached.has(n))).toEqual([]);
      // Each visible field shows its unit beside its label.
      const noUnit = await p
        .locator("#panel .field label")
        .evaluateAll((ls) => ls.filter((l) => l.querySelector(".unit")?.textContent === "").length);
      expect(noUnit).toBe(0);
      expect(errors).toEqual([]);
      await p.close();
    },
    120_000,
  );
});
