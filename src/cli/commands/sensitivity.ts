import {
  AnalysisError,
  type AnalysisMetric,
  type Importance,
  METRIC_NAME,
  type TornadoResult,
  tornadoColumns,
  tornadoRows,
  isAnalysisMetric,
  middleSize,
  spearmanImportance,
  tornado,
} from "../../analysis/index.js";
import { chartFrame } from "../../briefing/index.js";
import type { Scenario } from "../../model/index.js";
import { formatRatio, renderTextTable } from "../../results/index.js";
import type { ChartFormat } from "../../render/index.js";
import { chartFormatOf, writeChartFile } from "../chart-file.js";
import { type CliIo, InputError, UsageError } from "../io.js";
import { progressBar } from "../progress.js";
import type { RunFlags } from "../run-scenario.js";
import { type ScenarioFlags, loadScenarioFile } from "../scenario-file.js";

export type SensitivityOptions = ScenarioFlags &
  RunFlags & { size?: number; metric?: string; format?: "table" | "json"; chart?: string };

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
  opts: SensitivityOptions,
): Promise<Importance[]> {
  const { simulate } = await import("../../sim/index.js");
  const progress = await progressBar(io, opts.quiet === true);
  try {
    const sim = await simulate(scenario, {
      trials: opts.trials ?? 1,
      seed: opts.seed ?? 1,
      swarmSizes: [size],
      keep: { swarmSize: size },
      workers: opts.workers ?? 1,
      onProgress: progress.update,
      ...(io.interrupt === undefined ? {} : { signal: io.interrupt }),
    });
    return sim.kept === undefined ? [] : spearmanImportance(sim.kept);
  } finally {
    progress.stop();
  }
}

function table(
  scenario: Scenario,
  t: TornadoResult,
  ranks: Importance[] | null,
  opts: SensitivityOptions,
): string {
  const cur = scenario.currency;
  const name = METRIC_NAME[t.metric];
  const head =
    `${scenario.title}\n` +
    `Sensitivity of ${name} at ${t.swarmSize} drones: one input at a time from its p5 to its p95, the others at base · ${cur}, ${scenario.priceYear} prices\n` +
    `Base: ${formatRatio(t.base)}\n\n`;
  const bars = renderTextTable({
    headers: tornadoColumns(t),
    alignLeft: [true],
    rows: tornadoRows(t, cur),
  });
  if (ranks === null) return head + bars;
  const labels = new Map(t.bars.map((b) => [b.path, b.label]));
  return (
    head +
    bars +
    `\nRank correlation with the per-trial CER (Spearman ρ; Monte Carlo, ${opts.trials ?? 0} trials, seed ${opts.seed ?? 1})\n` +
    renderTextTable({
      headers: ["input", "ρ"],
      alignLeft: [true],
      rows: ranks.map((r) => [labels.get(r.path) ?? r.path, r.rho.toFixed(3)]),
    })
  );
}

async function writeChart(
  io: CliIo,
  scenario: Scenario,
  t: TornadoResult,
  out: string,
  format: ChartFormat,
): Promise<void> {
  const { tornadoChart } = await import("../../charts/tornado-chart.js");
  const spec = tornadoChart.build({
    ...chartFrame(scenario, { mode: "deterministic", trials: null, seed: null }),
    ...t,
  });
  await writeChartFile(spec, out, format);
  io.stderr.write(`wrote ${out}\n`);
}

/**
 * `cxr sensitivity FILE`: the tornado of every uncertain input at one swarm
 * size (`--size`, default the scenario's middle size), and with `--trials`
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
  const { scenario } = await loadScenarioFile(file, opts);
  const size = opts.size ?? middleSize(scenario.swarmSizes);
  let result: TornadoResult;
  try {
    result = tornado(scenario, { swarmSize: size, metric });
  } catch (err) {
    throw err instanceof AnalysisError ? new InputError(err.message) : err;
  }
  const ranks = opts.trials === undefined ? null : await importance(io, scenario, size, opts);
  if (opts.format === "json") {
    const doc = {
      cxr: "1",
      title: scenario.title,
      currency: scenario.currency,
      priceYear: scenario.priceYear,
      ...result,
      importance:
        ranks === null ? null : { trials: opts.trials, seed: opts.seed ?? 1, inputs: ranks },
    };
    io.stdout.write(JSON.stringify(doc, null, 2) + "\n");
  } else {
    io.stdout.write(table(scenario, result, ranks, opts));
  }
  if (opts.chart !== undefined && chartFormat !== undefined) {
    await writeChart(io, scenario, result, opts.chart, chartFormat);
  }
}
