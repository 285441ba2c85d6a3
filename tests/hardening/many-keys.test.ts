// A 1 MB scenario with 100,000 unknown keys: validation reports each one,
// and no step compares every key with every other (yaml's own duplicate
// check, and finding each problem's line, were quadratic: 20,000 keys took
// 10 s, 200,000 did not finish in 2 minutes). Also: no list of problems is spread into a
// call (200,000 arguments overflow the stack).
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/index.js";
import { VALID } from "../scenario/fixtures.js";

describe("a scenario with 100,000 keys", () => {
  it("reports every unknown key with its line", () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`).join("\n");
    const r = loadScenario(`${VALID}\n${keys}\n`, { file: "big.yaml" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const unknown = r.problems.filter((p) => p.code === "unknown-key");
    expect(unknown).toHaveLength(100_000);
    // VALID has n lines; key k99999 sits on line n + 100,000.
    const n = VALID.split("\n").length;
    const last = unknown.find((p) => p.path === "k99999");
    expect(last?.line).toBe(n + 100_000);
  }, 60_000);

  it("still reports a duplicate key once, at the second occurrence", () => {
    const r = loadScenario(`${VALID}\nk1: 1\nk2: 2\nk1: 3\n`, { file: "dup.yaml" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ["duplicate-key", VALID.split("\n").length + 3],
    ]);
  });
});
