import { importanceRun } from "../../api/tornado.js";
import {
  type AnalysisMetric,
  type TornadoResult,
  focusSize,
  isAnalysisMetric,
  tornado,
} from "../../analysis/index.js";
import type { Scenario } from "../../model/index.js";
import {
  DETERMINISTIC,
  type ImportanceRun,
  sensitivityDocument,
  sensitivityText,
  toJson,
} from "../../results/index.js";
import type { ChartFormat } from "../../render/index.js";
import { checkChartOut, chartFormatOf, writeChartFile } from "../chart-file.js";
import { type CliIo, UsageError } from "../io.js";
import { type RunFlags, withProgress } from "../run-scenario.js";
import { type ScenarioFlags, loadScenarioFile } from "../scenario-file.js";

export type SensitivityOptions = ScenarioFlags &
  RunFlags & {
    size?: number;
    metric?: string;
    format?: "table" | "json";
    chart?: string;
    force?: boolean;
  };

/** `--metric`: cer (default), netCer or cerFull. */
export function parseMetric(name: string | undefined): AnalysisMetric {
  if (name === undefined) return "cer";
  if (!isAnalysisMetric(name))
    throw new UsageError(`--metric must be cer, netCer or cerFull, not '${name}'`);
  return name;
}

/** Per-trial draws and CER at the size, then Spearman's ρ of each input (Monte Carlo). */
async function importance(
  io: CliIo,
  scenario: Scenario,
  size: number,
  opts: SensitivityOptions & { trials: number },
): Promise<ImportanceRun> {
  const seed = opts.seed === undefined ? {} : { seed: opts.seed };
  return withProgress(io, { ...opts, workers: opts.workers ?? 1 }, opts.trials, (options) =>
    importanceRun(scenario, size, { ...options, ...seed, trials: opts.trials }),
  );
}

async function writeChart(
  io: CliIo,
  scenario: Scenario,
  t: TornadoResult,
  out: string,
  format: ChartFormat,
): Promise<void> {
  const { chartFrame } = await import("../../briefing/index.js");
  const { tornadoChart } = await import("../../charts/tornado-chart.js");
  const spec = tornadoChart.build({ ...chartFrame(scenario, DETERMINISTIC), ...t });
  await writeChartFile(spec, out, format);
  io.stderr.write(`wrote ${out}\n`);
}

/**
 * `cxr sensitivity FILE`: the tornado of every uncertain input at one swarm
 * size (`--size`, default the scenario's focus: `focus:`, else its middle size), and with `--trials`
 * the Spearman rank correlation of each input with the per-trial CER.
 */
export async function sensitivityCommand(
  io: CliIo,
  file: string,
  opts: SensitivityOptions,
): Promise<void> {
  const metric = parseMetric(opts.metric);
  // Check the chart's file name before any work.
  const chartFormat = opts.chart === undefined ? undefined : chartFormatOf(opts.chart, "--chart");
  // Before any work: a file cxr did not write is kept unless --force.
  if (opts.chart !== undefined && chartFormat !== undefined)
    await checkChartOut(opts.chart, chartFormat, opts.force === true);
  const { scenario } = await loadScenarioFile(file, opts);
  const size = opts.size ?? focusSize(scenario);
  const result = tornado(scenario, { swarmSize: size, metric });
  const ranks =
    opts.trials === undefined
      ? null
      : await importance(io, scenario, size, { ...opts, trials: opts.trials });
  io.stdout.write(
    opts.format === "json"
      ? toJson(sensitivityDocument(scenario, result, ranks))
      : sensitivityText(scenario, result, ranks),
  );
  if (opts.chart !== undefined && chartFormat !== undefined)
    await writeChart(io, scenario, result, opts.chart, chartFormat);
}
