// Part of `npm run build`: subsets Inter (the font every chart is measured
// and rendered with) to the characters of src/render/page-fonts.ts, as one
// WOFF2 file per weight in dist/fonts/, which every HTML page cxr writes
// embeds. subset-font (HarfBuzz's subsetter, compiled to WebAssembly) does
// the subsetting and WOFF2 compression; it runs here only, never in cxr.
import { mkdirSync, writeFileSync } from "node:fs";
import subsetFont from "subset-font";
import { interFontFiles } from "../src/render/fonts.js";
import { PAGE_FONT_TEXT, PAGE_FONT_WEIGHTS } from "../src/render/page-fonts.js";
import { readFile } from "node:fs/promises";

const files = interFontFiles();
const byWeight: Record<(typeof PAGE_FONT_WEIGHTS)[number], string> = {
  400: files.regular,
  500: files.medium,
  600: files.semiBold,
  700: files.bold,
};

mkdirSync("dist/fonts", { recursive: true });
const sizes = await Promise.all(
  PAGE_FONT_WEIGHTS.map(async (weight) => {
    const woff2 = await subsetFont(await readFile(byWeight[weight]), PAGE_FONT_TEXT, {
      targetFormat: "woff2",
    });
    writeFileSync(`dist/fonts/inter-${weight}.woff2`, woff2);
    return `${weight}: ${(woff2.length / 1024).toFixed(0)} KB`;
  }),
);
console.log(
  `dist/fonts: Inter subset to ${Array.from(PAGE_FONT_TEXT).length} characters (${sizes.join(", ")})`,
);
