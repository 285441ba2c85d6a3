import opentype, { type Font, type Glyph } from "opentype.js";
import type { VegaModules } from "./vega-modules.js";
import { interFontFiles } from "./fonts.js";

type Weight = 400 | 500 | 600 | 700;

let fonts: Record<Weight, Font> | undefined;

/** Whether the font files can be read: in Node, not in a browser (no `process`). */
function canReadFonts(): boolean {
  const p = (globalThis as { process?: { getBuiltinModule?: unknown } }).process;
  return typeof p?.getBuiltinModule === "function";
}

/** Inter's average advance, about 0.56 em a character: the estimate where the files cannot be read. */
const AVERAGE_ADVANCE = 0.56;
const cache = new Map<string, number>();

function load(): Record<Weight, Font> {
  const files = interFontFiles();
  // Reading the font files is the render module's one file access besides the
  // browser bundles; resvg and pdfkit read the same files themselves.
  const read = (path: string): Font => {
    const bytes = process.getBuiltinModule("node:fs").readFileSync(path);
    return opentype.parse(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
  };
  return {
    400: read(files.regular),
    500: read(files.medium),
    600: read(files.semiBold),
    700: read(files.bold),
  };
}

function weightOf(w: unknown): Weight {
  const n = w === "bold" ? 700 : Number(w);
  if (!Number.isFinite(n) || n < 450) return 400;
  return n < 550 ? 500 : n < 650 ? 600 : 700;
}

/**
 * Width in pixels of `text` set in Inter at `size` px: the sum of the glyph
 * advances plus pair kerning (no ligatures or other shaping), from the same
 * TTF files the PNG and PDF renderers draw with. In a browser, which has no
 * font files (and whose Vega measures with its canvas), an estimate.
 *
 * @example interTextWidth("Defence pays 13×", 22, 600) // ≈ 190
 */
export function interTextWidth(text: string, size: number, weight: unknown = 400): number {
  if (fonts === undefined && !canReadFonts()) return text.length * AVERAGE_ADVANCE * size;
  fonts ??= load();
  const w = weightOf(weight);
  const key = `${w}|${text}`;
  let em = cache.get(key);
  if (em === undefined) {
    const font = fonts[w];
    let units = 0;
    let prev: Glyph | undefined;
    for (const ch of text) {
      const glyph = font.charToGlyph(ch);
      units += glyph.advanceWidth ?? 0;
      if (prev !== undefined) units += font.getKerningValue(prev, glyph);
      prev = glyph;
    }
    em = units / font.unitsPerEm;
    cache.set(key, em);
  }
  return em * size;
}

interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
  /** The widest the text may draw (px), 0 or absent for no limit; longer text is cut with "…". */
  readonly limit?: number;
}

let installed = false;

/**
 * Makes headless Vega measure text with Inter's real metrics. Without a
 * canvas, Vega guesses 0.8 em per character, about half again as wide as
 * Inter, which leaves wide blank margins and stretches layouts. Idempotent.
 */
export function useInterMetrics(vega: VegaModules["vega"]): void {
  if (installed) return;
  installed = true;
  // vega re-exports vega-scenegraph's textMetrics, which its typings omit.
  const metrics = (
    vega as unknown as {
      textMetrics: { width: (item: TextItem, text: string | number | null | undefined) => number };
    }
  ).textMetrics;
  // Vega's own measures cut text at its `limit` first; one put in their place must too, or
  // the bounds (and so the chart's size) are those of the uncut text: never wider than
  // the limit. Vega's truncation, which measures through this function, still finds the cut.
  metrics.width = (item, text) => {
    const value = text === null || text === undefined ? "" : String(text).trim();
    const width = interTextWidth(value, item.fontSize ?? 11, item.fontWeight);
    const limit = item.limit ?? 0;
    return limit > 0 ? Math.min(width, limit) : width;
  };
}
