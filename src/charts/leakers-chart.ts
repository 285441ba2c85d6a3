/**
 * `leakers`: drones leaking (left axis) and the damage they do (right axis)
 * against swarm size, with a rule where each layer's shot budget runs out.
 */
import type { TopLevelSpec } from "vega-lite";
import type { OutcomeRow } from "../model/index.js";
import type { ChartData, ChartOptions } from "./chart-data.js";
import type { ChartModule } from "./chart-module.js";
import { chartFocus, focusRow } from "./focus.js";
import { type FocusPoint, focusMark, focusRingBox, placeFocusLabel } from "./focus-mark.js";
import {
  NUMBER_FORMAT,
  drones,
  chartCount,
  moneyLabelExpr,
  roundSig,
  swarmSizeX,
} from "./format.js";
import {
  budgetMarksIn,
  budgetRuleSegments,
  budgetRules,
  placeBudgetLabels,
  sizeRange,
} from "./budget-rules.js";
import { type LayerChild, frame, plotSize } from "./frame.js";
import { BAND_OPACITY, LINE_LEGEND, categoryColor, legendColumns } from "./theme.js";
import { type Box, type Segment, LabelSpace, polyline } from "./label-layout.js";
import {
  type PixelScale,
  curveObstacles,
  decadeDomain,
  labelLayers,
  linearScale,
  logScale,
  logTicks,
  niceCeil,
} from "./plot-geometry.js";
import { POINT_SIZE } from "./cer-layers.js";

/** Expected leakers below this are float residue of `N − kills`, not a leak. */
const NONE = 1e-9;

/** The finding: leakers at the focus row, "grow to" when they rose from the smallest size. */
function leakersTitle(data: ChartData, row: OutcomeRow | undefined): string {
  const rows = data.series[0]?.rows ?? [];
  if (row === undefined) return "Drones leaking and damage against swarm size";
  const at = drones(row.swarmSize);
  // Only none is "no leak" (below NONE: rounding left over from N − kills); 0.012 is a risk.
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

type Metric = "leakers" | "damage";

interface LeakerValue {
  series: string;
  swarmSize: number;
  leakers: number;
  damage: number;
  leakersP5?: number;
  leakersP95?: number;
  damageP5?: number;
  damageP95?: number;
}

function leakerValue(series: string, r: OutcomeRow): LeakerValue {
  return {
    series,
    swarmSize: r.swarmSize,
    leakers: roundSig(r.leakers),
    damage: roundSig(r.damage),
    ...(r.bands?.leakers === undefined
      ? {}
      : { leakersP5: roundSig(r.bands.leakers.p5), leakersP95: roundSig(r.bands.leakers.p95) }),
    ...(r.bands?.damage === undefined
      ? {}
      : { damageP5: roundSig(r.bands.damage.p5), damageP95: roundSig(r.bands.damage.p95) }),
  };
}

/**
 * One metric's y axis: logarithmic over whole decades when its positive
 * values span more than two decades (values ≤ 0, which a log scale cannot
 * place, are then left out; a band's p5 of 0 is drawn at the smallest
 * positive value), else linear from 0 to a round top. The domain is explicit
 * so labels can be placed in pixels.
 */
interface MetricAxis {
  readonly metric: Metric;
  readonly title: string;
  readonly log: boolean;
  /** The smallest positive value (a log band's floor). */
  readonly floor: number;
  readonly domain: [number, number];
  readonly px: PixelScale;
  /** Whether any row has a band for this metric. */
  readonly banded: boolean;
}

function metricAxis(
  values: readonly LeakerValue[],
  metric: Metric,
  title: string,
  height: number,
): MetricAxis {
  const all = values.flatMap((v) => [v[metric], v[`${metric}P5`] ?? 0, v[`${metric}P95`] ?? 0]);
  const log = spansDecades(values.map((v) => v[metric]));
  const floor = values.reduce((m, v) => (v[metric] > 0 ? Math.min(m, v[metric]) : m), Infinity);
  const domain: [number, number] = log
    ? decadeDomain(all)
    : [0, niceCeil(all.reduce((m, v) => Math.max(m, v), 0))];
  const px = log ? logScale(domain, [height, 0]) : linearScale(domain, [height, 0]);
  const banded = values.some((v) => v[`${metric}P5`] !== undefined);
  return { metric, title, log, floor, domain, px, banded };
}

/** A metric's line (and band), in pixels, added to the obstacles its labels avoid. */
function addCurveObstacles(
  into: { segments: Segment[]; boxes: Box[] },
  values: readonly LeakerValue[],
  axis: MetricAxis,
  xPx: PixelScale,
): void {
  const series = [...new Set(values.map((v) => v.series))];
  for (const name of series) {
    const own = values.filter((v) => v.series === name);
    const line = own.filter((v) => !axis.log || v[axis.metric] > 0);
    const curve = curveObstacles(
      line.map((v) => [xPx(v.swarmSize), axis.px(v[axis.metric])]),
      POINT_SIZE,
    );
    for (const item of curve.segments) into.segments.push(item);
    for (const item of curve.boxes) into.boxes.push(item);
    const banded = own.filter(
      (v) =>
        v[`${axis.metric}P5`] !== undefined && (!axis.log || (v[`${axis.metric}P95`] ?? 0) > 0),
    );
    for (const edge of ["P5", "P95"] as const) {
      const y = (v: LeakerValue): number => {
        const raw = v[`${axis.metric}${edge}`] ?? 0;
        return axis.px(axis.log ? Math.max(raw, axis.floor) : raw);
      };
      for (const item of polyline(banded.map((v) => [xPx(v.swarmSize), y(v)])))
        into.segments.push(item);
    }
  }
}

/** One metric's band (when any row has one) under its line, sharing one explicit y scale. */
function metricLayer(
  axis: MetricAxis,
  enc: { readonly x: object; readonly color: object; readonly currency: string },
  axisStyle: object,
  dash: number[],
  focus?: FocusPoint,
): LayerChild {
  const { metric, log, floor, title } = axis;
  const { x, color } = enc;
  const scale = {
    scale: log
      ? { type: "log" as const, domain: axis.domain, nice: false }
      : { type: "linear" as const, domain: axis.domain, nice: false, zero: true },
  };
  const layer: LayerChild[] = [];
  if (axis.banded) {
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
    mark: { type: "line", strokeDash: dash, point: { filled: true, size: POINT_SIZE } },
    encoding: {
      x,
      y: {
        field: metric,
        type: "quantitative",
        title: log ? `${title} (log scale)` : title,
        axis: log ? { ...axisStyle, values: logTicks(axis.domain) } : axisStyle,
        ...scale,
      },
      color,
      tooltip: [
        { field: "series", type: "nominal", title: "Series" },
        { field: "swarmSize", type: "quantitative", title: "Drones", format: "," },
        {
          field: metric,
          type: "quantitative",
          title: metric === "leakers" ? "Leakers" : enc.currency,
          format: ",.4~r",
        },
      ],
    },
  });
  if (focus !== undefined) layer.push(focusMark(focus, x, scale, metric));
  return { layer };
}

/** The leakers axis, and the damage axis when any drone does damage (none drawn at 0 otherwise). */
function leakerAxes(
  values: readonly LeakerValue[],
  data: Pick<ChartData, "currency" | "priceYear">,
  height: number,
): MetricAxis[] {
  const damaging = values.some((v) => v.damage > 0 || (v.damageP95 ?? 0) > 0);
  return [
    // "solid" only tells the leakers from the dashed damage when there is one.
    metricAxis(values, "leakers", `Drones leaking per attack${damaging ? ", solid" : ""}`, height),
    ...(damaging
      ? [
          metricAxis(
            values,
            "damage",
            `Damage (${data.currency}, ${data.priceYear} prices), dashed`,
            height,
          ),
        ]
      : []),
  ];
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
  const values: LeakerValue[] = data.series.flatMap((s) =>
    s.rows.map((r) => leakerValue(s.name, r)),
  );
  const sizes = sizeRange(data.series);
  const x = swarmSizeX(sizes);
  const xPx = logScale(sizes, [0, width]);
  const color = {
    field: "series",
    type: "nominal",
    scale: { domain: names, range: names.map((_, i) => categoryColor(i)) },
    legend: names.length > 1 ? { ...LINE_LEGEND, columns: legendColumns(names, width) } : null,
  } as const;
  const row = focusRow(data.series[0]?.rows ?? [], chartFocus(data, options));
  const focus =
    row === undefined || row.leakers < NONE
      ? undefined
      : {
          swarmSize: row.swarmSize,
          value: row.leakers,
          label: `${drones(row.swarmSize)}: ${chartCount(row.leakers)} leak`,
        };
  const axes = leakerAxes(values, data, height);
  const budgets = budgetMarksIn(data.budgetMarks, sizes);

  const obstacles = { segments: budgetRuleSegments(budgets, xPx, height), boxes: [] as Box[] };
  for (const axis of axes) addCurveObstacles(obstacles, values, axis, xPx);
  const leakersY = axes[0]!.px;
  if (focus !== undefined) {
    obstacles.boxes.push(focusRingBox(xPx(focus.swarmSize), leakersY(roundSig(focus.value))));
  }
  const space = new LabelSpace(width, height, obstacles);
  if (focus !== undefined) {
    placeFocusLabel(space, xPx(focus.swarmSize), leakersY(roundSig(focus.value)), focus.label);
  }
  placeBudgetLabels(space, budgets, xPx, "top");

  const [leakersAxis, damageAxis] = axes;
  return frame(
    data,
    { title: leakersTitle(data, row) },
    {
      width,
      height,
      data: { values },
      layer: [
        metricLayer(
          leakersAxis!,
          { x, color, currency: data.currency },
          { format: NUMBER_FORMAT },
          [],
          focus,
        ),
        // A scenario whose drones do no damage gets no flat damage line at €0.
        ...(damageAxis === undefined
          ? []
          : [
              metricLayer(
                damageAxis,
                { x, color, currency: data.currency },
                { orient: "right", labelExpr: moneyLabelExpr(data.currency), grid: false },
                [7, 4],
              ),
            ]),
        ...budgetRules(budgets, x),
        ...labelLayers(space.placed),
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
