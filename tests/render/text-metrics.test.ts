import { describe, expect, it } from "vitest";
import { interTextWidth, renderSvg, svgSize } from "../../src/render/index.js";

describe("Inter text metrics", () => {
  it("scales with the font size and adds up glyph advances", () => {
    // Advances are per em, so 20 px is exactly twice 10 px; "ll" has no kerning pair.
    expect(interTextWidth("Defence", 20)).toBeCloseTo(2 * interTextWidth("Defence", 10), 10);
    expect(interTextWidth("ll", 12)).toBeCloseTo(2 * interTextWidth("l", 12), 10);
  });

  it("is narrower than Vega's 0.8 em guess and wider in bold", () => {
    const text = "Defence pays 13× the attacker at 19 drones";
    const regular = interTextWidth(text, 22, 400);
    expect(regular).toBeLessThan(0.8 * 22 * text.length * 0.75);
    expect(interTextWidth(text, 22, 700)).toBeGreaterThan(regular);
    expect(interTextWidth(text, 22, "bold")).toBe(interTextWidth(text, 22, 700));
  });

  it("lets a chart with a long title be exactly as wide as that title needs", async () => {
    // A 10 px plot under a long title: the SVG width is the title's measured
    // width plus Vega's 5 px padding on each side.
    const title = "A long title that is much wider than its tiny plot underneath";
    const svg = await renderSvg({
      title: { text: title, fontSize: 20, fontWeight: 400, anchor: "start", font: "Inter" },
      width: 10,
      height: 10,
      mark: "point",
      data: { values: [] },
      config: { font: "Inter", view: { stroke: null } },
    });
    expect(svgSize(svg).width).toBe(Math.ceil(interTextWidth(title, 20, 400)) + 10);
  });
});
