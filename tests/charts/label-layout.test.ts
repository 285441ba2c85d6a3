import { describe, expect, it } from "vitest";
import {
  LabelSpace,
  boxesOverlap,
  segmentCrossesBox,
  spotsBesideVertical,
  textBox,
} from "../../src/charts/label-layout.js";
import { interTextWidth } from "../../src/render/text-metrics.js";

const STYLE = { fontSize: 12, fontWeight: 400 };

describe("label layout", () => {
  it("boxes text as Vega does: Inter's advance width, the font size tall, hung from its baseline", () => {
    const w = interTextWidth("out of shots", 12);
    // baseline top: top = y + round(0.79 × 12) − round(0.8 × 12) = y + 9 − 10 = y − 1.
    expect(
      textBox("out of shots", STYLE, { x: 100, y: 50, align: "left", baseline: "top" }),
    ).toEqual({
      x0: 100,
      y0: 49,
      x1: 100 + w,
      y1: 61,
    });
    // baseline bottom, right-aligned: top = y + round(−2.52) − 10 = y − 13.
    expect(
      textBox("out of shots", STYLE, { x: 100, y: 50, align: "right", baseline: "bottom" }),
    ).toEqual({
      x0: 100 - w,
      y0: 37,
      x1: 100,
      y1: 49,
    });
  });

  it("finds segments through boxes, and not past them", () => {
    const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(segmentCrossesBox({ x0: -5, y0: 5, x1: 15, y1: 5 }, box)).toBe(true);
    expect(segmentCrossesBox({ x0: -5, y0: -5, x1: 15, y1: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x0: -5, y0: 12, x1: 15, y1: 12 }, box)).toBe(false);
    // Ends short of the box.
    expect(segmentCrossesBox({ x0: -5, y0: 5, x1: -1, y1: 5 }, box)).toBe(false);
    expect(boxesOverlap(box, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(boxesOverlap(box, { x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
  });

  it("moves a label off a rule that would strike it through, and off a label placed before", () => {
    // A 200 × 100 plot with a vertical rule at x = 60 and another at x = 70.
    const rules = [60, 70].map((x) => ({ x0: x, y0: 0, x1: x, y1: 100 }));
    const space = new LabelSpace(200, 100, { segments: rules, boxes: [] });
    const a = space.place("first", STYLE, "#000", spotsBesideVertical(70, space, "bottom"));
    const b = space.place("second", STYLE, "#000", spotsBesideVertical(70, space, "bottom"));
    for (const label of [a, b]) {
      expect(rules.some((r) => segmentCrossesBox(r, label.box))).toBe(false);
      expect(label.box.y1).toBeLessThanOrEqual(100);
    }
    expect(boxesOverlap(a.box, b.box)).toBe(false);
    // Right of the rule at 70 (the plot's wider side), 5 px off it.
    expect(a.spot).toMatchObject({ x: 75, align: "left" });
  });
});
