import { extname } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import {
  CHART_FORMATS,
  type ChartFormat,
  loadBrowserAssets,
  renderChart,
} from "../render/index.js";
import { readFile, lstat } from "node:fs/promises";
import { writeFileAtomic } from "./files.js";
import { InputError, UsageError } from "./io.js";
import { isMarkedByCxr, markChart } from "./output-mark.js";

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

/** Files larger than this are never read to look for cxr's mark (no chart is this big). */
const MAX_MARKED_BYTES = 256 * 2 ** 20;

/**
 * Refuses to replace a file cxr did not write (no mark of cxr's, see
 * output-mark.ts) unless `force`; a missing file, or a symlink (replaced,
 * never followed), is fine. Same rule as `cxr init`.
 */
export async function checkChartOut(
  out: string,
  format: ChartFormat,
  force: boolean,
): Promise<void> {
  if (force) return;
  let size: number;
  try {
    const info = await lstat(out);
    if (info.isSymbolicLink()) return;
    if (info.isDirectory())
      throw new InputError(`cannot write '${out}': it is a folder, not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    return;
  }
  const ours = size <= MAX_MARKED_BYTES && isMarkedByCxr(await readFile(out), format);
  if (!ours) {
    throw new InputError(
      `${out} already exists and was not written by cxr: choose another name or pass --force to overwrite it`,
    );
  }
}

/**
 * Renders a spec in the format its file name asks for, with cxr's mark, and
 * writes it whole. Callers check the target with {@link checkChartOut}
 * before any work.
 */
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
  await writeFileAtomic(out, markChart(rendered.bytes, format));
}
