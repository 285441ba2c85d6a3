import type { TopLevelSpec } from "vega-lite";
import type { Assets } from "./browser-assets.js";
import { escapeHtml } from "./escape.js";
import { chartEmbed, htmlDocument, PAGE_FONT_STACK } from "./html-document.js";

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Page title and heading; plain text, escaped. */
  readonly title: string;
  /** The vega browser bundles, from `loadBrowserAssets()`. */
  readonly assets: Assets;
}

const CSS = `body { font-family: ${PAGE_FONT_STACK}; color: #1a1a1a; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; font-weight: 600; }
figure { margin: 0 0 2rem; break-inside: avoid; }`;

/**
 * A self-contained, offline HTML page showing one or more Vega-Lite charts,
 * interactive (tooltips) through vega-embed. Every script is inline and each
 * spec sits in a `<script type="application/json">` block with `<` escaped
 * as `\u003c`, so scenario text can never become markup.
 *
 * @example
 * const assets = await loadBrowserAssets();
 * const html = renderHtml([cerSpec, costSpec], { title: "Poland, 10 Sept 2025", assets });
 */
export function renderHtml(
  specs: TopLevelSpec | readonly TopLevelSpec[],
  options: HtmlOptions,
): string {
  const list: readonly TopLevelSpec[] = isSpecList(specs) ? specs : [specs];
  const figures = list.map((spec) => `<figure>${chartEmbed(spec)}</figure>`).join("\n");
  return htmlDocument({
    title: options.title,
    css: CSS,
    body: `<h1>${escapeHtml(options.title)}</h1>\n${figures}`,
    assets: options.assets,
  });
}

function isSpecList(
  specs: TopLevelSpec | readonly TopLevelSpec[],
): specs is readonly TopLevelSpec[] {
  return Array.isArray(specs);
}
