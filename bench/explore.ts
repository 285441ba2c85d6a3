// The explorer page (issue 14) in real Chromium: file size, time to
// interactive (navigation start to the first published run), the blocking
// time of one input event (deterministic recompute, key numbers and table
// in place), the time until the three charts are redrawn, and the time the
// Monte Carlo band takes to fill in. Printed by `npm run bench`.
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

/** One change through the first money field: ms blocked in the handler, and until the charts are redrawn. */
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
      const mc: number[] = [];
      let page: Page | undefined;
      for (let i = 0; i < 3; i++) {
        await page?.close();
        page = await browser.newPage();
        await page.goto(pathToFileURL(out).href);
        await page.waitForFunction(() => window.cxrRun?.trials === 1000, null, {
          timeout: 120_000,
        });
        const [first, done] = await page.evaluate(() => [
          performance.getEntriesByName("cxr:interactive")[0]!.startTime,
          performance.getEntriesByName("cxr:monte-carlo")[0]?.startTime ?? NaN,
        ]);
        tti.push(first);
        mc.push(done);
      }
      line(`  time to interactive`, ms(median(tti)), "< 1,500 ms");
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
      await page!.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
