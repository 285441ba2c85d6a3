import { describe, expect, it } from "vitest";
import { escapeControls, runDocument, toCsv, toJson, toTable } from "../../src/results/index.js";
import { HOSTILE, UNSAFE_CHAR, deterministicRun, smallScenario } from "./fixtures.js";

describe("hostile strings in every output of a run", () => {
  for (const text of HOSTILE) {
    const label = JSON.stringify(text.slice(0, 24));
    const s = smallScenario({
      title: text,
      layers: smallScenario().layers.map((l) => ({ ...l, name: text })),
      provenance: { variant: text, overrides: [{ path: "defense.layers.sam.pk", value: text }] },
    });
    const run = deterministicRun(s);

    it(`escapes ${label} in the terminal table`, () => {
      const table = toTable(s, run);
      expect(table).not.toMatch(UNSAFE_CHAR);
      // Every line is a heading line, a table line or blank: nothing rewrote the layout.
      expect(table.split("\n").length).toBe(toTable(smallScenario(), run).split("\n").length + 1);
    });

    it(`keeps ${label} as the same JSON value, safe to print`, () => {
      const json = toJson(runDocument(s, run));
      expect(json).not.toMatch(UNSAFE_CHAR);
      expect(JSON.parse(json).title).toBe(text);
    });

    it(`writes ${label} to CSV only in comment lines, escaped`, () => {
      const csv = toCsv(run.rows, s.provenance);
      const comments = csv.split("\n").filter((l) => l.startsWith("#"));
      expect(comments).toHaveLength(2);
      for (const c of comments) expect(c).not.toMatch(UNSAFE_CHAR);
    });
  }

  it("escapes ESC, OSC, CR, NUL and bidi overrides visibly", () => {
    expect(escapeControls("a\u001b[2Jb")).toBe("a\\u001b[2Jb");
    expect(escapeControls("x\u202Ey")).toBe("x\\u202ey");
    expect(escapeControls("a\rb\nc")).toBe("a\\rb\\nc");
    expect(escapeControls("a\nb\u0000", { keepNewlines: true })).toBe("a\nb\\u0000");
  });
});
