// The explorer page (issue 14) in real Chromium, for every shipped scenario:
// file size; time to interactive (navigation start to the first published
// run: fields live, key numbers and table shown) and to the charts drawn;
// input lag of a change to a cost per shot — the time its handler blocks
// (deterministic recompute, key numbers and table in place), and for real
// keystrokes the time from the key to the next frame painted (Event Timing,
// what a user feels) — the time until all three charts are redrawn, and the
// Monte Carlo band filling in. Printed by `npm run bench`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { median } from "simple-statistics";
import { findChromium, launchChromium } from "../tests/support/chromium.js";

function line(label: string, value: string, goal: string): void {
  process.stdout.write(`${label.padEnd(46)} ${value.padStart(22)}   goal ${goal}\n`);
}
const ms = (x: number): string => `${x.toFixed(0)} ms`;

/** One change through the first cost per shot: ms blocked in the handler, and until the charts are redrawn. */
async function inputLag(page: Page, value: string): Promise<[number, number]> {
  return page.evaluate(async (v) => {
    const input = document.querySelector<HTMLInputElement>('#panel input[name$=".costPerShot"]')!;
    const charts = [...document.querySelectorAll(".chart")];
    const before = charts.map((c) => c.firstChild);
    const t0 = performance.now();
    input.value = v;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const blocked = performance.now() - t0;
    while (charts.some((c, i) => c.firstChild === before[i])) {
      await new Promise((r) => requestAnimationFrame(r));
    }
    return [blocked, performance.now() - t0] as [number, number];
  }, value);
}

/**
 * Input lag as a user meets it: real keystrokes (a digit typed into the
 * first cost per shot, then Backspace, each one recompute), each timed by
 * the browser's Event Timing API from the key to the next frame painted
 * (the longest event of the interaction; under 16 ms it is not reported,
 * and counts as 16). Keystrokes are 400 ms apart, time for the charts to follow.
 */
type Lags = { cxrLags: Map<number, number> };

async function typedLags(page: Page, count: number): Promise<number[]> {
  const field = '#panel input[name$=".costPerShot"]';
  await page.evaluate((sel) => {
    const w = window as unknown as Lags;
    w.cxrLags = new Map();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { interactionId: number })[]) {
        if (e.interactionId > 0)
          w.cxrLags.set(e.interactionId, Math.max(e.duration, w.cxrLags.get(e.interactionId) ?? 0));
      }
    }).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
    const input = document.querySelector<HTMLInputElement>(sel)!;
    input.value = "300k USD";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.focus();
    input.setSelectionRange(3, 3);
  }, field);
  const lags: number[] = [];
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => (window as unknown as Lags).cxrLags.size);
    await page.keyboard.press(i % 2 === 0 ? String((i / 2) % 10) : "Backspace");
    await page.waitForTimeout(400);
    const after = await page.evaluate(() => [...(window as unknown as Lags).cxrLags.values()]);
    lags.push(after.length > before ? after[after.length - 1]! : 16);
  }
  return lags;
}

/** Prints the explorer's figures for each of `scenarios`. */
export async function exploreBench(bin: string, scenarios: readonly string[]): Promise<void> {
  process.stdout.write("\nExplorer page in Chromium (median of 3 loads; 10 input events)\n");
  if (findChromium() === null) {
    process.stdout.write("  skipped: no Chromium (apt-get install -y chromium)\n");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "cxr-bench-explore-"));
  const browser = await launchChromium(dir);
  try {
    for (const file of scenarios) {
      const name = file.split("/").pop()!;
      const out = join(dir, `${name}.html`);
      execFileSync(process.execPath, [bin, "explore", file, "--out", out], { stdio: "ignore" });
      line(`${name}: file size`, `${(statSync(out).size / 1e6).toFixed(2)} MB`, "< 4 MB");
      const tti: number[] = [];
      const drawn: number[] = [];
      const mc: number[] = [];
      let page: Page | undefined;
      for (let i = 0; i < 3; i++) {
        await page?.close();
        page = await browser.newPage();
        await page.goto(pathToFileURL(out).href);
        await page.waitForFunction(() => window.cxrRun?.trials === 1000, null, {
          timeout: 120_000,
        });
        await page.waitForFunction(() => performance.getEntriesByName("cxr:charts").length > 0);
        const [first, charts, done] = await page.evaluate(() => [
          performance.getEntriesByName("cxr:interactive")[0]!.startTime,
          performance.getEntriesByName("cxr:charts")[0]!.startTime,
          performance.getEntriesByName("cxr:monte-carlo")[0]?.startTime ?? NaN,
        ]);
        tti.push(first);
        drawn.push(charts);
        mc.push(done);
      }
      line(`  time to interactive`, ms(median(tti)), "< 1,500 ms");
      line(`  first three charts drawn`, ms(median(drawn)), "—");
      line(`  Monte Carlo band filled (1,000 trials)`, ms(median(mc)), "—");
      const lags: number[] = [];
      const redraws: number[] = [];
      await page!.evaluate(() => {
        document.querySelector<HTMLInputElement>('input[name="trials"]')!.value = "0";
        document.querySelector('input[name="trials"]')!.dispatchEvent(new Event("input"));
      });
      for (let i = 0; i < 10; i++) {
        const [lag, redraw] = await inputLag(page!, `${300 + 10 * i}k USD`);
        lags.push(lag);
        redraws.push(redraw);
      }
      line(
        `  input event, blocking (median; max)`,
        `${ms(median(lags))}; ${ms(Math.max(...lags))}`,
        "< 100 ms",
      );
      line(`  three charts redrawn (median)`, ms(median(redraws)), "—");
      const typed = await typedLags(page!, 10);
      line(
        `  keystroke to next paint (median; max)`,
        `${ms(median(typed))}; ${ms(Math.max(...typed))}`,
        "< 100 ms",
      );
      await page!.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
