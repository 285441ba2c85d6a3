/**
 * Collision-free annotation labels, by construction: a chart knows its plot's
 * pixel geometry (scales with explicit domains, the polylines of its curves,
 * its rules and points), measures each label with the embedded Inter font
 * exactly as headless Vega does, and takes the first candidate position whose
 * text box stays inside the plot, overlaps no label already placed and is
 * crossed by no mark. Tick labels, legend and titles sit outside the plot, so
 * a label inside it cannot touch them.
 */
import { interTextWidth } from "../render/text-metrics.js";

/** An axis-aligned box in plot pixels: x grows right, y grows down. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A straight piece of a mark (rule, line, area edge) in plot pixels. */
export interface Segment {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export type Align = "left" | "center" | "right";
export type Baseline = "top" | "middle" | "bottom";

/** Where a label's anchor sits and how its text hangs from it. */
export interface Spot {
  readonly x: number;
  readonly y: number;
  readonly align: Align;
  readonly baseline: Baseline;
  /** The text to write at this spot, when it differs from the label's own (e.g. naming its size). */
  readonly text?: string;
}

/** Font size (px) and weight of a label. */
export interface LabelStyle {
  readonly fontSize: number;
  readonly fontWeight: number;
}

/** A label with where it went. */
export interface PlacedLabel {
  readonly text: string;
  readonly spot: Spot;
  readonly box: Box;
  readonly style: LabelStyle;
  readonly color: string;
}

/** Pixels to 0.01 px, so specs do not change with the last bits of a float. */
export function roundPx(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Clearance in pixels kept between a label and any mark or other label. */
export const LABEL_PAD = 3;

/**
 * The box Vega gives a one-line text item (vega-scenegraph's text bounds):
 * width from the glyph advances, height the font size, the top at
 * `y + round(k·size) − round(0.8·size)` with k = 0.79 (top), 0.30 (middle)
 * or −0.21 (bottom).
 */
export function textBox(text: string, style: LabelStyle, spot: Spot): Box {
  const h = style.fontSize;
  const w = interTextWidth(text.trim(), h, style.fontWeight);
  const k = spot.baseline === "top" ? 0.79 : spot.baseline === "middle" ? 0.3 : -0.21;
  const top = spot.y + Math.round(k * h) - Math.round(0.8 * h);
  const left =
    spot.align === "center" ? spot.x - w / 2 : spot.align === "right" ? spot.x - w : spot.x;
  return { x0: left, y0: top, x1: left + w, y1: top + h };
}

/** `box` grown by `pad` on every side. */
export function grow(box: Box, pad: number): Box {
  return { x0: box.x0 - pad, y0: box.y0 - pad, x1: box.x1 + pad, y1: box.y1 + pad };
}

/** Whether two boxes share an area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Whether a segment passes through a box's interior (Liang–Barsky clipping). */
export function segmentCrossesBox(s: Segment, b: Box): boolean {
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r >= t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r <= t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return (
    clip(-dx, s.x0 - b.x0) &&
    clip(dx, b.x1 - s.x0) &&
    clip(-dy, s.y0 - b.y0) &&
    clip(dy, b.y1 - s.y0) &&
    t1 > t0
  );
}

/** The segments joining consecutive points. */
export function polyline(points: readonly (readonly [number, number])[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    out.push({ x0, y0, x1, y1 });
  }
  return out;
}

/** The box of a Vega symbol of area `size` (px²) centred at (x, y), with its stroke. */
export function symbolBox(x: number, y: number, size: number, stroke = 1): Box {
  const r = Math.sqrt(size / Math.PI) + stroke;
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

/** The marks a plot's labels must keep clear of. */
export interface Obstacles {
  readonly segments: readonly Segment[];
  readonly boxes: readonly Box[];
}

/**
 * The free space of one plot, `width × height` pixels: labels are placed in
 * turn, each where it collides with nothing placed or drawn before it.
 */
export class LabelSpace {
  private readonly boxes: Box[];
  private readonly segments: readonly Segment[];
  readonly placed: PlacedLabel[] = [];

  constructor(
    readonly width: number,
    readonly height: number,
    obstacles: Obstacles,
  ) {
    this.boxes = [...obstacles.boxes];
    this.segments = obstacles.segments;
  }

  /** How many things a box would collide with (0: it fits). */
  collisions(box: Box): number {
    const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= this.width && box.y1 <= this.height;
    const padded = grow(box, LABEL_PAD);
    return (
      (inside ? 0 : 1) +
      this.boxes.filter((b) => boxesOverlap(padded, b)).length +
      this.segments.filter((s) => segmentCrossesBox(s, padded)).length
    );
  }

  /**
   * Places `text` at the first of `spots` where it collides with nothing;
   * when none is free, at the spot with the fewest collisions (so a label is
   * never lost; tests/charts/label-collisions.test.ts catches such a plot).
   */
  place(text: string, style: LabelStyle, color: string, spots: readonly Spot[]): PlacedLabel {
    const free = this.placeFree(text, style, color, spots);
    if (free !== undefined) return free;
    return this.placeBest(text, style, color, spots);
  }

  /**
   * Places `text` at the first of `spots` where it collides with nothing, or
   * not at all (undefined): for a label the chart can do without, e.g. one
   * of a dozen crossings whose dots and legend already say it.
   */
  placeFree(
    text: string,
    style: LabelStyle,
    color: string,
    spots: readonly Spot[],
  ): PlacedLabel | undefined {
    for (const c of this.candidates(text, style, color, spots)) {
      if (c.count === 0) return this.keep(c.label);
    }
    return undefined;
  }

  /** Each spot's label and how many things it would collide with there. */
  private *candidates(
    text: string,
    style: LabelStyle,
    color: string,
    spots: readonly Spot[],
  ): Generator<{ label: PlacedLabel; count: number }> {
    for (const raw of spots) {
      // Rounded as the spec writes it, so the box measured is the box drawn.
      const spot = { ...raw, x: roundPx(raw.x), y: roundPx(raw.y) };
      const written = raw.text ?? text;
      const box = textBox(written, style, spot);
      yield { label: { text: written, spot, box, style, color }, count: this.collisions(box) };
    }
  }

  private keep(label: PlacedLabel): PlacedLabel {
    this.boxes.push(label.box);
    this.placed.push(label);
    return label;
  }

  private placeBest(
    text: string,
    style: LabelStyle,
    color: string,
    spots: readonly Spot[],
  ): PlacedLabel {
    let best: { label: PlacedLabel; count: number } | undefined;
    for (const c of this.candidates(text, style, color, spots)) {
      if (best === undefined || c.count < best.count) best = c;
    }
    if (best === undefined) throw new RangeError(`no candidate position for the label "${text}"`);
    return this.keep(best.label);
  }
}

/**
 * Candidate spots around a point (a focus ring, a crossing dot) `gap` pixels
 * clear of it: above-right first, then the other diagonals and sides, then
 * the same further out.
 */
export function spotsAround(x: number, y: number, gap: number): Spot[] {
  const spots: Spot[] = [];
  for (let d = gap; d <= gap + 96; d += 8) {
    spots.push(
      { x: x + d, y: y - d, align: "left", baseline: "bottom" },
      { x: x - d, y: y - d, align: "right", baseline: "bottom" },
      { x: x + d, y: y + d, align: "left", baseline: "top" },
      { x: x - d, y: y + d, align: "right", baseline: "top" },
      { x: x + d + 4, y, align: "left", baseline: "middle" },
      { x: x - d - 4, y, align: "right", baseline: "middle" },
      { x, y: y - d - 4, align: "center", baseline: "bottom" },
      { x, y: y + d + 4, align: "center", baseline: "top" },
    );
  }
  return spots;
}

/**
 * Candidate spots beside a vertical rule at `x`, `gap` pixels off it, on the
 * side facing the plot's wider half first, stepping from one edge of the
 * plot to the other (`from` names the edge tried first).
 */
export function spotsBesideVertical(
  x: number,
  space: { readonly width: number; readonly height: number },
  from: "top" | "bottom",
  gap = 5,
): Spot[] {
  const rightFirst = x < space.width / 2;
  const sides = rightFirst ? (["left", "right"] as const) : (["right", "left"] as const);
  const spots: Spot[] = [];
  for (let step = 2; step <= space.height; step += 4) {
    const y = from === "top" ? step : space.height - step;
    for (const align of sides) {
      spots.push({
        x: align === "left" ? x + gap : x - gap,
        y,
        align,
        baseline: from === "top" ? "top" : "bottom",
      });
    }
  }
  return spots;
}

/**
 * Candidate spots along a horizontal rule at `y`, `gap` pixels below it
 * first (then above), stepping from the plot's left edge to its right.
 */
export function spotsAlongHorizontal(
  y: number,
  space: { readonly width: number },
  gap = 5,
): Spot[] {
  const spots: Spot[] = [];
  for (let x = 6; x <= space.width; x += 8) {
    spots.push(
      { x, y: y + gap, align: "left", baseline: "top" },
      { x, y: y - gap, align: "left", baseline: "bottom" },
    );
  }
  return spots;
}

/**
 * Fallback spots anywhere in the plot, nearest to (x, y) first, writing
 * `text` (which names the size it is about, since it may stand away from its
 * mark): for a label whose own spots are all taken, e.g. one of several rules
 * a few pixels apart.
 */
export function spotsNear(
  x: number,
  y: number,
  space: { readonly width: number; readonly height: number },
  text: string,
): Spot[] {
  const spots: { spot: Spot; d: number }[] = [];
  for (let gx = 0; gx <= space.width; gx += 12) {
    for (let gy = 2; gy <= space.height; gy += 6) {
      // The text runs away from (x, y) first; towards it when that is all the room left.
      const away: Align = gx >= x ? "left" : "right";
      const toward: Align = away === "left" ? "right" : "left";
      const d = Math.hypot(gx - x, gy - y);
      spots.push({ spot: { x: gx, y: gy, align: away, baseline: "top", text }, d });
      spots.push({
        spot: { x: gx, y: gy, align: toward, baseline: "top", text },
        d: d + space.width,
      });
    }
  }
  return spots.sort((a, b) => a.d - b.d).map((s) => s.spot);
}
