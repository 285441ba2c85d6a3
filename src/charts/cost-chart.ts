/**
 * `cost`: the defender's cost per attack, stacked by layer, against the
 * attacker's cost as a line, per swarm size.
 */
import type { TopLevelSpec } from "vega-lite";
import type { OutcomeRow } from "../model/index.js";
import type { ChartData, ChartOptions, ChartSeries } from "./chart-data.js";
import type { ChartModule } from "./chart-module.js";
import { chartFocus, focusRow } from "./focus.js";
import { focusMark, focusRingBox, placeFocusLabel } from "./focus-mark.js";
import {
  drones,
  chartMoney,
  formatPercent,
  moneyLabelExpr,
  roundSig,
  swarmSizeX,
} from "./format.js";
import { type LayerChild, frame, plotSize } from "./frame.js";
import { sizeRange } from "./budget-rules.js";
import { type Box, type Obstacles, type Segment, LabelSpace } from "./label-layout.js";
import {
  type PlotScales,
  curveObstacles,
  labelLayers,
  linearScale,
  logScale,
  niceCeil,
} from "./plot-geometry.js";
import { POINT_SIZE } from "./cer-layers.js";
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
 * What the cost chart draws, in pixels: the attacker's line and points, the
 * top edge of every stacked layer (outer layer at the bottom) and the focus ring.
 */
function costObstacles(
  rows: readonly OutcomeRow[],
  scales: PlotScales,
  focus: OutcomeRow | undefined,
): Obstacles {
  const segments: Segment[] = [];
  const boxes: Box[] = [];
  const attacker = curveObstacles(
    rows.map((r) => [scales.x(r.swarmSize), scales.y(roundSig(r.attackerCost))]),
    POINT_SIZE,
  );
  for (const item of attacker.segments) segments.push(item);
  for (const item of attacker.boxes) boxes.push(item);
  const count = rows[0]?.layers.length ?? 0;
  for (let i = 0; i < count; i++) {
    const tops = rows.map((r): [number, number] => {
      const sum = r.layers.slice(0, i + 1).reduce((a, l) => a + roundSig(l.cost), 0);
      return [scales.x(r.swarmSize), scales.y(sum)];
    });
    for (const item of curveObstacles(tops, 0).segments) segments.push(item);
  }
  if (focus !== undefined) {
    boxes.push(focusRingBox(scales.x(focus.swarmSize), scales.y(roundSig(focus.defenderCost))));
  }
  return { segments, boxes };
}

/**
 * The plotted values: each layer's cost per swarm size (stacked in layer
 * order) and the attacker's. Layers go by position (ids are unique, names
 * need not be): a name shared by two layers gets its id in brackets so each
 * keeps its own colour.
 */
function costValues(rows: readonly OutcomeRow[]) {
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
  return { layerNames, stacked, attacker };
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
  const { layerNames, stacked, attacker } = costValues(rows);

  const x = swarmSizeX(sizeRange([{ rows }]));
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
  const sizes = sizeRange([{ rows }]);
  const top = niceCeil(rows.reduce((m, r) => Math.max(m, r.defenderCost, r.attackerCost), 0));
  const yScale = { domain: [0, top], nice: false, zero: true };
  const scales = { x: logScale(sizes, [0, width]), y: linearScale([0, top], [height, 0]) };
  const space = new LabelSpace(width, height, costObstacles(rows, scales, row));
  const marks: LayerChild[] = [];
  if (row !== undefined) {
    const label = `${drones(row.swarmSize)}: defence ${chartMoney(row.defenderCost, data.currency)}`;
    const focus = { swarmSize: row.swarmSize, value: row.defenderCost, label };
    marks.push(focusMark(focus, x, { scale: yScale }, "cost"));
    placeFocusLabel(space, scales.x(row.swarmSize), scales.y(roundSig(row.defenderCost)), label);
  }
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
              scale: yScale,
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
          encoding: {
            x,
            y: { field: "cost", type: "quantitative", scale: yScale },
            color,
            tooltip: [...tooltip],
          },
        },
        ...marks,
        ...labelLayers(space.placed),
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
