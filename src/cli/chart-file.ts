import { extname } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import {
  CHART_FORMATS,
  type ChartFormat,
  loadBrowserAssets,
  renderChart,
} from "../render/index.js";
import { writeFileAtomic } from "./files.js";
import { UsageError } from "./io.js";

/**
 * The chart format a file name asks for (`.svg .png .pdf .vl.json .html`,
 * any case); a usage error naming `flag` otherwise. Checked before any work.
 */
export function chartFormatOf(out: string, flag: string): ChartFormat {
  const lower = out.toLowerCase();
  const format = CHART_FORMATS.find((f) => lower.endsWith(`.${f}`));
  if (format === undefined) {
    throw new UsageError(
      `${flag}: give a file ending in .${CHART_FORMATS.join(", .")}, not '${extname(out)}'`,
    );
  }
  return format;
}

/** Renders a spec in the format its file name asks for and writes it whole. */
export async function writeChartFile(
  spec: TopLevelSpec,
  out: string,
  format: ChartFormat,
  scale?: number,
): Promise<void> {
  const rendered = await renderChart(spec, format, {
    ...(scale === undefined ? {} : { scale }),
    ...(format === "html" ? { assets: await loadBrowserAssets() } : {}),
  });
  await writeFileAtomic(out, rendered.bytes);
}
