import { renderSvg } from "../render/render-svg.js";
import { svgToPng } from "../render/render-png.js";
import { fileStems } from "./file-stem.js";
import type { ReportFile, ReportInput } from "./report-input.js";
import { reportPage } from "./report-page.js";

/**
 * Assembles the briefing pack (`cxr report`) in memory; the CLI writes the
 * files. For each chart, `charts/<id>.svg` and `charts/<id>.png` (2×); then
 * `results.csv` and `results.json` exactly as given; then `index.html`, one
 * offline page with the interactive charts, the results, the assumptions and
 * the sources. Every path is relative, POSIX and inside the output folder
 * (chart ids are made path-safe by {@link fileStems}).
 *
 * Each chart's PNG is rasterised from the SVG already rendered, so the two
 * files always show the same picture.
 *
 * @example
 * const files = await buildReport({ ...input, assets: await loadBrowserAssets() });
 * files.map((f) => f.path); // ["charts/cer.svg", "charts/cer.png", "results.csv", "results.json", "index.html"]
 */
export async function buildReport(input: ReportInput): Promise<ReportFile[]> {
  const charts = [...input.charts, ...(input.campaign?.charts ?? [])];
  const stems = fileStems(charts.map((chart) => chart.id));
  const files: ReportFile[] = [];
  for (const [i, chart] of charts.entries()) {
    const stem = stems[i] ?? "chart";
    const svg = await renderSvg(chart.spec);
    files.push({ path: `charts/${stem}.svg`, data: svg });
    files.push({ path: `charts/${stem}.png`, data: await svgToPng(svg) });
  }
  files.push({ path: "results.csv", data: input.resultsCsv });
  files.push({ path: "results.json", data: input.resultsJson });
  if (input.campaign !== undefined) {
    files.push({ path: "campaign.csv", data: input.campaign.csv });
    files.push({ path: "campaign.json", data: input.campaign.json });
  }
  files.push({ path: "index.html", data: reportPage(input, stems) });
  return files;
}
