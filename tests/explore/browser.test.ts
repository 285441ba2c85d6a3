// The explorer page in a real browser (issue 14): loaded from file://, changed
// through its inputs, its published run document is compared with the CLI's
// JSON for the same --set flags, deterministic and Monte Carlo with a seed;
// the hash, the download, the copied command and a bad value's message are
// checked, and no request may leave the file.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";
import {
  cliRun,
  differences,
  explorerSuite,
  openPage,
  pageRun,
  shellSplit,
} from "./explore-page-helpers.js";

const FILE = "scenarios/poland-2025-09-10.yaml";
const COST = "defense.layers.f35-aim9x.costPerShot";
const PK = "defense.layers.f16-aim120.pk";
const SETS = ["--set", `${COST}=300k USD`, "--set", `${PK}=60%`];

const suite = explorerSuite("the explorer page in Chromium", FILE);

describe.skipIf(suite.skip)("the explorer page in chromium", () => {
  it("recomputes through its inputs exactly as cxr run does, deterministic and Monte Carlo", async () => {
    const { page: p, network, errors } = await openPage(suite.browser!, suite.page);
    await p.waitForFunction(() => window.cxrRun !== undefined);
    // The CSP allows no eval and no network.
    const csp = await p.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    // Inter comes with the page, so the charts read as they were laid out: every weight loads.
    const faces = await p.evaluate(() =>
      Promise.all([400, 500, 600, 700].map((w) => document.fonts.load(`${w} 12px Inter`))),
    );
    expect(faces.map((f) => f.length)).toEqual([1, 1, 1, 1]);

    // Deterministic: Monte Carlo off, then a cost per shot and a Pk typed in.
    await p.fill('input[name="trials"]', "0");
    await p.fill(`input[name="${COST}"]`, "300k USD");
    await p.fill(`input[name="${PK}"]`, "60%");
    const det = await cliRun([FILE, ...SETS]);
    await expect.poll(() => pageRun(p), { timeout: 30_000 }).toEqual(det);

    // Monte Carlo with a seed: the last step is the whole run, bit for bit
    // the CLI's (the samplers' exp/log are src/random/portable-math.ts, not
    // the engine's Math.exp/log, which Chromium rounds differently from Node).
    await p.fill('input[name="seed"]', "7");
    await p.fill('input[name="trials"]', "700");
    const mc = await cliRun([FILE, ...SETS, "--trials", "700", "--seed", "7"]);
    await p.waitForFunction(() => window.cxrRun?.trials === 700 && window.cxrRun.seed === 7, null, {
      timeout: 60_000,
    });
    expect(differences(await pageRun(p), mc, 0)).toEqual([]);
    expect(await pageRun(p)).toEqual(mc);

    // The copied command is the CLI line for the same numbers.
    const command = await p.inputValue("#command");
    expect(command).toBe(
      `cxr run ${FILE} --set '${COST}=300k USD' --set ${PK}=60% --trials 700 --seed 7`,
    );
    expect(differences(await cliRun(shellSplit(command).slice(2)), mc, 0)).toEqual([]);

    // Every change is listed with the file's value and can be reset.
    const changes = await p.locator("#changes tbody tr").allTextContents();
    expect(changes).toHaveLength(2);
    expect(changes[1]).toContain("{ pert: [50%, 70%, 90%]");
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await p.close();
  }, 180_000);

  it("reproduces the view from its URL hash, and downloads the changed scenario", async () => {
    const first = await openPage(suite.browser!, suite.page, "#trials=0");
    await first.page.waitForFunction(() => window.cxrRun !== undefined);
    await first.page.fill(`input[name="${PK}"]`, "60%");
    await first.page.fill(`input[name="${COST}"]`, "300k USD");
    const det = await cliRun([FILE, "--set", `${PK}=60%`, "--set", `${COST}=300k USD`]);
    await expect.poll(() => pageRun(first.page), { timeout: 30_000 }).toEqual(det);
    const hash = new URL(first.page.url()).hash;
    expect(decodeURIComponent(hash)).toContain(`set=${COST}=300k USD`);

    const [download] = await Promise.all([
      first.page.waitForEvent("download"),
      first.page.click("#download-scenario"),
    ]);
    expect(download.suggestedFilename()).toBe("poland-2025-09-10-explored.yaml");
    const saved = await readFile(await download.path(), "utf8");
    expect(saved).toContain("      costPerShot: 300k USD\n");
    // The saved file alone gives the same numbers (title, sources, rows).
    const savedPath = `${suite.page}.yaml`;
    await (await import("node:fs/promises")).writeFile(savedPath, saved);
    // ...and, its changes being part of the file, names no overrides.
    const fromFile = (await cliRun([savedPath])) as Record<string, unknown>;
    expect(fromFile["overrides"]).toEqual([]);
    expect({ ...fromFile, overrides: (det as Record<string, unknown>)["overrides"] }).toEqual(det);

    const second = await openPage(suite.browser!, suite.page, hash);
    await expect.poll(() => pageRun(second.page), { timeout: 30_000 }).toEqual(det);
    expect(await second.page.inputValue(`input[name="${COST}"]`)).toBe("300k USD");
    expect([...first.errors, ...second.errors]).toEqual([]);
    expect([...first.network, ...second.network]).toEqual([]);
    await first.page.close();
    await second.page.close();
  }, 180_000);

  it("shows the loader's message beside a bad value and keeps the last results", async () => {
    const { page: p, errors } = await openPage(suite.browser!, suite.page, "#trials=0");
    await p.waitForFunction(() => window.cxrRun !== undefined);
    const before = await pageRun(p);
    await p.fill(`input[name="${PK}"]`, "85");
    const loader = await cli(["run", FILE, "--set", `${PK}=85`, "--format", "json"]);
    expect(loader.code).toBe(1);
    const box = p.locator(`input[name="${PK}"] ~ .error`);
    await box.waitFor({ state: "visible" });
    expect(`${await box.textContent()}\n`).toBe(loader.stderr);
    expect(await p.getAttribute(`input[name="${PK}"]`, "aria-invalid")).toBe("true");
    expect(await pageRun(p)).toEqual(before);
    expect(await p.locator("#chart-cer svg").count()).toBe(1);
    // Fixing it clears the message.
    await p.fill(`input[name="${PK}"]`, "85%");
    await box.waitFor({ state: "hidden" });
    expect(errors).toEqual([]);
    await p.close();
  }, 120_000);

  it("labels every control and lets the keyboard reach them", async () => {
    const { page: p } = await openPage(suite.browser!, suite.page, "#trials=0");
    await p.waitForFunction(() => window.cxrRun !== undefined);
    const unlabelled = await p.evaluate(() =>
      [...document.querySelectorAll("input, select")]
        .filter(
          (e) => e.id !== "command" && document.querySelector(`label[for="${e.id}"]`) === null,
        )
        .map((e) => e.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await p.focus(`input[name="${COST}"]`);
    await p.keyboard.press("Control+A");
    await p.keyboard.type("250k USD");
    const det = await cliRun([FILE, "--set", `${COST}=250k USD`]);
    await expect.poll(() => pageRun(p), { timeout: 30_000 }).toEqual(det);
    await p.close();
  }, 120_000);
});
