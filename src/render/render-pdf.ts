/// <reference types="pdfkit" />
import { createRequire } from "node:module";
import type { TopLevelSpec } from "vega-lite";
import { FONT_FAMILY, interFontFiles } from "./fonts.js";
import { renderSvg } from "./render-svg.js";
import { svgSize } from "./svg-size.js";

/** The slice of svg-to-pdfkit's API used here (the package ships no types). */
type SvgToPdf = (
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  options: {
    width: number;
    height: number;
    fontCallback: (
      family: string,
      bold: boolean,
      italic: boolean,
      fontOptions: { fauxItalic: boolean },
    ) => string;
    warningCallback: (message: string) => void;
  },
) => void;

// Both are CommonJS; pdfkit's types are `export =`, which a default import
// cannot name without `esModuleInterop`, so both load through `require`.
const require = createRequire(import.meta.url);
const PDFDocument = require("pdfkit") as PDFKit.PDFDocument;
const svgToPdfKit = require("svg-to-pdfkit") as SvgToPdf;

/** PDF points per CSS pixel: 72 pt per inch over 96 px per inch. */
const PT_PER_PX = 72 / 96;

/** Inter's weights we ship, and the pdfkit font name registered for each. */
const WEIGHTS = [400, 500, 600, 700] as const;
const fontName = (weight: number): string => `${FONT_FAMILY}-${weight}`;

/**
 * Converts an SVG string to a one-page vector PDF whose page is exactly the
 * chart (width × 0.75 pt per CSS px), with Inter embedded as a subset.
 *
 * The bytes are deterministic: pdfkit stamps `CreationDate` (and derives the
 * file `/ID` from the info dictionary) at construction, so both are pinned to
 * the epoch; everything else it writes depends only on the input.
 *
 * @example
 * const pdf = await svgToPdf('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48"/>'); // a 72 × 36 pt page
 */
export async function svgToPdf(svg: string): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const fonts = interFontFiles();
  const doc = new PDFDocument({
    size: [width * PT_PER_PX, height * PT_PER_PX],
    margin: 0,
    autoFirstPage: true,
    info: { CreationDate: new Date(0), Producer: "cxr", Creator: "cxr" },
  });
  doc.registerFont(fontName(400), fonts.regular);
  doc.registerFont(fontName(500), fonts.medium);
  doc.registerFont(fontName(600), fonts.semiBold);
  doc.registerFont(fontName(700), fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  svgToPdfKit(doc, pinWeights(pdfDashes(svg)), 0, 0, {
    width: width * PT_PER_PX,
    height: height * PT_PER_PX,
    // Every chart family maps to Inter: the standard PDF Helvetica lacks
    // € and —, and a missing font would silently fall back to it.
    fontCallback: (family, bold, italic, fontOptions) => {
      fontOptions.fauxItalic = italic;
      return PINNED.test(family) ? family : fontName(bold ? 700 : 400);
    },
    // svg-to-pdfkit reports unsupported SVG features here; Vega's SVG uses
    // none that change the picture, and the core never writes to the console.
    warningCallback: () => undefined,
  });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const PINNED = new RegExp(`^${FONT_FAMILY}-(${WEIGHTS.join("|")})$`);

/**
 * svg-to-pdfkit only tells the font callback "bold or not", while the chart
 * theme uses 500 and 600 too. So each `<text>` tag's own weight is moved
 * into its family name (`font-family="Inter-600"`), which the callback
 * passes through: the PDF uses the same Inter files as the PNG.
 */
/**
 * pdfkit refuses a dash pattern with a length of 0 (`dash([1,0])` throws),
 * which SVG allows: a pattern whose gaps are all 0 is a solid line, so its
 * `stroke-dasharray` is dropped; other zero lengths become 0.001 px.
 *
 * @example pdfDashes('<path stroke-dasharray="1,0"/>'); // "<path/>"
 */
export function pdfDashes(svg: string): string {
  return svg.replace(/\sstroke-dasharray="([^"]*)"/g, (attr, list: string) => {
    const lengths = list
      .split(/[\s,]+/)
      .filter((t) => t !== "")
      .map(Number);
    if (lengths.every((l) => l > 0)) return attr;
    const gaps = lengths.length % 2 === 0 ? lengths.filter((_, i) => i % 2 === 1) : lengths;
    if (gaps.every((g) => !(g > 0))) return "";
    return ` stroke-dasharray="${lengths.map((l) => (l > 0 ? l : 0.001)).join(",")}"`;
  });
}

function pinWeights(svg: string): string {
  return svg.replace(/<text\b[^>]*>/g, (tag) => {
    const weight = /\sfont-weight="([^"]*)"/.exec(tag)?.[1];
    if (weight === undefined) return tag;
    const family = `font-family="${fontName(nearestWeight(weight))}"`;
    const rest = tag.replace(/\sfont-weight="[^"]*"/, "");
    return /\sfont-family="[^"]*"/.test(rest)
      ? rest.replace(/font-family="[^"]*"/, family)
      : rest.replace(/^<text\b/, `<text ${family}`);
  });
}

/** The shipped weight closest to a CSS `font-weight` value (`bold` = 700). */
function nearestWeight(value: string): number {
  const numeric = value === "bold" || value === "bolder" ? 700 : Number(value) || 400;
  return WEIGHTS.reduce((best, w) => (Math.abs(w - numeric) < Math.abs(best - numeric) ? w : best));
}

/**
 * Renders a Vega-Lite spec to a vector PDF: {@link renderSvg}, then
 * {@link svgToPdf}. Deterministic bytes for identical input.
 *
 * @example
 * const pdf = await renderPdf(spec); // starts with "%PDF-"
 */
export async function renderPdf(spec: TopLevelSpec): Promise<Uint8Array> {
  return svgToPdf(await renderSvg(spec));
}
