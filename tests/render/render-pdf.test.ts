import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { renderPdf, renderSvg, svgSize, svgToPdf } from "../../src/render/index.js";
import { barSpec, lineSpec } from "./specs.js";

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");

/** Text objects (`BT … ET`) across every Flate-compressed stream of the PDF. */
function textObjects(pdf: Uint8Array): number {
  let count = 0;
  for (const match of latin1(pdf).matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    const content = inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1");
    count += (content.match(/^BT$/gm) ?? []).length;
  }
  return count;
}

describe("renderPdf", () => {
  it("writes a PDF with Inter embedded", async () => {
    const text = latin1(await renderPdf(barSpec));
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
    // A TrueType font program, subset-tagged (`ABCDEF+Inter-Regular`).
    expect(text).toContain("/FontFile2");
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Bold/);
    expect(text).not.toContain("Helvetica");
  });

  it("draws every SVG text element as PDF text (vector, not outlines)", async () => {
    const svg = await renderSvg(barSpec);
    // 9 in the bar chart: title, 2 axis titles, 3 + 3 tick labels.
    const texts = (svg.match(/<text\b/g) ?? []).length;
    expect(texts).toBe(9);
    expect(textObjects(await svgToPdf(svg))).toBe(texts);
  });

  it("uses the Inter file of each text's weight (500 and 600 as in the chart theme)", async () => {
    const spec = {
      ...barSpec,
      config: {
        font: "Inter",
        title: { fontWeight: 600 },
        axis: { labelFontWeight: 500, titleFontWeight: "bold" },
      },
    } as const;
    const text = latin1(await renderPdf(spec));
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-SemiBold/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Medium/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Bold/);
    // No text is left at 400: every element sets a weight here.
    expect(text).not.toMatch(/Inter-Regular/);
  });

  it("is byte-identical across two renders", async () => {
    const a = await renderPdf(lineSpec);
    const b = await renderPdf(lineSpec);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("sizes the page to the chart: CSS px × 72/96 pt", async () => {
    const svg = await renderSvg(barSpec);
    const { width, height } = svgSize(svg);
    // 248 × 237 px → 186 × 177.75 pt.
    expect(latin1(await svgToPdf(svg))).toContain(
      `/MediaBox [0 0 ${width * 0.75} ${height * 0.75}]`,
    );
  });
});
