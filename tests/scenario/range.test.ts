// The one range grammar, FROM..TO[:linear|:log][:POINTS] (src/scenario/range.ts),
// and the three flags that read it: --sizes, --sweep (and --x), --range.
import { describe, expect, it } from "vitest";
import { parseRange, parseSweep, parseSwarmSizes } from "../../src/scenario/index.js";
import { readPlain } from "../../src/scenario/quantity.js";
import { cli } from "../cli/run-cli.js";

describe("parseRange", () => {
  it.each([
    // Ends read as the loader reads a quantity: the scale shifts the exponent.
    ["10k..4.1M", { from: 10_000, to: 4_100_000, scale: "linear", points: null }],
    ["50%..90%:5", { from: 0.5, to: 0.9, scale: "linear", points: 5 }],
    ["1..1000:log:4", { from: 1, to: 1000, scale: "log", points: 4 }],
    ["1..1000:4:log", { from: 1, to: 1000, scale: "log", points: 4 }],
    [" 2 million .. 1.2e6 : linear ", { from: 2e6, to: 1.2e6, scale: "linear", points: null }],
    ["-5..5", { from: -5, to: 5, scale: "linear", points: null }],
  ])("%s", (text, spec) => {
    expect(parseRange(text)).toEqual(spec);
  });

  it("reads 4.1M exactly, as the loader does (4.1 × 1e6 would be 4099999.9999999995)", () => {
    expect(4.1 * 1e6).not.toBe(4_100_000);
    const r = parseRange("4.1M..5M");
    expect(typeof r !== "string" && r.from).toBe(4_100_000);
    expect(typeof r !== "string" && r.from).toBe(readPlain("4.1M"));
  });

  it.each([
    ["1m..2m", "expected a range"], // m is no scale: M is
    ["1b..2", "expected a range"],
    ["10k", "expected a range"],
    ["1..2..3", "expected a range"],
    ["..5", "expected a range"],
    ["1 USD..2 USD", "expected a range"], // money has no place in a range
    ["1..5:cubic", "found ':cubic'"],
    ["1..5:log:log", "found ':log'"],
    ["1..5:3:4", "found ':4'"],
  ])("refuses %s", (text, message) => {
    expect(parseRange(text)).toContain(message);
  });
});

describe("the flags that read it", () => {
  it("--sizes: every whole number without POINTS, log needs POINTS", () => {
    expect(parseSwarmSizes("1..5")).toEqual([1, 2, 3, 4, 5]);
    expect(parseSwarmSizes("1..1k:log:4")).toEqual([1, 10, 100, 1000]);
    expect(parseSwarmSizes("1..1000:log")).toMatchObject({ code: "sizes-syntax" });
    expect(parseSwarmSizes("1m..2m")).toMatchObject({ code: "sizes-syntax" });
  });

  it("--sweep: 12 points by default, 2 to 200, log above 0", () => {
    const s = parseSweep("a.b=4.1M..5.2M");
    if (typeof s === "string") throw new Error(s);
    // 4.1M + (5.2M − 4.1M) × i/11: the first is 4.1M exactly, no 4099999.9999999995.
    expect(s.values).toHaveLength(12);
    expect(s.values[0]).toBe(4_100_000);
    expect(s.values[11]).toBe(5_200_000);
    expect(parseSweep("a.b=1m..2m")).toContain("expected a range");
    expect(parseSweep("a.b=1..2:1")).toContain("from 2 to 200");
    expect(parseSweep("a.b=0..2:log")).toBe("a log sweep needs FROM and TO above 0");
  });

  it("--range (breakeven): FROM..TO, FROM < TO, no scale or points", async () => {
    const file = "scenarios/poland-2025-09-10.yaml";
    const param = ["--param", "threat.drones.gerbera.unitCost"];
    for (const bad of ["1m..2m", "5M..1M", "1..5:log"]) {
      const r = await cli(["breakeven", file, ...param, "--range", bad]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("--range must be FROM..TO")]);
    }
    expect((await cli(["breakeven", file, ...param, "--range", "1k..4.1M"])).code).toBe(0);
  });
});
