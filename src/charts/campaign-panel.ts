/**
 * One plot of a campaign chart: lines over the nights with their Monte Carlo
 * bands, horizontal rules (a reserve, the hold leak rate) and vertical
 * rules (a dry night, the first breach), every rule labelled where the
 * label crosses no line and no other label (campaign-labels.ts). Scales are
 * fixed here, so label positions are exact pixels.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Band } from "../model/index.js";
import { niceCeil } from "./plot-geometry.js";
import type { ChartData } from "./chart-data.js";
import {
  type LabelRequest,
  type PlacedLabel,
  type Polyline,
  type Px,
  placeLabels,
} from "./campaign-labels.js";
import { roundSig } from "./format.js";
import { type FrameText, type LayerChild, type PlotSpec, frame } from "./frame.js";
import { interTextWidth } from "../render/text-metrics.js";
import { BAND_OPACITY, INK, LINE_LEGEND, MUTED } from "./theme.js";

/** One line over the nights (night 1 first); null where the value is undefined. */
export interface NightSeries {
  readonly name: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
  readonly bands?: readonly (Band | undefined)[];
}

/** A labelled rule: at a value of the y axis, or at a night. */
export interface RuleMark {
  readonly at: number;
  readonly label: string;
  readonly color: string;
  readonly strong?: boolean;
}

export interface PanelInput {
  readonly nights: number;
  readonly series: readonly NightSeries[];
  /** Every name of the chart's colour legend (shared by all its panels). */
  readonly legend: readonly NightSeries[];
  readonly width: number;
  readonly height: number;
  readonly yTitle: string;
  /** Axis label format: a d3 format, or a Vega label expression. */
  readonly yAxis: { readonly format: string } | { readonly labelExpr: string };
  /** The largest value the axis must show, besides the data; the axis top is never below it. */
  readonly yFloor?: number;
  /** The axis top is never above it (1 for a rate). */
  readonly yCap?: number;
  readonly hRules?: readonly RuleMark[];
  readonly vRules?: readonly RuleMark[];
  /** Field title of the values in tooltips. */
  readonly valueTitle: string;
  readonly valueFormat: string;
  /** Written across the plot when it has no value to draw (the axis then has no numbers). */
  readonly emptyNote?: string;
}

/** The x encoding of every campaign plot: nights from 0 (the start) to the horizon. */
export function nightX(nights: number): object {
  return {
    field: "night",
    type: "quantitative",
    title: "Night",
    scale: { domain: [0, nights], nice: false, zero: true },
    axis: { format: "d", tickMinStep: 1 },
  };
}

/** Columns of a top legend so it wraps within `width`: labels in Inter 12 px (cut at 260 px), 45 px for symbol and gap. */
function legendFit(labels: readonly string[], width: number): number {
  const widest = labels.reduce((m, l) => Math.max(m, Math.min(260, interTextWidth(l, 12))), 1);
  return Math.max(1, Math.min(labels.length, Math.floor(width / (widest + 45))));
}

function maxOf(p: PanelInput): number {
  let m = p.yFloor ?? 0;
  for (const s of p.series) {
    s.values.forEach((v, i) => (m = Math.max(m, v ?? 0, s.bands?.[i]?.p95 ?? 0)));
  }
  for (const r of p.hRules ?? []) m = Math.max(m, r.at);
  // Headroom above the highest line for the labels hung from the top.
  const top = niceCeil(m * 1.12);
  return p.yCap === undefined ? top : Math.min(top, p.yCap);
}

/** The plot's data and rules in pixels: what a label must not cross. */
function obstacles(p: PanelInput, px: (night: number, v: number) => Px): Polyline[] {
  const lines: Polyline[] = [];
  const trace = (values: readonly (number | null | undefined)[]): void => {
    const pts: Px[] = [];
    values.forEach((v, i) => {
      if (v !== null && v !== undefined) pts.push(px(i + 1, v));
    });
    if (pts.length > 0) lines.push(pts);
  };
  for (const s of p.series) {
    trace(s.values);
    if (s.bands !== undefined) {
      trace(s.bands.map((b) => b?.p5));
      trace(s.bands.map((b) => b?.p95));
    }
  }
  for (const r of p.vRules ?? []) lines.push([px(r.at, Infinity), px(r.at, -Infinity)]);
  for (const r of p.hRules ?? []) lines.push([px(0, r.at), px(p.nights, r.at)]);
  return lines;
}

function labelLayer(l: PlacedLabel): LayerChild {
  return {
    data: { values: [{ text: l.text }] },
    mark: {
      type: "text",
      align: "left",
      baseline: "top",
      fontSize: 12,
      fontWeight: l.fontWeight as 400 | 600,
      ...(l.angle === 0 ? {} : { angle: l.angle }),
      color: l.color,
    },
    encoding: {
      x: { value: l.x },
      y: { value: l.y },
      text: { field: "text", type: "nominal" },
    },
  };
}

/** The note across an empty plot, centred. */
function emptyNoteLayer(text: string, width: number, height: number): LayerChild {
  return {
    data: { values: [{ text }] },
    mark: { type: "text", align: "center", baseline: "middle", fontSize: 14, color: MUTED },
    encoding: {
      x: { value: width / 2 },
      y: { value: height / 2 },
      text: { field: "text", type: "nominal" },
    },
  };
}

/**
 * A layered plot of `p`: bands under lines, dotted rules, and every rule's
 * label placed in pixels.
 */
export function nightPanel(p: PanelInput): LayerChild & { width: number; height: number } {
  const top = maxOf(p);
  const x = nightX(p.nights);
  const yScale = { domain: [0, top], nice: false, zero: true };
  const px = (night: number, v: number): Px => ({
    x: (night / p.nights) * p.width,
    y: p.height - (Math.max(0, Math.min(v, top)) / top) * p.height,
  });
  const names = p.legend.map((s) => s.name);
  const color = {
    field: "series",
    type: "nominal" as const,
    scale: { domain: names, range: p.legend.map((s) => s.color) },
    legend: names.length > 1 ? { ...LINE_LEGEND, columns: legendFit(names, p.width) } : null,
  };
  const values = p.series.flatMap((s) =>
    s.values.map((v, i) => {
      const b = s.bands?.[i];
      return {
        series: s.name,
        night: i + 1,
        value: v === null ? null : roundSig(v),
        ...(b === undefined ? {} : { p5: roundSig(b.p5), p95: roundSig(b.p95) }),
      };
    }),
  );
  const y = { type: "quantitative", scale: yScale } as const;
  // Nothing to draw: say why across the plot, and show no numbers on an axis that measures nothing.
  const empty = p.emptyNote !== undefined && values.every((v) => v.value === null);
  const yAxis = empty ? { labels: false, ticks: false, grid: false } : p.yAxis;
  const layers: LayerChild[] = [];
  if (values.some((v) => "p5" in v)) {
    layers.push({
      transform: [{ filter: "isValid(datum.p5)" }],
      mark: { type: "area", opacity: BAND_OPACITY },
      encoding: { x, y: { ...y, field: "p5", title: p.yTitle }, y2: { field: "p95" }, color },
    });
  }
  layers.push({
    mark: { type: "line", interpolate: "linear" },
    encoding: {
      x,
      y: { ...y, field: "value", title: p.yTitle, axis: yAxis },
      color,
      tooltip: [
        { field: "series", type: "nominal", title: "Series" },
        { field: "night", type: "quantitative", title: "Night" },
        { field: "value", type: "quantitative", title: p.valueTitle, format: p.valueFormat },
      ],
    },
  });
  const rule = (r: RuleMark, encoding: object): LayerChild => ({
    data: { values: [{ at: roundSig(r.at) }] },
    mark: { type: "rule", color: r.color, strokeDash: [4, 3], strokeWidth: r.strong ? 2 : 1.5 },
    encoding,
  });
  for (const r of p.hRules ?? [])
    layers.push(rule(r, { y: { ...y, field: "at", title: p.yTitle } }));
  for (const r of p.vRules ?? []) layers.push(rule(r, { x: { ...x, field: "at" } }));

  const requests: LabelRequest[] = [
    // The strong rule (the first breach) chooses its place first.
    ...[...(p.vRules ?? [])]
      .sort((a, b) => Number(b.strong ?? false) - Number(a.strong ?? false))
      .map((r): LabelRequest => ({
        text: r.label,
        anchor: px(r.at, top),
        along: "vertical",
        ...(r.strong ? { color: INK, fontWeight: 600 } : {}),
      })),
    ...(p.hRules ?? []).map((r): LabelRequest => ({
      text: r.label,
      anchor: px(p.nights, r.at),
      along: "horizontal",
    })),
  ];
  const placed = placeLabels(requests, obstacles(p, px), p.width, p.height);
  for (const l of placed) layers.push(labelLayer(l));
  if (empty) layers.push(emptyNoteLayer(p.emptyNote ?? "", p.width, p.height));
  return { width: p.width, height: p.height, data: { values }, layer: layers };
}

/** A name without its trailing parenthesis, for labels: "Surface-to-air missiles". */
export function shortName(name: string): string {
  const short = name.replace(/\s*\([^)]*\)\s*$/, "").trim();
  return short === "" ? name : short;
}

/** "night 37", or "night 37 (median)" in Monte Carlo. */
export function nightWords(night: number, mc: boolean): string {
  // A median of an even number of trials may fall between two nights.
  return `night ${Math.round(night)}${mc ? " (median)" : ""}`;
}

/**
 * The briefing frame of {@link frame} around several panels stacked
 * top to bottom, the footnote under the last.
 */
export function framePanels(
  data: Omit<ChartData, "series">,
  text: FrameText,
  panels: readonly LayerChild[],
  width: number,
): TopLevelSpec {
  const spec = frame(data, text, panels[0] as PlotSpec, width) as TopLevelSpec & {
    vconcat: unknown[];
  };
  return { ...spec, vconcat: [...panels, spec.vconcat.at(-1)] } as TopLevelSpec;
}
