import { type CompareRow, type CompareSeries, compareTable } from "../../analysis/index.js";
import type { RunResult, Scenario } from "../../model/index.js";
import {
  csvNumber,
  csvText,
  formatCount,
  formatMoney,
  formatRatio,
  renderTextTable,
} from "../../results/index.js";
import type { ChartFormat } from "../../render/index.js";
import { chartFormatOf, writeChartFile } from "../chart-file.js";
import { type CliIo, InputError, UsageError } from "../io.js";
import { type RunFlags, runScenario } from "../run-scenario.js";
import { type ScenarioFlags, readScenarioFile } from "../scenario-file.js";

export type CompareOptions = Omit<ScenarioFlags, "variant"> &
  RunFlags & { format?: "table" | "json" | "csv"; chart?: string };

interface Run {
  readonly name: string;
  readonly file: string;
  readonly scenario: Scenario;
  readonly result: RunResult;
}

/** The base and every variant of each file, run with the same flags. */
async function runAll(io: CliIo, files: readonly string[], opts: CompareOptions): Promise<Run[]> {
  const flags: ScenarioFlags = {
    ...(opts.set === undefined ? {} : { set: opts.set }),
    ...(opts.sizes === undefined ? {} : { sizes: opts.sizes }),
  };
  const runs: Run[] = [];
  for (const file of files) {
    const source = await readScenarioFile(file, flags);
    const { scenario, variants } = source.load();
    // One file: "base" and the variant names; several: prefixed by each scenario's title.
    const name = (variant: string | null): string =>
      files.length === 1
        ? (variant ?? "base")
        : variant === null
          ? scenario.title
          : `${scenario.title} · ${variant}`;
    runs.push({ name: name(null), file, scenario, result: await runScenario(io, scenario, opts) });
    for (const v of variants) {
      const s = source.load([], v.name).scenario;
      runs.push({ name: name(v.name), file, scenario: s, result: await runScenario(io, s, opts) });
    }
  }
  const first = runs[0]!.scenario;
  const other = runs.find(
    (r) => r.scenario.currency !== first.currency || r.scenario.priceYear !== first.priceYear,
  );
  if (other !== undefined) {
    throw new InputError(
      `cannot compare ${first.currency} at ${first.priceYear} prices with ${other.scenario.currency} at ${other.scenario.priceYear} prices (${other.file})`,
    );
  }
  return runs;
}

function table(runs: readonly Run[], rows: readonly CompareRow[]): string {
  const { currency, priceYear } = runs[0]!.scenario;
  const result = runs[0]!.result;
  const mode =
    result.mode === "deterministic"
      ? "deterministic (base values)"
      : `Monte Carlo, ${result.trials ?? 0} trials, seed ${result.seed ?? 1}`;
  const band = (r: CompareRow): string =>
    r.cerBand === null
      ? formatRatio(r.cer)
      : `${formatRatio(r.cer)} (${formatRatio(r.cerBand.p5)}–${formatRatio(r.cerBand.p95)})`;
  return (
    `Comparison of ${runs.length} cases · money in ${currency} at ${priceYear} prices · ${mode}\n\n` +
    renderTextTable({
      headers: [
        "drones",
        "case",
        result.mode === "deterministic" ? "CER" : "CER (p5–p95)",
        "net CER",
        "full CER",
        `defender ${currency}`,
        "leakers",
        `damage ${currency}`,
      ],
      alignLeft: [false, true],
      rows: rows.map((r) => [
        formatMoney(r.swarmSize),
        r.variant,
        band(r),
        formatRatio(r.netCer),
        formatRatio(r.cerFull),
        formatMoney(r.defenderCost),
        formatCount(r.leakers),
        formatMoney(r.damage),
      ]),
    })
  );
}

function csv(rows: readonly CompareRow[]): string {
  const header = "case,swarmSize,cer,netCer,cerFull,defenderCost,leakers,damage,cer.p5,cer.p95";
  const lines = rows.map((r) =>
    [
      csvText(r.variant),
      r.swarmSize,
      csvNumber(r.cer),
      csvNumber(r.netCer),
      csvNumber(r.cerFull),
      r.defenderCost,
      r.leakers,
      r.damage,
      csvNumber(r.cerBand?.p5),
      csvNumber(r.cerBand?.p95),
    ].join(","),
  );
  return [header, ...lines].join("\n") + "\n";
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
  const runs = await runAll(io, files, opts);
  const series: CompareSeries[] = runs.map((r) => ({ name: r.name, rows: r.result.rows }));
  const rows = compareTable(series, []);
  const format = opts.format ?? (io.stdout.isTTY ? "table" : "json");
  if (format === "json") {
    const { currency, priceYear } = runs[0]!.scenario;
    const { mode, trials, seed } = runs[0]!.result;
    const cases = runs.map((r) => ({ name: r.name, file: r.file, title: r.scenario.title }));
    io.stdout.write(
      JSON.stringify({ cxr: "1", currency, priceYear, mode, trials, seed, cases, rows }, null, 2) +
        "\n",
    );
  } else if (format === "csv") {
    io.stdout.write(csv(rows));
  } else {
    io.stdout.write(table(runs, rows));
  }
  if (opts.chart !== undefined && chartFormat !== undefined)
    await writeChart(io, runs, opts.chart, chartFormat);
}
