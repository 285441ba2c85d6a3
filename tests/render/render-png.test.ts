import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { renderPng, renderSvg, svgSize, svgToPng } from "../../src/render/index.js";
import { darkPixels, decodePng, pngSize } from "./png-decode.js";
import { barSpec, titleOnlySpec } from "./specs.js";

describe("renderPng", () => {
  it("is SVG size × scale (default 2)", async () => {
    const { width, height } = svgSize(await renderSvg(barSpec));
    expect(pngSize(await renderPng(barSpec))).toEqual({ width: width * 2, height: height * 2 });
    expect(pngSize(await renderPng(barSpec, { scale: 1 }))).toEqual({ width, height });
    expect(pngSize(await renderPng(barSpec, { scale: 3 }))).toEqual({
      width: width * 3,
      height: height * 3,
    });
  });

  it("is not blank, and draws text in the title band", async () => {
    const image = decodePng(await renderPng(barSpec, { scale: 2 }));
    expect(darkPixels(image, 0, image.height)).toBeGreaterThan(1000);
    // The plot starts 22 CSS px down (translate(43,22) in the SVG): rows
    // 0–20 hold only the title, so dark pixels there are glyphs.
    expect(darkPixels(image, 0, 20 * 2)).toBeGreaterThan(100);
  });

  it("draws a title-only chart's title with the bundled Inter", async () => {
    const svg = await renderSvg(titleOnlySpec);
    const image = decodePng(await svgToPng(svg, { scale: 2 }));
    // The plot frame starts at y = 29 CSS px; nothing but the title is drawn.
    const titleBand = darkPixels(image, 0, 29 * 2);
    expect(titleBand).toBeGreaterThan(200);
    expect(darkPixels(image, 29 * 2, image.height)).toBe(0);

    // Control: the same SVG without any font file draws no text at all, so
    // the count above can only come from the Inter files being loaded.
    const bare = new Resvg(svg, {
      font: { loadSystemFonts: false },
      fitTo: { mode: "zoom", value: 2 },
      background: "white",
    });
    const noFont = decodePng(new Uint8Array(bare.render().asPng()));
    expect(darkPixels(noFont, 0, noFont.height)).toBe(0);
  });

  it("gives identical bytes for identical input", async () => {
    expect(
      Buffer.from(await renderPng(barSpec)).equals(Buffer.from(await renderPng(barSpec))),
    ).toBe(true);
  });
});

describe("fontFilesFor", () => {
  it("loads Regular always and the other weights only where the SVG uses them", async () => {
    const { fontFilesFor, interFontFiles } = await import("../../src/render/index.js");
    const f = interFontFiles();
    expect(fontFilesFor("<svg><text>a</text></svg>")).toEqual([f.regular]);
    expect(
      fontFilesFor('<svg><text font-weight="600">a</text><text font-weight="500">b</text></svg>'),
    ).toEqual([f.regular, f.medium, f.semiBold]);
    expect(fontFilesFor('<svg><text font-weight="bold">a</text></svg>')).toEqual([
      f.regular,
      f.bold,
    ]);
  });
});
