/**
 * `cost`: the defender's cost per attack, stacked by layer, against the
 * attacker's cost as a line, per swarm size.
 */
import type { TopLevelSpec } from "vega-lite";
import type { OutcomeRow } from "../model/index.js";
import type { ChartData, ChartOptions, ChartSeries } from "./chart-data.js";
import type { ChartModule } from "./chart-module.js";
import { chartFocus, focusRow } from "./focus.js";
import { focusMark } from "./focus-mark.js";
import {
  drones,
  chartMoney,
  formatPercent,
  moneyLabelExpr,
  roundSig,
  SWARM_SIZE_X,
} from "./format.js";
import { frame, plotSize } from "./frame.js";
import { INK, categoryColor, legendColumns } from "./theme.js";

export interface CostOptions extends ChartOptions {
  /** Name of the series to show (default: the first, the base). */
  readonly series?: string;
}

/** The attacker's line in the legend. */
export const ATTACKER_LABEL = "Attacker's cost";

/** The series a cost chart shows: the one named, else the first. */
function pickSeries(data: ChartData, name: string | undefined): ChartSeries | undefined {
  return data.series.find((s) => s.name === name) ?? data.series[0];
}

/** The finding: the largest layer's share of defence cost, or defence against attack cost. */
function costTitle(currency: string, row: OutcomeRow | undefined): string {
  if (row === undefined) return "Defence cost by layer against the attacker's cost";
  const at = drones(row.swarmSize);
  const top = [...row.layers].sort((a, b) => b.cost - a.cost)[0];
  if (row.layers.length > 1 && top !== undefined && row.defenderCost > 0) {
    return `The ${top.name} layer is ${formatPercent(top.cost / row.defenderCost)} of defence cost at ${at}`;
  }
  const defence = chartMoney(row.defenderCost, currency);
  return `Defence spends ${defence} against a ${chartMoney(row.attackerCost, currency)} attack at ${at}`;
}

/**
 * The `cost` chart: per swarm size (log x), each layer's cost
 * (`shots × costPerShot + fixed`, marginal) stacked outer layer at the bottom,
 * and the attacker's cost `Σ n_t × c_t` as a black line, in the reporting
 * currency. One series only (stacks of several series would mislead): the
 * base, or `options.series`.
 *
 * Title: the largest layer's share of the defender's cost at the focus row
 * ("The SAM layer is 92% of defence cost at 1,000 drones"); with a single
 * layer, defence against attack cost ("Defence spends €11M against a €380k attack at 19 drones").
 *
 * @example
 * buildCostChart(data, { series: "Second gun" });
 */
export function buildCostChart(data: ChartData, options: CostOptions = {}): TopLevelSpec {
  const { width, height } = plotSize(options);
  const series = pickSeries(data, options.series);
  const rows = series?.rows ?? [];
  // Layers by position (ids are unique, names need not be): a name shared by
  // two layers gets its id in brackets so each keeps its own colour.
  const first = rows[0]?.layers ?? [];
  const layerNames = first.map((l) =>
    first.filter((o) => o.name === l.name).length > 1 ? `${l.name} (${l.id})` : l.name,
  );
  const stacked = rows.flatMap((r) =>
    r.layers.map((l, i) => ({
      swarmSize: r.swarmSize,
      name: layerNames[i] ?? l.name,
      order: i,
      cost: roundSig(l.cost),
    })),
  );
  const attacker = rows.map((r) => ({
    swarmSize: r.swarmSize,
    name: ATTACKER_LABEL,
    cost: roundSig(r.attackerCost),
  }));

  const x = SWARM_SIZE_X;
  // One colour scale for layers and attacker, so a single legend explains both.
  const color = {
    field: "name",
    type: "nominal",
    scale: {
      domain: [...layerNames, ATTACKER_LABEL],
      range: [...layerNames.map((_, i) => categoryColor(i)), INK],
    },
    legend: { title: null, columns: legendColumns([...layerNames, ATTACKER_LABEL], width) },
  } as const;
  const yTitle = `Cost per attack (${data.currency}, ${data.priceYear} prices)`;
  const money = moneyLabelExpr(data.currency);
  const tooltip = [
    { field: "name", type: "nominal", title: "Cost" },
    { field: "swarmSize", type: "quantitative", title: "Drones", format: "," },
    { field: "cost", type: "quantitative", title: data.currency, format: ",.0f" },
  ] as const;

  const row = focusRow(rows, chartFocus(data, options));
  const title = costTitle(data.currency, row);
  const marks =
    row === undefined
      ? []
      : [
          focusMark(
            {
              swarmSize: row.swarmSize,
              value: row.defenderCost,
              label: `${drones(row.swarmSize)}: defence ${chartMoney(row.defenderCost, data.currency)}`,
            },
            x,
            {},
            "cost",
          ),
        ];
  const subtitleExtra = data.series.length > 1 && series !== undefined ? series.name : undefined;
  return frame(
    data,
    { title, ...(subtitleExtra === undefined ? {} : { subtitleExtra }) },
    {
      width,
      height,
      layer: [
        {
          data: { values: stacked },
          mark: { type: "area", opacity: 0.85, line: { strokeWidth: 1 } },
          encoding: {
            x,
            y: {
              field: "cost",
              type: "quantitative",
              stack: "zero",
              title: yTitle,
              axis: { labelExpr: money },
            },
            color,
            order: { field: "order", type: "quantitative" },
            tooltip: [...tooltip],
          },
        },
        {
          data: { values: attacker },
          mark: { type: "line", strokeWidth: 2.5, point: { filled: true, size: 28 } },
          encoding: { x, y: { field: "cost", type: "quantitative" }, color, tooltip: [...tooltip] },
        },
        ...marks,
      ],
    },
    width,
  );
}

/** The `cost` chart's registry entry. */
export const costChart: ChartModule<ChartData, CostOptions> = {
  summary: "defender cost by layer (stacked) against the attacker's cost, per swarm size",
  build: buildCostChart,
};
