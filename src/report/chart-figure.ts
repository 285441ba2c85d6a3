import { chartEmbed } from "../render/html-document.js";
import { escapeHtml } from "../render/escape.js";
import type { ReportChart } from "./report-input.js";

/** One chart of the page: its heading, the interactive chart, links to its static copies. */
export function chartFigure(chart: ReportChart, stem: string): string {
  return `<figure>
<h3>${escapeHtml(chart.title)}</h3>
${chartEmbed(chart.spec)}
<figcaption>Static copies: <a href="charts/${stem}.svg">SVG</a> · <a href="charts/${stem}.png">PNG</a></figcaption>
</figure>`;
}
