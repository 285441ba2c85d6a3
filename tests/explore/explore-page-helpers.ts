// Shared steps of the explorer's browser tests: write a page with the real
// CLI, open it from file:// with every non-file request recorded and
// refused, and read the page's published run document.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium, skipWithoutChromium } from "../support/chromium.js";
import { cli } from "../cli/run-cli.js";

export interface OpenPage {
  readonly page: Page;
  /** Requests that left the file: the test fails if any. */
  readonly network: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
}

/** Writes the explorer page of `file` (with extra CLI flags) into a fresh folder. */
export async function writeExplorer(file: string, flags: string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "cxr-explore-"));
  const out = join(dir, "explorer.html");
  const r = await cli(["explore", file, "--out", out, ...flags]);
  if (r.code !== 0) throw new Error(`cxr explore failed: ${r.stderr}`);
  return out;
}

export async function openPage(
  context: BrowserContext,
  path: string,
  hash = "",
): Promise<OpenPage> {
  const page = await context.newPage();
  const network: string[] = [];
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:"))
      return route.continue();
    network.push(url);
    return route.abort();
  });
  // A Web Worker's own requests do not pass through page.route.
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith("file:") && !url.startsWith("blob:") && !url.startsWith("data:"))
      network.push(url);
  });
  await page.goto(pathToFileURL(path).href + hash);
  return { page, network, errors };
}

/** The page's current run document, through JSON as `cxr run --format json` writes it. */
export async function pageRun(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    window.cxrRun === undefined ? null : (JSON.parse(JSON.stringify(window.cxrRun)) as unknown),
  );
}

/** `cxr run` as JSON. */
export async function cliRun(args: string[]): Promise<unknown> {
  const r = await cli(["run", ...args, "--format", "json"]);
  if (r.code !== 0) throw new Error(`cxr run failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Splits a command line made of bare and single-quoted words (what the page's "Copy command" writes). */
export function shellSplit(line: string): string[] {
  const words: string[] = [];
  const re = /(?:[^\s']+|'(?:[^']*)')+/g;
  for (const m of line.matchAll(re)) {
    words.push(m[0].replace(/'([^']*)'/g, "$1"));
  }
  return words;
}

/**
 * Paths where two run documents differ: numbers by more than `rel` relative
 * to the larger, anything else at all. With `rel` 0 it names the first
 * differing numbers where `toEqual` would print two whole documents.
 */
export function differences(a: unknown, b: unknown, rel: number, at = "$"): string[] {
  if (typeof a === "number" && typeof b === "number") {
    const scale = Math.max(Math.abs(a), Math.abs(b));
    return Math.abs(a - b) <= rel * scale ? [] : [`${at}: ${a} ≠ ${b}`];
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${at}: length ${a.length} ≠ ${b.length}`];
    return a.flatMap((x, i) => differences(x, b[i], rel, `${at}[${i}]`));
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) =>
      differences(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        rel,
        `${at}.${k}`,
      ),
    );
  }
  return Object.is(a, b) ? [] : [`${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}

/** A test file's Chromium and explorer page, ready in `beforeAll` (unless `skip`). */
export interface ExplorerSuite {
  readonly skip: boolean;
  browser: BrowserContext | undefined;
  /** A scratch folder that lives as long as the browser. */
  dir: string;
  /** The explorer page of the suite's scenario. */
  page: string;
}

/** Registers the hooks that start Chromium and write `file`'s explorer page, and close them after. */
export function explorerSuite(what: string, file: string): ExplorerSuite {
  const suite: ExplorerSuite = {
    skip: skipWithoutChromium(what),
    browser: undefined,
    dir: "",
    page: "",
  };
  beforeAll(async () => {
    if (suite.skip) return;
    suite.dir = await mkdtemp(join(tmpdir(), "cxr-explore-suite-"));
    suite.browser = await launchChromium(suite.dir);
    suite.page = await writeExplorer(file);
  }, 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    if (suite.dir !== "") await rm(suite.dir, { recursive: true, force: true });
  });
  return suite;
}
