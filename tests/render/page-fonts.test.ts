// Inter embedded in every page (src/render/page-fonts.ts): the subset's
// characters, the files `npm run build` writes, and the CSS that loads them.
import { describe, expect, it } from "vitest";
import { PAGE_FONT_TEXT, fontFaceCss, loadPageFonts } from "../../src/render/index.js";

describe("page fonts", () => {
  it("keeps the characters of the shipped scenarios' names and of cxr's own labels", () => {
    // Polish, Ukrainian and Russian place names; the signs chart labels use.
    for (const c of "ŁłóźżąęśćńЇїҐґЄєІіЖжЩщЫыЁё€$£×÷–—…·≤≥±−→′″‘’“”")
      expect(PAGE_FONT_TEXT, c).toContain(c);
  });

  it("are WOFF2 files of one weight each, built by npm run build", async () => {
    const fonts = await loadPageFonts();
    expect(fonts.map((f) => f.weight)).toEqual([400, 500, 600, 700]);
    for (const f of fonts) {
      const bytes = Buffer.from(f.woff2, "base64");
      expect(bytes.subarray(0, 4).toString("latin1")).toBe("wOF2");
      // A subset, not the 340 KB TTF: tens of kilobytes.
      expect(bytes.length).toBeGreaterThan(10_000);
      expect(bytes.length).toBeLessThan(80_000);
    }
  });

  it("loads them by @font-face from data: URLs, one rule per weight", () => {
    const css = fontFaceCss([
      { weight: 400, woff2: "AAAA" },
      { weight: 700, woff2: "BBBB" },
    ]);
    expect(css.split("\n")).toEqual([
      '@font-face { font-family: "Inter"; font-style: normal; font-weight: 400; font-display: block; src: url(data:font/woff2;base64,AAAA) format("woff2"); }',
      '@font-face { font-family: "Inter"; font-style: normal; font-weight: 700; font-display: block; src: url(data:font/woff2;base64,BBBB) format("woff2"); }',
    ]);
    expect(fontFaceCss([])).toBe("");
  });
});
