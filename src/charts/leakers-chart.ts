/**
 * `leakers`: drones leaking (left axis) and the damage they do (right axis)
 * against swarm size, with a rule where each layer's shot budget runs out.
 */
import type { TopLevelSpec } from "vega-lite";
import type { OutcomeRow } from "../model/index.js";
import type { ChartData, ChartOptions } from "./chart-data.js";
import type { ChartModule } from "./chart-module.js";
import { chartFocus, focusRow } from "./focus.js";
import { focusMark } from "./focus-mark.js";
import {
  NUMBER_FORMAT,
  drones,
  chartCount,
  moneyLabelExpr,
  roundSig,
  SWARM_SIZE_X,
} from "./format.js";
import { budgetRules, sizeRange } from "./budget-rules.js";
import { type LayerChild, frame, plotSize } from "./frame.js";
import { BAND_OPACITY, LINE_LEGEND, categoryColor, legendColumns } from "./theme.js";

/** Leakers below this count read as "none" in the title (fluid values are fractional). */
const NONE = 0.05;

/** The finding: leakers at the focus row, "grow to" when they rose from the smallest size. */
function leakersTitle(data: ChartData, row: OutcomeRow | undefined): string {
  const rows = data.series[0]?.rows ?? [];
  if (row === undefined) return "Drones leaking and damage against swarm size";
  const at = drones(row.swarmSize);
  if (row.leakers < NONE) return `No drone leaks at ${at}`;
  const first = rows.reduce((a, b) => (b.swarmSize < a.swarmSize ? b : a));
  const verb = first.swarmSize < row.swarmSize && first.leakers < row.leakers ? "grow to" : "reach";
  return `Leakers ${verb} ${chartCount(row.leakers)} at ${at}`;
}

/** Whether the positive values span more than two decades (max / min > 100). */
export function spansDecades(values: readonly number[]): boolean {
  let lo = Infinity;
  let hi = 0;
  for (const v of values) {
    if (v > 0) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return hi > 0 && hi / lo > 100;
}

/**
 * The `leakers` chart: expected leakers per attack (`N − kills`, left axis)
 * and damage (`Σ leakers_t × d_t`, right axis, dashed) per swarm size (log x),
 * one colour per series, p5–p95 bands where rows carry them, and a vertical
 * rule labelled "<layer> out of shots" at each budget mark.
 *
 * Title: the first series' leakers at the focus row, e.g. "Leakers grow to 312 at 1,000 drones".
 *
 * @example
 * buildLeakersChart(data);
 */
export function buildLeakersChart(data: ChartData, options: ChartOptions = {}): TopLevelSpec {
  const { width, height } = plotSize(options);
  const names = data.series.map((s) => s.name);
  const values = data.series.flatMap((s) =>
    s.rows.map((r) => ({
      series: s.name,
      swarmSize: r.swarmSize,
      leakers: roundSig(r.leakers),
      damage: roundSig(r.damage),
      ...(r.bands?.leakers === undefined
        ? {}
        : { leakersP5: roundSig(r.bands.leakers.p5), leakersP95: roundSig(r.bands.leakers.p95) }),
      ...(r.bands?.damage === undefined
        ? {}
        : { damageP5: roundSig(r.bands.damage.p5), damageP95: roundSig(r.bands.damage.p95) }),
    })),
  );

  const x = SWARM_SIZE_X;
  const color = {
    field: "series",
    type: "nominal",
    scale: { domain: names, range: names.map((_, i) => categoryColor(i)) },
    legend: names.length > 1 ? { ...LINE_LEGEND, columns: legendColumns(names, width) } : null,
  } as const;

  const row = focusRow(data.series[0]?.rows ?? [], chartFocus(data, options));

  /**
   * One metric's band (when any row has one) under its line, sharing one y
   * scale: logarithmic when the metric's positive values span more than two
   * decades (values ≤ 0, which a log scale cannot place, are then left out),
   * linear otherwise.
   */
  const metricLayer = (
    metric: "leakers" | "damage",
    title: string,
    axis: object,
    dash: number[],
    focus?: LayerChild,
  ): LayerChild => {
    const log = spansDecades(values.map((v) => v[metric]));
    const floor = values.reduce((m, v) => (v[metric] > 0 ? Math.min(m, v[metric]) : m), Infinity);
    const scale = log ? { scale: { type: "log" as const } } : {};
    const layer: LayerChild[] = [];
    if (values.some((v) => `${metric}P5` in v)) {
      layer.push({
        // On a log scale a band's p5 of 0 is drawn at the smallest positive value.
        transform: [
          { filter: `isValid(datum.${metric}P5)${log ? ` && datum.${metric}P95 > 0` : ""}` },
          {
            calculate: log ? `max(datum.${metric}P5, ${floor})` : `datum.${metric}P5`,
            as: "bandLow",
          },
        ],
        mark: { type: "area", opacity: BAND_OPACITY },
        encoding: {
          x,
          y: { field: "bandLow", type: "quantitative", title, ...scale },
          y2: { field: `${metric}P95` },
          color,
        },
      });
    }
    layer.push({
      ...(log ? { transform: [{ filter: `datum.${metric} > 0` }] } : {}),
      mark: { type: "line", strokeDash: dash, point: { filled: true, size: 28 } },
      encoding: {
        x,
        y: {
          field: metric,
          type: "quantitative",
          title: log ? `${title} (log scale)` : title,
          axis,
          ...scale,
        },
        color,
        tooltip: [
          { field: "series", type: "nominal", title: "Series" },
          { field: "swarmSize", type: "quantitative", title: "Drones", format: "," },
          {
            field: metric,
            type: "quantitative",
            title: metric === "leakers" ? "Leakers" : data.currency,
            format: ",.4~r",
          },
        ],
      },
    });
    if (focus !== undefined) layer.push(focus);
    return { layer };
  };
  const leakersFocus =
    row === undefined || row.leakers <= 0
      ? undefined
      : focusMark(
          {
            swarmSize: row.swarmSize,
            value: row.leakers,
            label: `${drones(row.swarmSize)}: ${chartCount(row.leakers)} leak`,
          },
          x,
          {},
          "leakers",
        );

  const marks = budgetRules(data.budgetMarks, x, {
    edge: "top",
    height,
    sizes: sizeRange(data.series),
  });

  return frame(
    data,
    { title: leakersTitle(data, row) },
    {
      width,
      height,
      data: { values },
      layer: [
        metricLayer(
          "leakers",
          "Drones leaking per attack, solid",
          { format: NUMBER_FORMAT },
          [],
          leakersFocus,
        ),
        // A scenario whose drones do no damage gets no flat damage line at €0.
        ...(values.some((v) => v.damage > 0 || (v.damageP95 ?? 0) > 0)
          ? [
              metricLayer(
                "damage",
                `Damage (${data.currency}, ${data.priceYear} prices), dashed`,
                { orient: "right", labelExpr: moneyLabelExpr(data.currency), grid: false },
                [7, 4],
              ),
            ]
          : []),
        ...marks,
      ],
      resolve: { scale: { y: "independent" } },
    },
    width,
  );
}

/** The `leakers` chart's registry entry. */
export const leakersChart: ChartModule<ChartData, ChartOptions> = {
  summary:
    "drones leaking and damage against swarm size, with where each layer's shot budget runs out",
  build: buildLeakersChart,
};
