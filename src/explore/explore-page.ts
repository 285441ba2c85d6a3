/**
 * The explorer page (issue 14): one self-contained HTML file holding the
 * scenario text, its controls, the browser bundle of cxr's own loader,
 * engine, simulator and chart builders (dist/explorer/app.js) and the
 * Monte Carlo worker's code (started from a Blob URL, so it runs from
 * file://). Nothing is fetched: the Content-Security-Policy allows no
 * network at all, no eval, and only the page's own script, by its hash.
 */
import type { CatalogEntry } from "../model/index.js";
import { pagePolicy } from "../render/csp.js";
import { escapeHtml, inlineScript, jsonForScript } from "../render/escape.js";
import { type PageFont, fontFaceCss } from "../render/page-fonts.js";
import type { VariantInfo } from "../scenario/variants.js";
import type { ExploreControl } from "./controls.js";
import type { ExploreState } from "./explore-state.js";
import { EXPLORE_CSS } from "./explore-style.js";

/** What the page's script reads from its `#cxr-data` block. */
export interface ExploreData {
  /** The scenario file's name, as given on the command line (for the copied command). */
  readonly file: string;
  /** The scenario file's text, which the page loads with each change. */
  readonly text: string;
  readonly controls: readonly ExploreControl[];
  readonly variants: readonly VariantInfo[];
  /** The shipped catalog, when the scenario uses `ref:`. */
  readonly catalog: readonly CatalogEntry[] | null;
  /** The state the page opens in (an URL hash overrides it). */
  readonly state: ExploreState;
  /** The trial count the Monte Carlo switch turns on. */
  readonly defaultTrials: number;
}

/** The JavaScript bundles the page inlines. */
export interface ExploreBundles {
  readonly app: string;
  readonly worker: string;
  /** Inter, embedded (render/page-fonts.ts): the charts are laid out in its metrics. */
  readonly fonts: readonly PageFont[];
}

/**
 * The whole page. The title is escaped here; every other scenario string
 * travels as escaped JSON and reaches the page as text nodes only.
 */
export function explorePage(title: string, data: ExploreData, bundles: ExploreBundles): string {
  const app = inlineScript(bundles.app);
  const csp = pagePolicy([app], { blobWorkers: true });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — cxr explorer</title>
<style>
${fontFaceCss(bundles.fonts)}
${EXPLORE_CSS}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta" id="meta">Loading…</p>
</header>
<div id="layout">
<form id="panel" aria-label="Assumptions" autocomplete="off"></form>
<main id="results" aria-live="polite"></main>
</div>
<noscript>The explorer needs JavaScript; the scenario's numbers are in <code>cxr run</code>.</noscript>
<script type="application/json" id="cxr-data">${jsonForScript(data)}</script>
<script type="text/plain" id="cxr-worker">${inlineScript(bundles.worker)}</script>
<script>${app}</script>
</body>
</html>
`;
}
