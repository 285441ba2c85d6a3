import { basename, extname } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { tornado, withFocus } from "../../analysis/index.js";
import { chartFrame, heatmapData, toChartData } from "../../briefing/index.js";
import {
  CAMPAIGN_CHART_TYPES,
  CER_METRICS,
  type CerMetric,
  buildChart,
  campaignChartData,
  isChartType,
} from "../../charts/index.js";
import { CHART_FORMATS, type ChartFormat } from "../../render/index.js";
import { checkChartOut, chartFormatOf, writeChartFile } from "../chart-file.js";
import { DETERMINISTIC } from "../../results/index.js";
import { type CliIo, UsageError } from "../io.js";
import { type RunFlags, runScenario } from "../run-scenario.js";
import { runCampaign } from "./campaign.js";
import { type ScenarioFlags, type ScenarioSource, readScenarioFile } from "../scenario-file.js";

export type ChartCommandOptions = ScenarioFlags &
  RunFlags & {
    type: string;
    format?: string;
    out?: string;
    scale?: number;
    metrics?: string;
    x?: string;
    focus?: number;
    force?: boolean;
  };

/**
 * The format to write: `--format` when given, else the one `--out`'s
 * extension names, else SVG. An `--out` whose extension names no format, or
 * another format than `--format`, is a usage error (never SVG bytes in a
 * `.jpg`).
 */
function formatOf(opts: ChartCommandOptions): ChartFormat {
  if (opts.format !== undefined && !(CHART_FORMATS as readonly string[]).includes(opts.format)) {
    throw new UsageError(`--format must be one of ${CHART_FORMATS.join(", ")}`);
  }
  if (opts.out === undefined) return (opts.format as ChartFormat | undefined) ?? "svg";
  const fromOut = chartFormatOf(opts.out, "--out");
  if (opts.format !== undefined && fromOut !== opts.format) {
    throw new UsageError(
      `--format ${opts.format} does not match --out ${opts.out}: give a file ending in .${opts.format}, or leave --format out`,
    );
  }
  return fromOut;
}

function metricsOf(list: string | undefined): CerMetric[] | undefined {
  const metrics = list?.split(",").map((m) => m.trim());
  const bad = metrics?.find((m) => !(CER_METRICS as readonly string[]).includes(m));
  if (bad !== undefined)
    throw new UsageError(`--metrics: '${bad}' is not one of ${CER_METRICS.join(", ")}`);
  return metrics as CerMetric[] | undefined;
}

function isCampaignChart(type: string): type is (typeof CAMPAIGN_CHART_TYPES)[number] {
  return (CAMPAIGN_CHART_TYPES as readonly string[]).includes(type);
}

async function chartSpec(
  io: CliIo,
  file: string,
  source: ScenarioSource,
  opts: ChartCommandOptions,
): Promise<TopLevelSpec> {
  if (opts.type === "heatmap") {
    if (opts.x === undefined)
      throw new UsageError("--type heatmap needs --x PATH=FROM..TO[:log][:POINTS]");
    const focusSize = opts.focus === undefined ? {} : { focusSize: opts.focus };
    return buildChart("heatmap", heatmapData(source, opts.x), focusSize);
  }
  if (isCampaignChart(opts.type)) {
    const scenario = source.load().scenario;
    const result = await runCampaign(io, file, scenario, opts);
    return buildChart(opts.type, campaignChartData(chartFrame(scenario, result), scenario, result));
  }
  // The focus (--focus, the scenario's, or the middle size) is run as a size of its own.
  const scenario = withFocus(source.load().scenario, opts.focus);
  const focus = { focusSize: scenario.focus };
  if (opts.type === "tornado") {
    // One input at a time at one swarm size: deterministic, like `cxr sensitivity`.
    const frame = chartFrame(scenario, DETERMINISTIC);
    return buildChart("tornado", {
      ...frame,
      ...tornado(scenario, { swarmSize: focus.focusSize }),
    });
  }
  const metrics = metricsOf(opts.metrics);
  const data = toChartData(scenario, await runScenario(io, scenario, opts));
  if (opts.type === "cer")
    return buildChart("cer", data, { ...focus, ...(metrics ? { metrics } : {}) });
  if (opts.type === "cost" || opts.type === "leakers") return buildChart(opts.type, data, focus);
  throw new UsageError(`unknown chart type '${opts.type}'`);
}

/** `cxr chart FILE --type T --format F --out PATH`: one chart, rendered. */
export async function chartCommand(
  io: CliIo,
  file: string,
  opts: ChartCommandOptions,
): Promise<void> {
  if (!isChartType(opts.type)) throw new UsageError(`unknown chart type '${opts.type}'`);
  const format = formatOf(opts);
  const out = opts.out ?? `${basename(file, extname(file))}-${opts.type}.${format}`;
  // Before any work: a file cxr did not write is kept unless --force.
  await checkChartOut(out, format, opts.force === true);
  const spec = await chartSpec(io, file, await readScenarioFile(file, opts), opts);
  await writeChartFile(spec, out, format, opts.scale);
  io.stdout.write(`wrote ${out}\n`);
}
