// Issue 15: hostile or careless input gets a clear error, never an internal one.
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/index.js";
import { VALID } from "./fixtures.js";

function problems(text: string, overrides: string[] = []) {
  const r = loadScenario(text, { file: "t.yaml", overrides });
  if (r.ok) throw new Error("expected the scenario to fail");
  return r.problems.map((p) => ({ code: p.code, path: p.path, message: p.message }));
}
const codes = (text: string, overrides: string[] = []) =>
  problems(text, overrides).map((p) => [p.code, p.path]);

describe("bounds per kind of quantity", () => {
  it("refuses money above 1e15, naming the bound", () => {
    const [p] = problems(VALID, ["threat.drones.gerbera.unitCost=1e308"]);
    expect(p).toMatchObject({ code: "too-large", path: "threat.drones[1].unitCost" });
    expect(p!.message).toBe("expected money of at most 1e15, found 1e+308");
  });

  it("refuses counts above 1e9, swarm sizes above 1e7 and durations above 10 years", () => {
    expect(codes(VALID, ["defense.layers.f35-aim9x.magazine=2e9"])).toEqual([
      ["too-large", "defense.layers[0].magazine"],
    ]);
    expect(codes(VALID, ["threat.swarmSizes=[1, 1e20]"])).toEqual([
      ["too-large", "threat.swarmSizes[1]"],
    ]);
    expect(codes(VALID, ["defense.layers.iron-beam.capacity.window=1e12 s"])).toEqual([
      ["too-large", "defense.layers[1].capacity.window"],
    ]);
  });

  it("reads a price year only within 1900..2100", () => {
    for (const y of ["1e308", "-5", "1e6", "2025.5"])
      expect(codes(VALID, [`priceYear=${y}`])).toEqual([["year-range", "priceYear"]]);
    expect(codes(VALID, ["defense.layers.f35-aim9x.costPerShot={value: 1k, year: 3000}"])).toEqual([
      ["year-range", "defense.layers[0].costPerShot.year"],
    ]);
  });
});

describe("a salvo larger than the magazine", () => {
  it("is an error naming both fields", () => {
    const [p] = problems(VALID, ["defense.layers.f35-aim9x.doctrine={type: salvo, shots: 9}"]);
    expect(p).toMatchObject({
      code: "salvo-above-magazine",
      path: "defense.layers[0].doctrine.shots",
    });
    expect(p!.message).toContain("doctrine.shots (9) is larger than magazine (8)");
  });
});

describe("YAML that would trip the parser", () => {
  it("deep nesting says so, with the limit", () => {
    const deep = `title: ${"[".repeat(5000)}${"]".repeat(5000)}\n`;
    const [p] = problems(deep);
    expect(p).toMatchObject({ code: "nesting-too-deep" });
    expect(p!.message).toContain("limit 100 levels");
  });

  it("an undefined alias is reported as one, not as an alias bomb", () => {
    const [p] = problems(`title: *nope\n${VALID.replace("title: Test\n", "")}`);
    expect(p).toMatchObject({ code: "undefined-alias" });
    expect(p!.message).toContain("*nope");
  });

  it("a complex key is an error", () => {
    expect(problems(`? [1, 2]\n: 3\n${VALID}`).map((p) => p.code)).toEqual(["complex-key"]);
  });

  it("!!binary and !!timestamp values say what they are", () => {
    const [p] = problems(VALID.replace("title: Test", "title: !!binary aGVsbG8="));
    expect(p!.message).toContain("binary data (!!binary)");
    const [q] = problems(VALID.replace("title: Test", "title: !!timestamp 2025-01-01"));
    expect(q!.message).toContain("a timestamp (!!timestamp)");
  });

  it("a binary file is not echoed back", () => {
    const bytes = `title: x\n\u0000\u0001\u0002${"\u0000".repeat(1000)}`;
    const all = problems(bytes);
    expect(all.map((p) => p.code)).toEqual(["not-text"]);
    expect(all[0]!.message.length).toBeLessThan(200);
  });
});
