/**
 * `leakers`: drones leaking (left axis) and the damage they do (right axis)
 * against swarm size, with a rule where each layer's shot budget runs out.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartData, ChartOptions } from "./chart-data.js";
import type { ChartModule } from "./chart-module.js";
import { focusRow } from "./focus.js";
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
function leakersTitle(data: ChartData, focusSize: number | undefined): string {
  const rows = data.series[0]?.rows ?? [];
  const row = focusRow(rows, focusSize);
  if (row === undefined) return "Drones leaking and damage against swarm size";
  const at = drones(row.swarmSize);
  if (row.leakers < NONE) return `No drone leaks at ${at}`;
  const first = rows.reduce((a, b) => (b.swarmSize < a.swarmSize ? b : a));
  const verb = first.swarmSize < row.swarmSize && first.leakers < row.leakers ? "grow to" : "reach";
  return `Leakers ${verb} ${chartCount(row.leakers)} at ${at}`;
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

  /** One metric's band (when any row has one) under its line, sharing one y scale. */
  const metricLayer = (
    metric: "leakers" | "damage",
    title: string,
    axis: object,
    dash: number[],
  ): LayerChild => {
    const layer: LayerChild[] = [];
    if (values.some((v) => `${metric}P5` in v)) {
      layer.push({
        transform: [{ filter: `isValid(datum.${metric}P5)` }],
        mark: { type: "area", opacity: BAND_OPACITY },
        encoding: {
          x,
          y: { field: `${metric}P5`, type: "quantitative", title },
          y2: { field: `${metric}P95` },
          color,
        },
      });
    }
    layer.push({
      mark: { type: "line", strokeDash: dash, point: { filled: true, size: 28 } },
      encoding: {
        x,
        y: { field: metric, type: "quantitative", title, axis },
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
    return { layer };
  };

  const marks = budgetRules(data.budgetMarks, x, {
    edge: "top",
    height,
    sizes: sizeRange(data.series),
  });

  return frame(
    data,
    { title: leakersTitle(data, options.focusSize) },
    {
      width,
      height,
      data: { values },
      layer: [
        metricLayer("leakers", "Drones leaking per attack, solid", { format: NUMBER_FORMAT }, []),
        metricLayer(
          "damage",
          `Damage (${data.currency}, ${data.priceYear} prices), dashed`,
          { orient: "right", labelExpr: moneyLabelExpr(data.currency), grid: false },
          [7, 4],
        ),
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
