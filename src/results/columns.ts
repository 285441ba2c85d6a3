/**
 * The column sets of every results table (terminal and report page): one
 * declaration per table, each column a header and a cell formatter taken
 * from the metric catalogue.
 */
import type { CompareRow } from "../analysis/compare-table.js";
import type { SweepRow } from "../analysis/sweep-rows.js";
import type { Band, Layer, OutcomeRow } from "../model/index.js";
import { formatCompact, formatCount, formatMoney, formatRatio } from "./format-number.js";
import { type MetricKey, formatMetric, metricHeader } from "./metrics.js";
import type { RunSettings } from "./run-header.js";
import { type TextTable, renderTextTable } from "./text-table.js";

/** One column: its header, how a row's cell reads, and whether it aligns left (labels). */
export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R) => string;
  readonly left?: boolean;
}

type MetricRow = Partial<Record<MetricKey, number | null>>;

/** A column of one metric, formatted by its unit. */
export function metricColumn<R extends MetricRow>(key: MetricKey, currency: string): Column<R> {
  return { header: metricHeader(key, currency), cell: (r) => formatMetric(key, r[key] ?? null) };
}

/** The CER with its p5–p95 band in Monte Carlo: `48.0 (31.2–70.1)`. */
function cerColumn<R extends MetricRow>(
  run: RunSettings,
  band: (row: R) => Band | null | undefined,
): Column<R> {
  const mc = run.mode === "monte-carlo";
  return {
    header: mc ? "CER (p5–p95)" : "CER",
    cell: (r) => {
      const b = band(r);
      const value = formatRatio(r.cer ?? null);
      return b === null || b === undefined
        ? value
        : `${value} (${formatRatio(b.p5)}–${formatRatio(b.p95)})`;
    },
  };
}

/** The results of a run, one row per swarm size (`cxr run`, the report's results table). */
export function runColumns(currency: string, run: RunSettings): Column<OutcomeRow>[] {
  const m = (key: MetricKey): Column<OutcomeRow> => metricColumn(key, currency);
  return [
    m("swarmSize"),
    m("attackerCost"),
    m("defenderCost"),
    cerColumn<OutcomeRow>(run, (r) => r.bands?.cer),
    m("netCer"),
    m("cerFull"),
    m("kills"),
    m("leakers"),
    m("costPerKill"),
    m("cerPerKill"),
  ];
}

/** Per layer, `shots / kills / cost` (cost compact), after the swarm size. */
export function layerColumns(layers: readonly Layer[]): Column<OutcomeRow>[] {
  return [
    { header: "drones", cell: (r) => formatMoney(r.swarmSize) },
    ...layers.map((layer, i) => ({
      header: layer.name,
      cell: (r: OutcomeRow): string => {
        const l = r.layers[i];
        return l === undefined
          ? "–"
          : `${formatCount(l.shots)} / ${formatCount(l.kills)} / ${formatCompact(l.cost)}`;
      },
    })),
  ];
}

/** `cxr compare` and the report's variants table: one row per case and swarm size. */
export function compareColumns(currency: string, run: RunSettings): Column<CompareRow>[] {
  const m = (key: MetricKey): Column<CompareRow> => metricColumn(key, currency);
  return [
    m("swarmSize"),
    { header: "case", cell: (r) => r.variant, left: true },
    cerColumn<CompareRow>(run, (r) => r.cerBand),
    m("netCer"),
    m("cerFull"),
    m("defenderCost"),
    m("leakers"),
    m("damage"),
  ];
}

/** A sweep (`cxr run --sweep`): the swept value, then the key metrics. */
export function sweepColumns(path: string, currency: string): Column<SweepRow>[] {
  const m = (key: MetricKey): Column<SweepRow> => metricColumn(key, currency);
  return [
    { header: path, cell: (r) => String(Number(r.sweep.value.toPrecision(6))) },
    m("swarmSize"),
    m("cer"),
    m("netCer"),
    m("defenderCost"),
    m("leakers"),
  ];
}

/** Rows laid out in columns: the plain table a terminal or the report page shows. */
export function columnTable<R>(columns: readonly Column<R>[], rows: readonly R[]): TextTable {
  return {
    headers: columns.map((c) => c.header),
    rows: rows.map((r) => columns.map((c) => c.cell(r))),
    alignLeft: columns.map((c) => c.left === true),
  };
}

/** {@link columnTable} rendered for a terminal. */
export function renderColumns<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return renderTextTable(columnTable(columns, rows));
}
