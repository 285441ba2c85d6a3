import { compareCases } from "../../api/compare.js";
import { compareTable } from "../../analysis/index.js";
import type { RunResult } from "../../model/index.js";
import {
  type CompareCase,
  compareCsv,
  compareDocument,
  compareHeader,
  compareText,
  toJson,
} from "../../results/index.js";
import type { ChartFormat } from "../../render/index.js";
import { checkChartOut, chartFormatOf, writeChartFile } from "../chart-file.js";
import { type CliIo, UsageError } from "../io.js";
import { type RunFlags, runScenario } from "../run-scenario.js";
import { type ScenarioFlags, readScenarioFile } from "../scenario-file.js";
import { outputFormat } from "./run.js";

export type CompareOptions = Omit<ScenarioFlags, "variant"> &
  RunFlags & { format?: "table" | "json" | "csv"; chart?: string; force?: boolean };

type Run = CompareCase & { readonly result: RunResult };

/** The base and every variant of each file, loaded with the same flags. */
async function loadCases(
  io: CliIo,
  files: readonly string[],
  opts: CompareOptions,
): Promise<CompareCase[]> {
  const flags: ScenarioFlags = {
    ...(opts.set === undefined ? {} : { set: opts.set }),
    ...(opts.sizes === undefined ? {} : { sizes: opts.sizes }),
  };
  const loaded = [];
  for (const file of files) loaded.push((await readScenarioFile(file, flags)).load());
  const cases = compareCases(loaded);
  const first = loaded[0]?.scenario;
  for (const l of loaded) {
    const s = l.scenario;
    if (first !== undefined && (s.currency !== first.currency || s.priceYear !== first.priceYear)) {
      io.stderr.write(
        `note: ${l.file} converted from ${s.currency} at ${s.priceYear} prices to ${first.currency} at ${first.priceYear} prices with ${files[0]}'s fx and inflation\n`,
      );
    }
  }
  return cases;
}

async function writeChart(
  io: CliIo,
  runs: readonly Run[],
  out: string,
  format: ChartFormat,
): Promise<void> {
  const { toChartData } = await import("../../briefing/index.js");
  const { buildChart } = await import("../../charts/index.js");
  const [first, ...rest] = runs;
  const data = toChartData(
    first!.scenario,
    first!.result,
    rest.map((r) => ({ name: r.name, rows: r.result.rows })),
  );
  // The first series is drawn as "base"; name it as the table does when comparing files.
  const spec = buildChart("cer", {
    ...data,
    series: [{ name: first!.name, rows: first!.result.rows }, ...data.series.slice(1)],
  });
  await writeChartFile(spec, out, format);
  io.stderr.write(`wrote ${out}\n`);
}

/**
 * `cxr compare FILE...`: the base and every variant of each file, side by
 * side per swarm size (CER, net CER, full CER, defender cost, leakers,
 * damage), and with `--chart PATH` the `cer` chart overlaying them.
 */
export async function compareCommand(
  io: CliIo,
  files: readonly string[],
  opts: CompareOptions,
): Promise<void> {
  if (files.length === 0) throw new UsageError("compare needs at least one scenario file");
  // Check the chart's file name before any work.
  const chartFormat = opts.chart === undefined ? undefined : chartFormatOf(opts.chart, "--chart");
  // Before any work: a file cxr did not write is kept unless --force.
  if (opts.chart !== undefined && chartFormat !== undefined)
    await checkChartOut(opts.chart, chartFormat, opts.force === true);
  const runs: Run[] = [];
  for (const c of await loadCases(io, files, opts))
    runs.push({ ...c, result: await runScenario(io, c.scenario, opts) });
  const rows = compareTable(
    runs.map((r) => ({ name: r.name, rows: r.result.rows })),
    [],
  );
  const run = runs[0]!.result;
  const format = outputFormat(io, opts.format);
  if (format === "json") io.stdout.write(toJson(compareDocument(runs, run, rows)));
  else if (format === "csv") io.stdout.write(compareCsv(compareHeader(runs, run), rows));
  else io.stdout.write(compareText(compareHeader(runs, run), runs.length, rows));
  if (opts.chart !== undefined && chartFormat !== undefined)
    await writeChart(io, runs, opts.chart, chartFormat);
}
