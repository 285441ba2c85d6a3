import { PAGE_FONT_STACK } from "../render/html-document.js";

/** The explorer page's style: panel beside the results on a laptop, above them on a tablet. */
export const EXPLORE_CSS = `* { box-sizing: border-box; }
body { font-family: ${PAGE_FONT_STACK}; color: #1a1a1a; margin: 0; background: #fafafa; }
header { padding: 0.8rem 1.2rem; background: #fff; border-bottom: 1px solid #ddd; }
h1 { font-size: 1.3rem; margin: 0 0 0.2rem; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 0.5rem; }
h3 { font-size: 0.95rem; margin: 0.8rem 0 0.3rem; }
.meta, .hint { color: #555; font-size: 0.85rem; margin: 0.2rem 0; }
#layout { display: grid; grid-template-columns: minmax(300px, 380px) minmax(0, 1fr); gap: 1rem; padding: 1rem; }
@media (max-width: 900px) {
  #layout { grid-template-columns: minmax(0, 1fr); }
  #panel { max-height: 45vh; overflow-y: auto; }
}
#panel { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 0.6rem 0.9rem; align-self: start; }
@media (min-width: 901px) { #panel { position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow-y: auto; } }
fieldset { border: none; border-top: 1px solid #eee; margin: 0.4rem 0 0; padding: 0.4rem 0 0; }
legend { font-weight: 600; font-size: 0.9rem; padding: 0; }
.field { margin: 0.45rem 0; }
.field label { display: block; font-size: 0.85rem; font-weight: 500; }
.field input, .field select, .settings select, .settings input { width: 100%; font: inherit; font-size: 0.9rem; padding: 0.25rem 0.4rem; border: 1px solid #aaa; border-radius: 4px; }
.field input:focus, select:focus, button:focus, input:focus { outline: 2px solid #1f6feb; outline-offset: 1px; }
.field input.changed { border-color: #1f6feb; background: #f0f6ff; }
.field input[aria-invalid="true"] { border-color: #b00020; background: #fff5f5; }
.range { margin: 0.3rem 0 0 0.2rem; padding: 0.1rem 0 0.1rem 0.6rem; border-left: 2px solid #dde3ea; }
.range-title { font-size: 0.78rem; color: #444; margin: 0 0 0.2rem; }
.range-parts { display: grid; grid-template-columns: repeat(auto-fit, minmax(88px, 1fr)); gap: 0.3rem 0.4rem; }
.part label { display: block; font-size: 0.74rem; color: #444; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.part.base { grid-column: 1 / -1; display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0.5rem; align-items: center; }
.part input { width: 100%; font: inherit; font-size: 0.85rem; padding: 0.2rem 0.3rem; border: 1px solid #aaa; border-radius: 4px; }
.part input[aria-invalid="true"] { border-color: #b00020; background: #fff5f5; }
.unit { color: #666; font-size: 0.75rem; margin-left: 0.3rem; }
.now { color: #333; font-size: 0.78rem; }
.error { color: #b00020; font-size: 0.8rem; white-space: pre-wrap; margin: 0.15rem 0 0; }
.settings { display: grid; grid-template-columns: 1fr 1fr; gap: 0.4rem 0.6rem; }
.settings .wide { grid-column: 1 / -1; }
section.card { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 0.6rem 1rem; margin-bottom: 1rem; }
.findings { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 0.5rem; }
.finding { border-left: 3px solid #1f6feb; padding: 0.2rem 0.6rem; }
.finding .value { font-size: 1.25rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.finding .label { font-size: 0.8rem; color: #555; }
.chart { max-width: 100%; overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
.chart svg text { font-family: ${PAGE_FONT_STACK}; }
table { border-collapse: collapse; font-size: 0.82rem; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid #eee; text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
tr.focus td { background: #f0f6ff; font-weight: 600; }
button { font: inherit; font-size: 0.85rem; padding: 0.25rem 0.7rem; border: 1px solid #888; border-radius: 4px; background: #f4f4f4; cursor: pointer; }
button:hover { background: #e8e8e8; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.4rem 0; }
#command { width: 100%; font-family: ui-monospace, monospace; font-size: 0.8rem; padding: 0.3rem; border: 1px solid #ccc; border-radius: 4px; background: #f7f7f7; }
.changes td, .changes th { text-align: left; white-space: normal; }
.status { font-size: 0.85rem; }
.status.bad { color: #b00020; }
`;
