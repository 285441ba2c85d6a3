import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { focusRow } from "../../src/charts/index.js";
import type { OutcomeRow } from "../../src/model/index.js";
import { BASE_ROWS } from "./fixtures.js";

const withKills = (rows: readonly OutcomeRow[], kills: (n: number) => number): OutcomeRow[] =>
  rows.map((r) => ({ ...r, kills: kills(r.swarmSize) }));

describe("focus row", () => {
  it("defaults to the middle swarm size (the lower of an even count), kills or not", () => {
    // Sizes 1, 10, 19, 100 → index ⌊(4 − 1) / 2⌋ = 1 → 10; 1, 10, 19 → 10; 19, 100 → 19.
    expect(focusRow(BASE_ROWS)?.swarmSize).toBe(10);
    expect(focusRow(BASE_ROWS.slice(0, 3))?.swarmSize).toBe(10);
    expect(focusRow(BASE_ROWS.slice(2))?.swarmSize).toBe(19);
    expect(focusRow(withKills(BASE_ROWS, () => 0))?.swarmSize).toBe(10);
    expect(focusRow([])).toBeUndefined();
  });

  it("takes the row nearest focusSize, the smaller on a tie", () => {
    expect(focusRow(BASE_ROWS, 20)?.swarmSize).toBe(19);
    expect(focusRow(BASE_ROWS, 5.5)?.swarmSize).toBe(1); // 4.5 from both 1 and 10
    expect(focusRow(BASE_ROWS, 5000)?.swarmSize).toBe(100);
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...BASE_ROWS], { minLength: 1 }),
        fc.option(fc.integer({ min: 1, max: 200 })),
        (rows, size) => {
          const sorted = [...rows].sort((a, b) => a.swarmSize - b.swarmSize);
          const focus = size ?? undefined;
          expect(focusRow(rows, focus)).toBe(focusRow(sorted, focus));
        },
      ),
    );
  });
});
