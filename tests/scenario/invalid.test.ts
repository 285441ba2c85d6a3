// Every broken scenario under tests/scenario/invalid/ must fail with the
// exact code, path and line below (lines counted by hand in each file), and
// a message that says what was expected or found.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario, MAX_SCENARIO_BYTES, type Problem } from "../../src/scenario/index.js";
import { testCatalog, VALID } from "./fixtures.js";
import { CASES } from "./invalid-cases.js";

const dir = new URL("./invalid/", import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

function problemsOf(
  text: string,
  options: Partial<Parameters<typeof loadScenario>[1]> = {},
): readonly Problem[] {
  const r = loadScenario(text, { file: "t.yaml", catalog: testCatalog, ...options });
  if (r.ok) throw new Error("expected the scenario to fail");
  return r.problems;
}

describe("broken scenario files", () => {
  it("has a case for every file and a file for every case (at least 25)", () => {
    expect(files.map((f) => f.replace(/\.yaml$/, ""))).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)("%s", (f) => {
    const c = CASES[f.replace(/\.yaml$/, "")]!;
    const problems = problemsOf(readFileSync(new URL(f, dir), "utf8"), { file: f });
    expect(problems).toHaveLength(c.count ?? 1);
    const p = problems.find((x) => x.code === c.code);
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect({ path: p!.path, line: p!.line, file: p!.file }).toEqual({
      path: c.path,
      line: c.line,
      file: f,
    });
    expect(p!.message).toContain(c.fragment);
  });
});

describe("broken input built in the test", () => {
  it("stops a billion-laughs alias bomb with one problem", () => {
    // 9 levels, each a list of 9 aliases of the level above: 9^9 ≈ 387 M nodes if expanded.
    const lines = ['a0: &a0 "lol"'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    const problems = problemsOf(lines.join("\n"));
    expect(problems.map((p) => p.code)).toEqual(["alias-limit"]);
    // Every error names its file, this one too.
    expect(problems[0]!.file).not.toBeNull();
  });

  it("refuses --set paths through Object's own machinery", () => {
    const text =
      "currency: EUR\npriceYear: 2025\nthreat:\n  swarmSizes: [1]\n  drones:\n    - { id: a, unitCost: 1, share: 1 }\n";
    for (const set of ["threat.__proto__=1", "__proto__={a: 1}", "threat.constructor.x=1"]) {
      expect(problemsOf(text, { overrides: [set] }).map((p) => p.code)).toEqual(["set-path"]);
    }
  });

  it("reports keys named like Object's own properties as unknown, never crashing", () => {
    const text = [
      "currency: EUR",
      "priceYear: 2025",
      "threat:",
      "  swarmSizes: [1]",
      "  drones:",
      "    - { id: a, unitCost: 1, share: 1, constructor: 1, toString: 2 }",
    ].join("\n");
    const codes = problemsOf(text).map((p) => p.code);
    expect(codes).toEqual(["unknown-key", "unknown-key"]);
  });

  it("refuses a 50 MB file before parsing it", () => {
    const text = `title: x\n# ${"x".repeat(50 * 1024 * 1024)}\n`;
    expect(text.length).toBeGreaterThan(MAX_SCENARIO_BYTES);
    const problems = problemsOf(text);
    expect(problems).toEqual([
      expect.objectContaining({ code: "file-too-large", path: "", file: "t.yaml", line: null }),
    ]);
  });

  it("counts bytes, not characters: 3 MiB of 'é' (2 bytes each) is too large", () => {
    const problems = problemsOf(`title: ${"é".repeat(3 * 1024 * 1024)}\n`);
    expect(problems.map((p) => p.code)).toEqual(["file-too-large"]);
  });

  it("reports --set to a missing path with the keys that exist", () => {
    const problems = problemsOf(VALID, { overrides: ["defense.lyers.iron-beam.pk=0.9"] });
    expect(problems).toEqual([
      {
        code: "set-path",
        path: "defense",
        file: "--set",
        line: null,
        col: null,
        message: 'no "lyers" in defense; it has: layers',
      },
    ]);
  });

  it("reports --set to a list item that matches no id or index", () => {
    const [p] = problemsOf(VALID, { overrides: ["threat.drones.7.unitCost=1"] });
    expect(p).toMatchObject({ code: "set-path", file: "--set", path: "threat.drones" });
    expect(p!.message).toBe('no "7" in threat.drones; it has: shahed, gerbera');
  });

  it("names the top-level keys when the first segment is wrong", () => {
    const [p] = problemsOf(VALID, { overrides: ["thread.swarmSizes=[1]"] });
    expect(p!.message).toBe(
      'no "thread" in the scenario; it has: title, currency, priceYear, fx, inflation, threat, defense, variants',
    );
  });

  it("reports a malformed --set", () => {
    const problems = problemsOf(VALID, { overrides: ["defense.layers.iron-beam.pk"] });
    expect(problems).toEqual([
      expect.objectContaining({
        code: "set-syntax",
        file: "--set",
        message: 'expected --set PATH=VALUE, found "defense.layers.iron-beam.pk"',
      }),
    ]);
  });

  it("reports an unknown variant with the names that exist", () => {
    const problems = problemsOf(VALID, { variant: "cheep" });
    expect(problems.map((p) => p.code)).toEqual(["unknown-variant"]);
    expect(problems[0]!.message).toBe(
      'no variant named "cheep"; the variants are: cheap, pricey-drones',
    );
  });

  it("reports ref: when no catalog is given", () => {
    const text = VALID.replace("    - id: gerbera\n", "    - id: gerbera\n      ref: gerbera\n");
    const r = loadScenario(text, { file: "t.yaml" });
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ["no-catalog", "threat.drones[1].ref", 14],
    ]);
  });

  it("reports every mistake of a file with several, in line order", () => {
    const text = `title: t
currency: EUR
priceYear: 2025
colour: red
threat:
  swarmSizes: [1, 0]
  drones:
    - id: a
      unitCost: -1
      share: 50%
    - id: b
      unitCost: 5 GBP
      share: 40%
defense:
  layers:
    - id: gun
      costPerShot: 10 kUSD
      pk: 120%
      magazine: 1.5
      engages: [c]
`;
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.line, p.code, p.path])).toEqual([
      [4, "unknown-key", "colour"],
      [6, "count-range", "threat.swarmSizes[1]"],
      [9, "negative-money", "threat.drones[0].unitCost"],
      [12, "unknown-currency", "threat.drones[1].unitCost"],
      [17, "money-spelling", "defense.layers[0].costPerShot"],
      [18, "probability-range", "defense.layers[0].pk"],
      [19, "not-whole", "defense.layers[0].magazine"],
      [20, "unknown-drone", "defense.layers[0].engages[0]"],
    ]);
  });
});
