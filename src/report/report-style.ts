import { PAGE_FONT_STACK } from "../render/html-document.js";

/**
 * The briefing page's stylesheet: system fonts only (no web fonts, no
 * network), readable on screen, and on paper: A4 landscape, no interactive
 * controls, tables and charts kept whole across pages, link targets printed.
 * Charts scale with the window: Vega's SVG has a viewBox, drawn at 100 % width.
 */
export const REPORT_CSS = `:root { color-scheme: light; }
body { font-family: ${PAGE_FONT_STACK}; color: #1a1a1a; background: #fff; line-height: 1.45; margin: 0 auto; max-width: 72rem; padding: 1.5rem 1rem 3rem; }
header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; font-weight: 700; margin: 0 0 0.4rem; }
h2 { font-size: 1.2rem; font-weight: 600; margin: 2rem 0 0.6rem; }
h3 { font-size: 1rem; font-weight: 600; margin: 1.2rem 0 0.4rem; }
.description { margin: 0 0 0.6rem; max-width: 48rem; }
.meta { color: #444; font-size: 0.9rem; margin: 0 0 0.8rem; }
.provenance { background: #fff4d6; border-left: 4px solid #b36b00; font-weight: 600; margin: 0 0 0.8rem; padding: 0.35rem 0.6rem; }
figure { margin: 0 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 0.85rem; color: #444; }
.vega-embed { display: block !important; width: 100%; }
.vega-embed svg.marks { display: block; width: 100% !important; height: auto !important; max-width: 60rem; }
#key-findings { background: #f4f6f8; border-left: 4px solid #1a1a1a; padding: 0.2rem 1rem 0.6rem; }
#key-findings h2 { margin-top: 0.6rem; }
ul.findings { margin: 0; padding-left: 1.2rem; }
ul.findings li { margin-bottom: 0.35rem; max-width: 60rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.85rem; font-variant-numeric: tabular-nums; margin-bottom: 1rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
th { border-bottom: 2px solid #1a1a1a; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
ol.sources li { margin-bottom: 0.3rem; }
.source-id { color: #666; font-size: 0.85rem; }
a { color: #0b57d0; }
footer { margin-top: 2rem; color: #666; font-size: 0.8rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  .vega-actions, .vega-embed summary { display: none !important; }
  tr, figure, h2, h3, #key-findings { break-inside: avoid; page-break-inside: avoid; }
  figure { break-before: page; page-break-before: always; }
  .vega-embed svg.marks { max-width: none; max-height: 165mm; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; }
  ol.sources a[href]::after { content: " (" attr(href) ")"; font-size: 0.8em; word-break: break-all; }
}`;
