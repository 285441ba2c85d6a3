// The briefing's views of a run (src/briefing/): where the CER crosses 1
// between rows, the frame every chart shares, and the assumptions table.
import { describe, expect, it } from "vitest";
import { assumptions, chartFrame, rowCrossings } from "../../src/briefing/index.js";
import { evaluate } from "../../src/engine/index.js";
import type { OutcomeRow } from "../../src/model/index.js";
import { DETERMINISTIC } from "../../src/results/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { VALID } from "../scenario/fixtures.js";

const loaded = loadScenario(VALID, { file: "t.yaml" });
if (!loaded.ok) throw new Error("the fixture does not load");
const scenario = loaded.scenario;

/** Rows with only the size and CER set (all rowCrossings reads). */
const rows = (points: readonly [number, number | null][]): OutcomeRow[] =>
  points.map(([swarmSize, cer]) => ({ ...evaluate(scenario)[0]!, swarmSize, cer }));

describe("rowCrossings", () => {
  it("interpolates in log(size)–log(CER): CER 4 at 1 and 1/4 at 100 cross 1 at 10", () => {
    // ln 4 and ln 1/4 are symmetric about 0: halfway in log size, √(1 × 100) = 10.
    const [c] = rowCrossings(
      rows([
        [1, 4],
        [100, 0.25],
      ]),
    );
    expect(c!.direction).toBe("down");
    expect(c!.swarmSize).toBeCloseTo(10, 10);
  });

  it("finds a rise, ignores rows without a CER, and takes another target", () => {
    expect(
      rowCrossings(
        rows([
          [1, 0.5],
          [4, 2],
        ]),
      )[0]!.direction,
    ).toBe("up");
    expect(
      rowCrossings(
        rows([
          [1, 0.5],
          [4, null],
          [9, 2],
        ]),
      ),
    ).toEqual([]);
    // Target 2: CER 1 at 1 and 4 at 4 cross 2 halfway in log size, at 2.
    expect(
      rowCrossings(
        rows([
          [1, 1],
          [4, 4],
        ]),
        2,
      )[0]!.swarmSize,
    ).toBeCloseTo(2, 10);
  });
});

describe("chartFrame", () => {
  it("carries the scenario's title, money, provenance and the run's mode", () => {
    const frame = chartFrame(scenario, DETERMINISTIC);
    expect(frame).toMatchObject({
      title: "Test",
      currency: "EUR",
      priceYear: 2025,
      mode: "deterministic",
      trials: null,
      seed: null,
    });
    expect(frame.provenance).toEqual(scenario.provenance);
  });
});

describe("assumptions", () => {
  const table = assumptions(scenario, (id) => `title of ${id}`);

  it("has one row per input, with the range of each uncertain one and its kind", () => {
    const pk = table.find((a) => a.path === "defense.layers.iron-beam.pk")!;
    // uniform [70 %, 95 %]: base the midpoint 82.5 %, shown as min–max.
    expect(pk.range).toContain("uniform, min–max");
    expect(pk.range).toMatch(/70.*95/);
    const plain = table.find((a) => a.path === "defense.layers.f35-aim9x.pk")!;
    expect(plain.range).toBe("");
  });

  it("names the source of each figure", () => {
    // A figure the file states without a source says so in words, never "scenario".
    expect(
      table.every(
        (a) => a.source === "the scenario (no source given)" || a.source.includes("title of"),
      ),
    ).toBe(true);
  });
});
