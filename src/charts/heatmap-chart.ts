/**
 * `heatmap`: the CER over swarm size × one swept input, on a diverging
 * colour scale centred on CER = 1.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartOptions, HeatmapData } from "./chart-data.js";
import type { ChartModule } from "./chart-module.js";
import { chartRatio, roundSig } from "./format.js";
import { type LayerChild, frame, plotSize } from "./frame.js";
import { INK } from "./theme.js";
import { interTextWidth } from "../render/text-metrics.js";

/** Pixels kept clear between a cell's label and the cell's edges. */
const CELL_MARGIN = 3;
const CELL_FONT_SIZE = 12;

/**
 * Whether every label fits inside its cell (measured in Inter, as Vega sets
 * it) on a `width × height` plot of `columns × rows` cells: labels never
 * spill into a neighbour's cell.
 */
export function labelsFitCells(
  labels: readonly string[],
  plot: { readonly width: number; readonly height: number },
  columns: number,
  rows: number,
): boolean {
  const cellWidth = plot.width / Math.max(1, columns);
  const cellHeight = plot.height / Math.max(1, rows);
  const widest = labels.reduce((m, l) => Math.max(m, interTextWidth(l, CELL_FONT_SIZE)), 0);
  return widest + 2 * CELL_MARGIN <= cellWidth && CELL_FONT_SIZE + 2 * CELL_MARGIN <= cellHeight;
}

/**
 * The colour domain `[1/m, m]` with `m ≥ 2` the largest distance from 1 (as a
 * factor) of any CER, rounded up to 2 significant figures: symmetric in log
 * space, so CER = 1 sits at the neutral centre.
 *
 * @example
 * heatmapDomain([0.5, 22.5]); // [1 / 23, 23]
 */
export function heatmapDomain(cers: readonly number[]): [number, number] {
  const positive = cers.filter((c) => c > 0);
  // A loop, not Math.max(...cells): a 200 × 1,000 heatmap would overflow the stack.
  const spread = positive.reduce((m, c) => Math.max(m, c, 1 / c), 2);
  const exponent = Math.floor(Math.log10(spread)) - 1;
  const m = Math.ceil(spread / 10 ** exponent - 1e-9) * 10 ** exponent;
  return [roundSig(1 / m), roundSig(m)];
}

/** The finding: in how many of the cases shown the defender pays more than the attacker. */
function heatmapTitle(cers: readonly number[]): string {
  const losing = cers.filter((c) => c > 1).length;
  if (cers.length === 0) return "Cost-exchange ratio by swarm size and input";
  if (losing === cers.length) return "Defence pays more than the attacker in every case shown";
  if (losing === 0) return "Defence pays no more than the attacker in any case shown";
  return `Defence pays more than the attacker in ${losing} of ${cers.length} cases`;
}

/**
 * Each cell's CER written in it, when every label fits its cell; white on
 * the dark ends of the scale, ink near CER = 1.
 */
function cellLabelLayers(
  values: readonly { readonly swarmSize: number; readonly x: number; readonly label: string }[],
  plot: { readonly width: number; readonly height: number },
  domain: readonly [number, number],
): LayerChild[] {
  const fit = labelsFitCells(
    values.map((v) => v.label),
    plot,
    new Set(values.map((v) => v.swarmSize)).size,
    new Set(values.map((v) => v.x)).size,
  );
  if (!fit) return [];
  const darkAbove = roundSig(0.55 * Math.log(domain[1]));
  return [
    {
      mark: { type: "text", fontSize: CELL_FONT_SIZE },
      encoding: {
        text: { field: "label", type: "nominal" },
        color: {
          condition: { test: `abs(log(datum.shown)) > ${darkAbove}`, value: "#ffffff" },
          value: INK,
        },
      },
    },
  ];
}

/**
 * The `heatmap` chart: one cell per (swarm size, input value) coloured by
 * `cer = defenderCost / attackerCost` on a log, diverging blue–orange scale
 * (colour-blind safe) whose domain `[1/m, m]` is centred on 1: blue where the
 * defender pays less than the attacker, orange where it pays more. Cells with
 * a null CER are left blank; a CER of 0 takes the bluest colour. Each cell is
 * labelled with its CER when every label fits inside its cell ({@link labelsFitCells}).
 *
 * @example
 * buildHeatmapChart({ ...data, xPath: "defense.layers[0].costPerShot", xLabel: "AIM-9X per shot (EUR)", cells });
 */
export function buildHeatmapChart(data: HeatmapData, options: ChartOptions = {}): TopLevelSpec {
  const { width, height } = plotSize(options);
  const cells = data.cells.flatMap((c) => (c.cer === null ? [] : [{ ...c, cer: c.cer }]));
  const domain = heatmapDomain(cells.map((c) => c.cer));
  const values = cells.map((c) => ({
    x: roundSig(c.x),
    swarmSize: c.swarmSize,
    cer: roundSig(c.cer),
    // A log scale cannot place 0: show it at the bottom of the domain.
    shown: roundSig(Math.max(c.cer, domain[0])),
    label: chartRatio(c.cer),
  }));

  const encoding = {
    x: {
      field: "swarmSize",
      type: "ordinal",
      title: "Drones per attack",
      axis: { labelAngle: 0, labelExpr: "format(datum.value, ',')" },
    },
    y: {
      field: "x",
      type: "ordinal",
      sort: "descending",
      title: data.xLabel,
      // SI suffixes for large values (money), plain digits for probabilities.
      axis: {
        labelExpr:
          "abs(datum.value) >= 1000 ? format(datum.value, '.3~s') : format(datum.value, ',.3~g')",
      },
    },
  } as const;

  return frame(
    data,
    { title: heatmapTitle(cells.map((c) => c.cer)), subtitleExtra: `varying ${data.xPath}` },
    {
      width,
      height,
      data: { values },
      encoding,
      layer: [
        {
          mark: { type: "rect", stroke: "#ffffff", strokeWidth: 1 },
          encoding: {
            color: {
              field: "shown",
              type: "quantitative",
              scale: { type: "log", domain, domainMid: 1, scheme: "blueorange", clamp: true },
              legend: {
                title: "CER",
                orient: "right",
                direction: "vertical",
                format: ",.2~r",
                gradientLength: Math.min(height, 240),
              },
            },
            tooltip: [
              { field: "swarmSize", type: "ordinal", title: "Drones" },
              { field: "x", type: "quantitative", title: data.xLabel, format: ",.6~g" },
              { field: "label", type: "nominal", title: "CER" },
            ],
          },
        },
        ...cellLabelLayers(values, { width, height }, domain),
      ],
    },
    width,
  );
}

/** The `heatmap` chart's registry entry. */
export const heatmapChart: ChartModule<HeatmapData, ChartOptions> = {
  summary: "CER over swarm size and one swept input, diverging colours centred on 1",
  build: buildHeatmapChart,
};
