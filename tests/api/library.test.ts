// The library (the package's "." export, dist/lib/) returns the very
// documents the command line prints with --format json: the same call of
// the same scenario, once through `cxr … --format json`, once through the
// API, compared whole. Uses dist/ (npm run build).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as cxr from "../../dist/lib/index.js";

const POLAND = "scenarios/poland-2025-09-10.yaml";
const CAMPAIGN = "scenarios/ukraine-2025-campaign.yaml";

function cliJson(args: readonly string[]): unknown {
  const out = execFileSync(process.execPath, ["dist/cli/bin.js", ...args, "--format", "json"], {
    encoding: "utf8",
  });
  return JSON.parse(out);
}

/** The API's result as JSON carries it (non-finite numbers become null, as the CLI writes them). */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

const load = (file: string, options: cxr.LoadScenarioOptions = {}): cxr.LoadedScenario =>
  cxr.loadScenario(readFileSync(file, "utf8"), { file, ...options });

describe("the library returns what the CLI prints as JSON", () => {
  it("run, deterministic, with a variant and an override", async () => {
    const set = "threat.drones.gerbera.unitCost=20k EUR";
    const variant = "AMRAAMs only";
    const api = await cxr.run(load(POLAND, { set: [set], variant }));
    expect(api.variant).toBe(variant);
    expect(api.overrides).toEqual([{ path: "threat.drones.gerbera.unitCost", value: "20k EUR" }]);
    expect(asJson(api)).toEqual(cliJson(["run", POLAND, "--set", set, "--variant", variant]));
  });

  it("run, Monte Carlo: same trials and seed, same bands whatever the worker count", async () => {
    const args = ["--trials", "600", "--seed", "3", "--sizes", "1,19,100"];
    const api = await cxr.run(load(POLAND, { sizes: [1, 19, 100] }), {
      trials: 600,
      seed: 3,
      workers: 2,
    });
    expect(api.rows.map((r) => r.swarmSize)).toEqual([1, 19, 100]);
    expect(api.rows[1]!.bands).not.toBeNull();
    expect(asJson(api)).toEqual(cliJson(["run", POLAND, ...args, "--workers", "1"]));
  });

  it("campaign", async () => {
    const api = await cxr.campaign(load(CAMPAIGN));
    expect(asJson(api)).toEqual(cliJson(["campaign", CAMPAIGN]));
  });

  it("sweep: 5 values × the scenario's sizes, from the --sweep text", () => {
    const text = "threat.drones.gerbera.unitCost=5k..45k:5";
    const api = cxr.sweep(load(POLAND), text);
    // 5 values (5k, 15k, 25k, 35k, 45k) times each swarm size of the file.
    expect(api.rows.length).toBe(5 * load(POLAND).scenario.swarmSizes.length);
    expect(api.rows[0]!.sweep).toEqual({ path: "threat.drones.gerbera.unitCost", value: 5000 });
    expect(asJson(api)).toEqual(cliJson(["run", POLAND, "--sweep", text]));
  });

  it("compare: the base and every variant of two files", async () => {
    const files = [POLAND, "scenarios/airport-closure.yaml"];
    const sizes = "1,10";
    const api = await cxr.compare(files.map((f) => load(f, { sizes })));
    expect(asJson(api)).toEqual(cliJson(["compare", ...files, "--sizes", sizes]));
  });

  it("tornado and break-even", async () => {
    const p = load(POLAND);
    expect(asJson(await cxr.tornado(p, { size: 19 }))).toEqual(
      cliJson(["sensitivity", POLAND, "--size", "19"]),
    );
    expect(asJson(cxr.breakEven(p))).toEqual(cliJson(["breakeven", POLAND]));
  });
});

describe("the library's other calls", () => {
  it("loads an object as it loads the same YAML text", () => {
    const text = readFileSync(POLAND, "utf8");
    const fromText = cxr.loadScenario(text);
    const object = JSON.parse(JSON.stringify(fromText.scenario)) as unknown;
    expect(object).toBeTruthy();
    // A minimal scenario as an object; the same as text.
    const minimal = {
      title: "t",
      currency: "EUR",
      priceYear: 2025,
      threat: { swarmSizes: [10], drones: [{ id: "d", share: 1, unitCost: 1000 }] },
      defense: { layers: [{ id: "gun", costPerShot: 100, pk: 0.5, magazine: 100 }] },
    };
    const a = cxr.loadScenario(minimal).scenario;
    expect(a.swarmSizes).toEqual([10]);
  });

  it("throws one ScenarioError with every problem, each with code, path and line", () => {
    let error: unknown;
    try {
      cxr.loadScenario("title: t\ncurrency: EUR\n", { file: "bad.yaml" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(cxr.ScenarioError);
    expect(error).toBeInstanceOf(cxr.CxrError);
    const e = error as cxr.ScenarioError;
    expect(e.problems.length).toBeGreaterThan(1);
    expect(e.code).toBe(e.problems[0]!.code);
    expect(e.message).toContain("bad.yaml:");
  });

  it("resolves ref: from the catalog embedded at build time (no file read)", () => {
    const text = readFileSync(POLAND, "utf8");
    expect(text).toMatch(/\bref:/);
    expect(load(POLAND).scenario.sources.length).toBeGreaterThan(0);
  });

  it("draws a chart of a result and renders it", async () => {
    const result = await cxr.run(load(POLAND));
    const spec = cxr.chartSpec("cer", result);
    expect(JSON.stringify(spec)).toContain("Poland");
    // A result read back from JSON needs its scenario, and then draws the same chart.
    const copy = asJson(result) as cxr.RunDocument;
    expect(() => cxr.chartSpec("cer", copy)).toThrow(/needs the scenario/);
    expect(cxr.chartSpec("cer", copy, { scenario: load(POLAND) })).toEqual(spec);
    const svg = await cxr.renderChart(spec, "svg");
    expect(String(svg)).toMatch(/^<svg/);
  });
});
