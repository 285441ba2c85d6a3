import { describe, expect, it } from "vitest";
import { renderSvg, svgSize } from "../../src/render/index.js";
import { barSpec, lineSpec } from "./specs.js";
import { expectSvgGolden, normalizeSvg } from "./svg-golden.js";

describe("renderSvg", () => {
  it("renders an SVG document with Inter text", async () => {
    const svg = await renderSvg(barSpec);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('font-family="Inter"');
    // The title's € and — survive as characters (not entities or "?").
    expect(svg).toContain("Cost per kill — €");
  });

  it("gives byte-identical output for identical input", async () => {
    const [a, b] = [await renderSvg(lineSpec), await renderSvg(lineSpec)];
    expect(a).toBe(b);
  });

  it("matches the golden SVG of a tiny bar chart", async () => {
    await expectSvgGolden(await renderSvg(barSpec), "bar");
  });

  it("sizes the bar chart as Vega lays it out", async () => {
    // The 200 px plot starts after the y axis (the root group's x offset) and
    // Vega pads 5 px on the right: width = offset + 200 + 5.
    const svg = await renderSvg(barSpec);
    const offset = Number(/<g fill="none"[^>]*transform="translate\(([\d.]+),/.exec(svg)?.[1]);
    expect(offset).toBeGreaterThan(20);
    expect(svgSize(svg).width).toBe(offset + 200 + 5);
  });
});

describe("svgSize", () => {
  it("reads the root element's width and height", () => {
    expect(
      svgSize(
        '<svg xmlns="x" width="12.5" height="7" viewBox="0 0 12.5 7"><rect width="3" height="4"/></svg>',
      ),
    ).toEqual({ width: 12.5, height: 7 });
  });

  it("throws when they are missing", () => {
    expect(() => svgSize("<svg></svg>")).toThrow(/width and height/);
  });
});

describe("normalizeSvg (golden helper)", () => {
  it("rounds long floats to 2 decimals and keeps short ones", () => {
    expect(normalizeSvg('<path d="M3.3333333,49.09 L1.23456,-0.00004"/>')).toBe(
      '<path d="M3.33,49.09 L1.23,0"/>\n',
    );
  });

  it("renumbers ids and their references in order of appearance", () => {
    const svg =
      '<clipPath id="clip7"/><g clip-path="url(#clip7)"/><use href="#clip7"/><clipPath id="clip3"/>';
    expect(normalizeSvg(svg)).toBe(
      '<clipPath id="id1"/>\n<g clip-path="url(#id1)"/>\n<use href="#id1"/>\n<clipPath id="id2"/>\n',
    );
  });
});
