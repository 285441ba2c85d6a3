// `--focus` that is not a swept size is added to the sizes, never snapped to a
// neighbour (issue 11 item 5): the chart speaks of exactly that size and runs
// it as a row of its own; without --focus the middle size is the focus.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withFocus } from "../../src/analysis/index.js";
import { cli } from "../cli/run-cli.js";

const FLAGSHIP = "scenarios/poland-2025-09-10.yaml";

/** The swarm sizes of a chart spec's inline data (every layer). */
function sizesIn(spec: unknown): number[] {
  const sizes = new Set<number>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (typeof o.swarmSize === "number") sizes.add(o.swarmSize);
      Object.values(o).forEach(walk);
    }
  };
  walk(spec);
  return [...sizes].sort((a, b) => a - b);
}

describe("the focus size", () => {
  it("adds a focus that is not swept, in order, and keeps one that is", () => {
    const s = { focus: null, swarmSizes: [1, 10, 100] };
    expect(withFocus(s, 19)).toEqual({ focus: 19, swarmSizes: [1, 10, 19, 100] });
    expect(withFocus(s, 10)).toEqual({ focus: 10, swarmSizes: [1, 10, 100] });
    // No --focus: the scenario's own, else the middle size.
    expect(withFocus({ ...s, focus: 40 })).toEqual({ focus: 40, swarmSizes: [1, 10, 40, 100] });
    expect(withFocus(s)).toEqual({ focus: 10, swarmSizes: [1, 10, 100] });
  });

  it("cxr chart --focus 19 with sizes 1,10,100 speaks of 19 drones, not 10", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxr-focus-")), "c.vl.json");
    const args = ["chart", FLAGSHIP, "--type", "cer", "--sizes", "1,10,100", "--focus", "19"];
    const r = await cli([...args, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const spec = JSON.parse(readFileSync(out, "utf8"));
    expect(spec.title.text).toMatch(/ at 19 drones$/);
    expect(sizesIn(spec)).toContain(19);
  });

  it("cxr chart --type tornado --focus 19 runs the sensitivity at 19, not a neighbour", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxr-focus-")), "t.vl.json");
    const args = ["chart", FLAGSHIP, "--type", "tornado", "--sizes", "1,10,100", "--focus", "19"];
    const r = await cli([...args, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).title.text).toContain("at 19 drones");
  });
});
