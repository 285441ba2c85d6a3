// Makes docs/explorer.png, the README's picture of `cxr explore`: the
// Poland scenario's page in headless Chromium at a laptop's 1366 × 800, with
// one range moved (the F-35 pair's most likely Pk, 70 % → 60 %) and the
// Monte Carlo band filled in. Run after `npm run build`:
// `node dist/scripts/explorer-screenshot.js`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "../tests/support/chromium.js";

const SCENARIO = "scenarios/poland-2025-09-10.yaml";
const RANGE_FIELD = "defense.layers.f35-aim9x.pk.pert.1";

const dir = mkdtempSync(join(tmpdir(), "cxr-explorer-shot-"));
const page = join(dir, "explorer.html");
execFileSync(process.execPath, ["dist/cli/bin.js", "explore", SCENARIO, "--out", page]);
const browser = await launchChromium(dir);
try {
  const p = await browser.newPage();
  await p.setViewportSize({ width: 1366, height: 800 });
  await p.goto(pathToFileURL(page).href);
  await p.waitForFunction(() => window.cxrRun?.trials === 1000);
  await p.fill(`input[name="${RANGE_FIELD}"]`, "60%");
  await p.waitForFunction(
    () => window.cxrRun?.trials === 1000 && window.cxrRun.overrides.length === 1,
    null,
    { timeout: 60_000 },
  );
  await p.locator("#chart-cer svg").waitFor();
  await p.waitForTimeout(500); // the last chart's redraw
  // The page scrolled to the key numbers and the first chart (whose footnote
  // names the change); the panel, sticky beside them, to the F-35 layer.
  await p.evaluate((name) => {
    (document.activeElement as HTMLElement | null)?.blur();
    const numbers = document.getElementById("key-numbers")!;
    window.scrollTo(0, numbers.getBoundingClientRect().top + window.scrollY - 8);
    const field = document.querySelector(`input[name="${name}"]`)!.closest("fieldset")!;
    const panel = document.getElementById("panel")!;
    panel.scrollTop += field.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8;
  }, RANGE_FIELD);
  await p.screenshot({ path: "docs/explorer.png" });
  process.stdout.write("wrote docs/explorer.png\n");
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
