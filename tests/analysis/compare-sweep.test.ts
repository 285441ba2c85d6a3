import { describe, expect, it } from "vitest";
import { compareTable, sweepRows } from "../../src/analysis/index.js";
import { sweepCsv, sweepDocument } from "../../src/results/index.js";
import { parseSweep } from "../../src/scenario/index.js";
import { evaluate } from "../../src/engine/index.js";
import type { Scenario } from "../../src/model/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { SMALL_YAML, drone, layer, scenario } from "./fixtures.js";

function load(overrides: readonly string[] = [], variant?: string): Scenario {
  const r = loadScenario(SMALL_YAML, {
    file: "small.yaml",
    overrides,
    ...(variant === undefined ? {} : { variant }),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

describe("compareTable", () => {
  const a = scenario(
    [drone({ id: "d", cost: 100, share: 1 })],
    [layer({ id: "l", costPerShot: 1000, pk: 0.5 })],
    [1, 10],
  );
  const b = scenario(
    [drone({ id: "d", cost: 100, share: 1 })],
    [layer({ id: "l", costPerShot: 10, pk: 0.5 })],
    [10, 100],
  );
  const series = [
    { name: "base", rows: evaluate(a) },
    { name: "cheap", rows: evaluate(b) },
  ];

  it("lists every series per size, in the sizes' order, with the key metrics", () => {
    const rows = compareTable(series, [10, 1]);
    expect(rows.map((r) => [r.swarmSize, r.variant])).toEqual([
      [10, "base"],
      [10, "cheap"],
      [1, "base"],
    ]);
    // One shot per drone: CER = 1000 / 100 = 10 and 10 / 100 = 0.1; half the drones leak.
    expect(rows[0]).toMatchObject({
      cer: 10,
      defenderCost: 10_000,
      leakers: 5,
      damage: 0,
      cerBand: null,
    });
    expect(rows[1]!.cer).toBeCloseTo(0.1, 12);
  });

  it("takes every size when none are given", () => {
    expect(compareTable(series, []).map((r) => r.swarmSize)).toEqual([1, 10, 10, 100]);
  });
});

describe("sweepRows", () => {
  const sweep = parseSweep("defense.layers.sam.costPerShot=50k..150k:3");
  if (typeof sweep === "string") throw new Error(sweep);
  const rows = sweepRows((extra) => load(extra), sweep);

  it("reloads per value and evaluates every swarm size", () => {
    // CER = 2c / 50k (SMALL_YAML): 2, 4, 6 at c = 50k, 100k, 150k, at sizes 1, 10, 100.
    expect(rows.map((r) => [r.sweep.value, r.swarmSize])).toEqual([
      [50_000, 1],
      [50_000, 10],
      [50_000, 100],
      [100_000, 1],
      [100_000, 10],
      [100_000, 100],
      [150_000, 1],
      [150_000, 10],
      [150_000, 100],
    ]);
    expect(rows.map((r) => r.cer)).toEqual([2, 2, 2, 4, 4, 4, 6, 6, 6]);
    expect(rows[0]!.sweep.path).toBe("defense.layers.sam.costPerShot");
  });

  it("sweeps anything --set reaches, such as a salvo size", () => {
    const s = parseSweep("defense.layers.sam.doctrine.shots=1..3:3");
    if (typeof s === "string") throw new Error(s);
    // CER = s × 200k / 50k = 4s.
    expect(
      sweepRows((extra) => load(extra), s)
        .filter((r) => r.swarmSize === 10)
        .map((r) => r.cer),
    ).toEqual([4, 8, 12]);
  });

  it("writes the run document with a sweep per row, and CSV with sweep columns", () => {
    const doc = sweepDocument(load(), rows);
    expect(doc.cxr).toBe("1");
    expect(doc.mode).toBe("deterministic");
    expect(doc.rows[4]).toMatchObject({
      swarmSize: 10,
      cer: 4,
      bands: null,
      sweep: { path: "defense.layers.sam.costPerShot", value: 100_000 },
    });
    const lines = sweepCsv(load(), rows).trimEnd().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[0]!.startsWith("sweep.path,sweep.value,swarmSize,attackerCost,")).toBe(true);
    expect(lines[5]!.startsWith("defense.layers.sam.costPerShot,100000,10,500000,")).toBe(true);
  });
});

describe("variants and --set through the loader", () => {
  it("applies a --set on top of the variant", () => {
    // Variant "cheap" sets the cost per shot to 50k (CER 2 × 50k / 50k = 2); the --set of
    // the salvo to 1 then halves it to 1; a --set of the cost itself wins over the variant.
    expect(evaluate(load([], "cheap"))[0]!.cer).toBe(2);
    expect(evaluate(load(["defense.layers.sam.doctrine.shots=1"], "cheap"))[0]!.cer).toBe(1);
    expect(evaluate(load(["defense.layers.sam.costPerShot=75k"], "cheap"))[0]!.cer).toBe(3);
  });

  it("reports an unknown variant clearly", () => {
    const r = loadScenario(SMALL_YAML, { file: "small.yaml", variant: "cheep" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.problems)).toMatch(/cheep/);
  });
});
