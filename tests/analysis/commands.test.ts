// The analysis commands, called in-process with a captured CliIo (the lead
// registers them in program.ts).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/io.js";
import { breakevenCommand } from "../../src/cli/commands/breakeven.js";
import { compareCommand } from "../../src/cli/commands/compare.js";
import { middleSize } from "../../src/analysis/index.js";
import { CxrError } from "../../src/model/index.js";
import { sensitivityCommand } from "../../src/cli/commands/sensitivity.js";
import { runSweepCommand } from "../../src/cli/commands/sweep.js";
import { SMALL_YAML, captureIo, tempFile } from "./fixtures.js";

const file = tempFile("small.yaml", SMALL_YAML);

describe("cxr sensitivity", () => {
  it("defaults to the middle swarm size", () => {
    expect(middleSize([1, 10, 100])).toBe(10);
    expect(middleSize([1, 2, 4, 7])).toBe(2);
  });

  it("defaults to the scenario's focus, not the middle size (issue 11, one focus per scenario)", async () => {
    const focused = tempFile(
      "small-focus.yaml",
      SMALL_YAML.replace("priceYear: 2025", "priceYear: 2025\nfocus: 100"),
    );
    const c = captureIo();
    await sensitivityCommand(c.io, focused, { format: "json" });
    // Sizes 1, 10, 100: the middle is 10; the file's focus says 100.
    expect(JSON.parse(c.out()).swarmSize).toBe(100);
  });

  it("prints the tornado as JSON, largest swing first", async () => {
    const c = captureIo();
    await sensitivityCommand(c.io, file, { format: "json" });
    const doc = JSON.parse(c.out());
    expect(doc.swarmSize).toBe(10);
    expect(doc.importance).toBeNull();
    // CER = 2c / c_d: c from 110k to 290k moves it from 4.4 to 11.6 (tornado.test.ts).
    expect(doc.bars[0].path).toBe("defense.layers.sam.costPerShot");
    expect(doc.bars[0].swing).toBeCloseTo(7.2, 9);
  });

  it("prints a table, with Spearman ranks under --trials, and writes the chart", async () => {
    const c = captureIo();
    const chart = join(dirname(file), "tornado.vl.json");
    await sensitivityCommand(c.io, file, { size: 100, trials: 500, seed: 3, chart });
    expect(c.out()).toContain("Missile · cost per shot");
    expect(c.out()).toContain("Spearman ρ; Monte Carlo, 500 trials, seed 3");
    const spec = JSON.parse(readFileSync(chart, "utf8"));
    expect(spec.title.text).toBe("Missile cost per shot moves the CER most at 100 drones");
    expect(c.err()).toContain(`wrote ${chart}`);
  });

  it("rejects an unknown metric as a usage error", async () => {
    await expect(sensitivityCommand(captureIo().io, file, { metric: "roi" })).rejects.toThrow(
      UsageError,
    );
  });
});

describe("cxr breakeven", () => {
  it("prints the run header, then param, metric, target and rows", async () => {
    const c = captureIo();
    await breakevenCommand(c.io, file, { param: "defense.layers.sam.costPerShot", format: "json" });
    const doc = JSON.parse(c.out());
    expect(Object.keys(doc)).toEqual([
      ...["cxr", "title", "currency", "priceYear", "mode", "trials", "seed", "variant"],
      ...["overrides", "sources", "param", "metric", "target", "rows"],
    ]);
    expect(doc.mode).toBe("deterministic");
    // CER = 2c / 50k = 1 at c = 25k.
    expect(doc.rows).toHaveLength(3);
    for (const r of doc.rows) expect(r.value).toBeCloseTo(25_000, 4);
  });

  it("writes null where there is no crossing, and parses --range", async () => {
    const c = captureIo();
    await breakevenCommand(c.io, file, {
      param: "defense.layers.sam.costPerShot",
      range: "30k..1M",
      format: "json",
    });
    expect(JSON.parse(c.out()).rows.map((r: { value: unknown }) => r.value)).toEqual([
      null,
      null,
      null,
    ]);
    const t = captureIo();
    await breakevenCommand(t.io, file, { param: "defense.layers.sam.costPerShot", target: "2" });
    expect(t.out()).toContain("50k EUR");
  });

  it("turns an unknown path into a user error (CxrError) naming the path and the nearest", async () => {
    const run = breakevenCommand(captureIo().io, file, {
      param: "defense.layers.sam.costPerShoot",
    });
    await expect(run).rejects.toThrow(CxrError);
    await expect(run).rejects.toMatchObject({
      code: "unknown-input",
      path: "defense.layers.sam.costPerShoot",
    });
    await expect(
      breakevenCommand(captureIo().io, file, { param: "defense.layers.sam.cost" }),
    ).rejects.toThrow(/nearest: defense\.layers\.sam\.costPerShot/);
  });

  it("without --param, prints where the CER crosses and the budgets", async () => {
    const c = captureIo();
    await breakevenCommand(c.io, file, { format: "json" });
    // CER is 8 at every size, never 1; the missile has no magazine.
    expect(JSON.parse(c.out())).toMatchObject({
      mode: "deterministic",
      target: 1,
      cerCrossesAt: null,
      crossings: [],
      budgets: [{ layerId: "sam", layerName: "Missile", swarmSize: null }],
    });
  });
});

describe("cxr compare", () => {
  it("runs the base and every variant, as JSON and CSV", async () => {
    const c = captureIo();
    await compareCommand(c.io, [file], { format: "json" });
    const doc = JSON.parse(c.out());
    expect(doc.cases.map((x: { name: string }) => x.name)).toEqual(["base", "cheap", "single"]);
    // At 10 drones: base CER 8, cheap 2 × 50k / 50k = 2, single salvo 200k / 50k = 4.
    const at10 = doc.rows
      .filter((r: { swarmSize: number }) => r.swarmSize === 10)
      .map((r: { cer: number }) => r.cer);
    expect(at10).toEqual([8, 2, 4]);
    const csv = captureIo();
    await compareCommand(csv.io, [file], { format: "csv", sizes: "10" });
    expect(csv.out().trimEnd().split("\n")).toHaveLength(4);
  });

  it("prefixes cases with the scenario when comparing files, and writes the overlay chart", async () => {
    const c = captureIo();
    const chart = join(dirname(file), "compare.vl.json");
    await compareCommand(c.io, [file, file], { format: "table", chart });
    expect(c.out()).toContain("Small test · cheap");
    expect(c.out()).toContain("Comparison of 6 cases");
    expect(JSON.parse(readFileSync(chart, "utf8")).$schema).toContain("vega-lite");
  });
});

describe("cxr run --sweep", () => {
  it("prints rows per value × size with the sweep", async () => {
    const c = captureIo();
    await runSweepCommand(c.io, file, "threat.drones.shahed.unitCost=10k..200k:log:30", {
      format: "json",
    });
    const doc = JSON.parse(c.out());
    expect(doc.rows).toHaveLength(90);
    // First value 10k: CER = 2 × 200k / 10k = 40.
    expect(doc.rows[0]).toMatchObject({
      swarmSize: 1,
      cer: 40,
      sweep: { path: "threat.drones.shahed.unitCost", value: 10_000 },
    });
  });

  it("rejects a malformed sweep and --trials", async () => {
    await expect(runSweepCommand(captureIo().io, file, "x=1..", {})).rejects.toThrow(UsageError);
    await expect(runSweepCommand(captureIo().io, file, "x=1..2", { trials: 10 })).rejects.toThrow(
      UsageError,
    );
  });
});

describe("cxr compare across currencies (issue 11, item 11)", () => {
  // The small scenario priced in USD at 2024 prices: the same numbers, another money.
  const usd = tempFile(
    "small-usd.yaml",
    SMALL_YAML.replace("currency: EUR", "currency: USD").replace(
      "priceYear: 2025",
      "priceYear: 2024",
    ),
  );
  const eurWithRates = tempFile(
    "small-eur-fx.yaml",
    SMALL_YAML.replace(
      "priceYear: 2025",
      "priceYear: 2025\nfx: { USD: 0.8 }\ninflation: { 2024: 0.96, 2025: 1 }",
    ),
  );

  it("converts the second file with the first file's fx and price index", async () => {
    const c = captureIo();
    await compareCommand(c.io, [eurWithRates, usd], { format: "json", sizes: "10" });
    const doc = JSON.parse(c.out());
    const eur = doc.rows[0];
    const converted = doc.rows[3];
    // One size, rows in case order: EUR base, cheap, single; then the USD base at index 3. Same inputs, so the
    // same CER (8 at 10 drones: 2 shots × 200k / 50k); money × k = 0.8 × 1 / 0.96 = 0.833333.
    expect(doc.cases).toHaveLength(6);
    expect(converted.cer).toBeCloseTo(eur.cer, 9);
    expect(converted.defenderCost).toBeCloseTo(eur.defenderCost * (0.8 / 0.96), 6);
    expect(c.err()).toContain("converted from USD at 2024 prices to EUR at 2025 prices");
  });

  it("names the missing rate when the first file has none", async () => {
    const err = await compareCommand(captureIo().io, [file, usd], { format: "json" }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/has no fx rate for USD/);
    expect((err as Error).message).toContain("fx: { USD:");
    expect(err).toBeInstanceOf(CxrError);
    expect(err).toMatchObject({ code: "compare-currency" });
  });
});
