// Quantities of scenario-format.md, with values worked out by hand.
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/model/scenario.js";
import { loadScenario } from "../../src/scenario/index.js";
import { readAmount } from "../../src/scenario/quantity.js";
import { VALID } from "./fixtures.js";

function load(overrides: string[] = []): Scenario {
  const r = loadScenario(VALID, { file: "t.yaml", overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}
const layer = (s: Scenario, id: string) => s.layers.find((l) => l.id === id)!;
const drone = (s: Scenario, id: string) => s.drones.find((d) => d.id === id)!;

describe("readAmount", () => {
  it.each([
    ["10k", 10_000],
    ["4.1M", 4_100_000], // exactly: the scale shifts the decimal exponent
    ["2B", 2_000_000_000],
    ["2 thousand", 2_000],
    ["3 million", 3_000_000],
    ["1.5 billion", 1_500_000_000],
    ["1.2e6", 1_200_000],
    ["1.2e3k", 1_200_000], // 1.2e3 × 1e3
    [".5", 0.5],
    ["85%", 0.85], // exactly 0.85, not 85 × 0.01 = 0.8500000000000001
    ["-5k", -5_000],
  ])("%s = %d", (text, value) => {
    expect(readAmount(text)).toEqual({ value, unit: "" });
  });

  it("keeps the unit after the number", () => {
    expect(readAmount("470k USD")).toEqual({ value: 470_000, unit: "USD" });
    expect(readAmount("2 BTC")).toEqual({ value: 2, unit: "BTC" }); // B is a scale only before a non-letter
    expect(readAmount("30 min")).toEqual({ value: 30, unit: "min" });
    expect(readAmount("ten")).toBeNull();
    expect(readAmount("5% USD")).toBeNull();
  });
});

describe("durations (seconds, through mathjs)", () => {
  const window = (text: string) =>
    layer(load([`defense.layers.iron-beam.capacity.window=${text}`]), "iron-beam").capacity;
  it.each([
    ["30 min", 1800], // 30 × 60
    ["2 h", 7200], // 2 × 3600
    ["1.5 hours", 5400],
    ["12 s", 12],
    ["45 seconds", 45],
    ["500 ms", 0.5],
    ["2 hr", 7200],
    ["90", 90], // a bare number is seconds
  ])("%s = %d s", (text, seconds) => {
    const cap = window(text);
    expect(cap?.type === "rate" ? cap.window.base : NaN).toBeCloseTo(seconds, 9);
  });

  it("reads `A to B unit` and distributions of durations", () => {
    const cap = window("20 to 40 min");
    expect(cap?.type === "rate" ? cap.window.dist : null).toEqual({
      kind: "lognormal",
      p5: 1200,
      p95: 2400,
    });
    const cap2 = window("{ uniform: [20 s, 1 min] }");
    expect(cap2?.type === "rate" ? cap2.window.dist : null).toEqual({
      kind: "uniform",
      min: 20,
      max: 60,
    });
    expect(cap2?.type === "rate" ? cap2.window.path : null).toBe(
      "defense.layers.iron-beam.capacity.window",
    );
  });
});

describe("money", () => {
  it("converts `20k to 80k USD` with fx USD 0.86 to a lognormal in EUR", () => {
    const cost = drone(load(), "shahed").unitCost;
    // p5 = 20 000 × 0.86 = 17 200; p95 = 80 000 × 0.86 = 68 800;
    // base = sqrt(17 200 × 68 800) = sqrt(1 183 360 000) = 34 400.
    expect(cost.dist?.kind).toBe("lognormal");
    if (cost.dist?.kind !== "lognormal") return;
    expect(cost.dist.p5).toBeCloseTo(17_200, 6);
    expect(cost.dist.p95).toBeCloseTo(68_800, 6);
    expect(cost.base).toBeCloseTo(34_400, 6);
    expect(cost).toMatchObject({
      path: "threat.drones.shahed.unitCost",
      unit: "money",
      source: "scenario",
    });
  });

  it("converts {value: 470k, currency: USD, year: 2024} with fx and inflation", () => {
    // fx USD 0.86, inflation {2024: 0.97, 2025: 1.0}, priceYear 2025:
    // 470 000 × 0.86 × 1.0 / 0.97 = 404 200 / 0.97 = 416 701.0309…
    const cost = layer(load(), "f35-aim9x").costPerShot;
    expect(cost.base).toBeCloseTo(416_701.0309278, 6);
    expect(cost.dist).toBeNull();
  });

  it("reads a bare number or an amount without a code as the reporting currency", () => {
    const s = load([
      "threat.drones.gerbera.unitCost=12.5k",
      "defense.layers.iron-beam.fixedCost=250",
    ]);
    expect(drone(s, "gerbera").unitCost.base).toBe(12_500);
    expect(layer(s, "iron-beam").fixedCost.base).toBe(250);
  });

  it("scales a distribution in another currency, and a `base:`", () => {
    const s = load([
      "threat.drones.shahed.damage={triangular: [50k, 250k, 2M], currency: USD}",
      "threat.drones.gerbera.unitCost={pert: [1k, 2k, 5k], base: 3k}",
    ]);
    const dmg = drone(s, "shahed").damage;
    // 50k, 250k, 2M × 0.86 = 43 000, 215 000, 1 720 000; base = mode.
    expect(dmg.dist).toEqual({ kind: "triangular", min: 43_000, mode: 215_000, max: 1_720_000 });
    expect(dmg.base).toBeCloseTo(215_000, 6);
    expect(drone(s, "gerbera").unitCost.base).toBe(3_000);
  });

  it("accepts a currency on distribution items", () => {
    const s = load(["threat.drones.gerbera.unitCost={uniform: [10k USD, 20k USD]}"]);
    expect(drone(s, "gerbera").unitCost.dist).toEqual({ kind: "uniform", min: 8_600, max: 17_200 });
  });
});

describe("probabilities", () => {
  const pk = (text: string) => layer(load([`defense.layers.iron-beam.pk=${text}`]), "iron-beam").pk;
  it("reads percents and distributions of percents", () => {
    expect(pk("85%")).toMatchObject({
      base: 0.85,
      dist: null,
      path: "defense.layers.iron-beam.pk",
    });
    // uniform [0.7, 0.95] → midpoint 0.825.
    expect(pk("{uniform: [70%, 95%]}")).toMatchObject({
      base: 0.825,
      dist: { kind: "uniform", min: 0.7, max: 0.95 },
    });
    // beta(8, 2) → 8 / 10.
    expect(pk("{beta: [8, 2]}")).toMatchObject({
      base: 0.8,
      dist: { kind: "beta", alpha: 8, beta: 2, scale: 1 },
    });
    // 60% to 90% → lognormal, median sqrt(0.6 × 0.9) = sqrt(0.54) = 0.734846…
    expect(pk("60% to 90%").base).toBeCloseTo(0.7348469, 6);
    // B's percent sign carries over to a bare A, as a unit does.
    expect(pk("60 to 90%").base).toBeCloseTo(0.7348469, 6);
    expect(pk("{normal: [0.8, 0.05]}").base).toBe(0.8);
  });
});

describe("defaults and counts", () => {
  it("fills the defaults of model.md §2", () => {
    const s = load();
    const f35 = layer(s, "f35-aim9x");
    expect(f35).toMatchObject({
      name: "f35-aim9x",
      doctrine: { type: "salvo", shots: 1 },
      magazine: 8,
      capacity: null,
      engages: null,
      discriminates: false,
      acquisition: null,
      ref: null,
    });
    expect(f35.availability).toEqual({
      path: "defense.layers.f35-aim9x.availability",
      unit: "probability",
      base: 1,
      dist: null,
      source: "scenario",
      defaulted: true,
    });
    expect(f35.fixedCost.base).toBe(0);
    expect(drone(s, "gerbera").damage.base).toBe(0);
    expect(s.description).toBe("");
    expect(s.sources).toEqual([]);
  });

  it("reads counts with suffixes and acquisition inputs in id form", () => {
    const s = load([
      "defense.layers.f35-aim9x.magazine=1k",
      "defense.layers.iron-beam.acquisition={cost: 200M, lifeYears: 20, attacksPerYear: 50}",
    ]);
    expect(layer(s, "f35-aim9x").magazine).toBe(1000);
    expect(layer(s, "iron-beam").acquisition).toMatchObject({
      cost: { path: "defense.layers.iron-beam.acquisition.cost", base: 200_000_000 },
      lifeYears: 20,
      attacksPerYear: 50,
    });
  });

  it("gives a lone drone type the whole swarm and defaults kind to other", () => {
    const text =
      "title: t\ncurrency: EUR\npriceYear: 2025\nthreat:\n  swarmSizes: [5]\n  drones:\n    - id: a\n      unitCost: 1k\ndefense:\n  layers:\n    - id: g\n      costPerShot: 1\n      pk: 0.5\n";
    const r = loadScenario(text, { file: "t.yaml" });
    expect(r.ok && r.scenario.drones[0]!.share).toBe(1);
    expect(r.ok && r.scenario.layers[0]!.kind).toBe("other");
  });

  it("allows zero layers", () => {
    // Variants are cut too: theirs name the layers removed here.
    const r = loadScenario(VALID.replace(/defense:[\s\S]*/, "defense:\n  layers: []\n"), {
      file: "t.yaml",
    });
    expect(r.ok ? r.scenario.layers : "failed").toEqual([]);
  });
});
