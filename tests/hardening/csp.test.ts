// Issue 15, item 8: every HTML page cxr writes (chart --format html, the
// briefing pack's index.html and its explorer, cxr explore) runs under a
// Content-Security-Policy with no 'unsafe-eval' and no 'unsafe-inline'
// script: each inline script is allowed by its SHA-256 hash, and Vega runs
// its expressions through vega-interpreter. In Chromium, the charts still
// draw and the browser reports no CSP violation.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";
import { launchChromium, skipWithoutChromium } from "../support/chromium.js";

const POLAND = "scenarios/poland-2025-09-10.yaml";
const SKIP = skipWithoutChromium("the CSP of every HTML page in Chromium (tests/hardening)");

let dir = "";
/** name → written HTML file, and how many vega charts it draws. */
const PAGES: Record<string, { path: string; charts: string }> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cxr-csp-"));
  const chart = join(dir, "cer.html");
  const pack = join(dir, "pack");
  const explorer = join(dir, "explore.html");
  for (const args of [
    ["chart", POLAND, "--type", "cer", "--out", chart],
    ["report", POLAND, "--out", pack],
    ["explore", POLAND, "--out", explorer],
  ]) {
    const r = await cli(args);
    if (r.code !== 0) throw new Error(`cxr ${args[0]!} failed: ${r.stderr}`);
  }
  PAGES.chart = { path: chart, charts: ".vega-chart svg.marks" };
  PAGES.report = { path: join(pack, "index.html"), charts: ".vega-chart svg.marks" };
  PAGES["report explorer"] = { path: join(pack, "explorer.html"), charts: "#chart-cer svg" };
  PAGES.explorer = { path: explorer, charts: "#chart-cer svg" };
}, 120_000);

afterAll(async () => {
  if (dir !== "") await rm(dir, { recursive: true, force: true });
});

/** The policy in the page's meta tag. */
function policyOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  if (m === null) throw new Error("no CSP meta tag");
  return m[1]!;
}

/** The text of every inline script the browser would run (not JSON or text/plain blocks). */
function executedScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="(application\/json|text\/plain)"/.test(m[1] ?? ""))
    .map((m) => m[2]!);
}

describe("the Content-Security-Policy of every HTML page", () => {
  for (const name of ["chart", "report", "report explorer", "explorer"]) {
    it(`${name}: no unsafe-eval, no unsafe-inline script, each inline script by hash`, async () => {
      const html = await readFile(PAGES[name]!.path, "utf8");
      const policy = policyOf(html);
      const scriptSrc = policy.split(";").find((d) => d.trim().startsWith("script-src"))!;
      expect(policy).toContain("default-src 'none'");
      expect(policy).not.toContain("unsafe-eval");
      expect(scriptSrc).not.toContain("unsafe-inline");
      const scripts = executedScripts(html);
      expect(scripts.length).toBeGreaterThan(0);
      for (const js of scripts) {
        const hash = createHash("sha256").update(js, "utf8").digest("base64");
        expect(scriptSrc).toContain(`'sha256-${hash}'`);
      }
    });
  }
});

describe.skipIf(SKIP)("the pages in Chromium under their CSP", () => {
  let browser: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium(dir);
    // Recorded before any page script runs, so no violation can go unseen.
    await browser.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        w.cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        );
      });
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const name of ["chart", "report", "explorer"]) {
    it(`${name}: the charts draw and no violation is reported`, async () => {
      const page = await browser!.newPage();
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(pathToFileURL(PAGES[name]!.path).href);
      await page.locator(PAGES[name]!.charts).first().waitFor({ timeout: 30_000 });
      // The CER chart draws its curve: marks exist inside the chart's SVG.
      const marks = page.locator(`${PAGES[name]!.charts} path`);
      expect(await marks.count()).toBeGreaterThan(0);
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      );
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }
});
