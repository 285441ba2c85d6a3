// The scripts in examples/ run as a user runs them (`node examples/x.mjs`,
// importing "cxr" by its package name), so CI runs them. Uses dist/.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as cxr from "../../dist/lib/index.js";

const POLAND = "scenarios/poland-2025-09-10.yaml";
const dir = mkdtempSync(join(tmpdir(), "cxr-examples-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function example(name: string, ...args: string[]): string {
  return execFileSync(process.execPath, [`examples/${name}`, ...args], { encoding: "utf8" });
}

const text = readFileSync(POLAND, "utf8");

describe("examples/", () => {
  it("run-scenario.mjs prints the Monte Carlo CER of each size", async () => {
    const out = example("run-scenario.mjs");
    const sizes = [1, 4, 19, 100];
    const result = await cxr.run(cxr.loadScenario(text, { sizes }), { trials: 2000, seed: 7 });
    for (const row of result.rows) {
      expect(out).toContain(`${String(row.swarmSize).padStart(6)}  ${row.cer?.toFixed(2)}`);
    }
  });

  it("cost-loop.mjs: the CER at 19 drones falls as the decoy's price rises, and a plot is written", () => {
    const svg = join(dir, "loop.svg");
    const out = example("cost-loop.mjs", svg);
    const cers = [...out.matchAll(/CER (\d+\.\d+)/g)].map((m) => Number(m[1]));
    // 5k..50k EUR in steps of 5k: ten prices.
    expect(cers).toHaveLength(10);
    // Every decoy shares the defender's cost at 19 drones, so CER × price is
    // the same at 5k and at 50k (to the two printed decimals): 41.72 × 5 ≈ 4.17 × 50.
    expect(cers[0]! * 5_000).toBeCloseTo(cers[9]! * 50_000, -3);
    expect(readFileSync(svg, "utf8")).toMatch(/^<svg/);
  });

  it("compare-mixes.mjs prints both mixes at 4, 19 and 100 drones", async () => {
    const out = example("compare-mixes.mjs");
    const variant = "Interceptor drones instead of missiles";
    const drones = await cxr.run(cxr.loadScenario(text, { sizes: [19], variant }));
    expect(out).toContain(drones.rows[0]!.cer!.toFixed(2));
    expect(out.trim().split("\n")).toHaveLength(4);
  });
});
