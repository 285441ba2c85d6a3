/**
 * Label placement for the campaign charts: every annotation is measured in
 * Inter (src/render/text-metrics.ts) and put, in pixels, where it overlaps
 * no other label, crosses no line or rule of the plot and stays inside it.
 */
import { interTextWidth } from "../render/text-metrics.js";
import { MUTED } from "./theme.js";

/** Annotation text size and the height of its box, in pixels. */
export const LABEL_FONT_SIZE = 12;
const LINE_HEIGHT = 15;
/** Space between an anchor and its label, and kept around every box. */
const GAP = 5;
const PAD = 1.5;

/** A point in plot pixels (x right, y down). */
export interface Px {
  readonly x: number;
  readonly y: number;
}

/** A mark a label must not cross: a polyline in plot pixels. */
export type Polyline = readonly Px[];

/** A label to place: its text and the point it belongs to (on a rule or a line). */
export interface LabelRequest {
  readonly text: string;
  readonly anchor: Px;
  readonly color?: string;
  readonly fontWeight?: number;
  /** `vertical`: the label belongs to a vertical rule and slides along it. */
  readonly along: "vertical" | "horizontal";
}

/**
 * A placed label, for a text mark with align left and baseline top at
 * (x, y): level (angle 0), or turned to read upwards along its rule
 * (angle 270, its box then spans x..x + line height and y − width..y).
 */
export interface PlacedLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly angle: 0 | 270;
  readonly color: string;
  readonly fontWeight: number;
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Whether the segment p–q passes through the box (Liang–Barsky clipping). */
function segmentHitsBox(p: Px, q: Px, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const edges: [number, number][] = [
    [-dx, p.x - b.x0],
    [dx, b.x1 - p.x],
    [-dy, p.y - b.y0],
    [dy, b.y1 - p.y],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe < 0) return false;
    } else {
      const t = qe / pe;
      if (pe < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function lineHitsBox(line: Polyline, b: Box): boolean {
  for (let i = 1; i < line.length; i++) {
    const p = line[i - 1]!;
    const q = line[i]!;
    if (Math.max(p.x, q.x) < b.x0 || Math.min(p.x, q.x) > b.x1) continue;
    if (Math.max(p.y, q.y) < b.y0 || Math.min(p.y, q.y) > b.y1) continue;
    if (segmentHitsBox(p, q, b)) return true;
  }
  return line.length === 1 && segmentHitsBox(line[0]!, line[0]!, b);
}

/** A candidate place: the label's box, and where its text mark goes. */
interface Spot {
  readonly box: Box;
  readonly at: Px;
  readonly angle: 0 | 270;
}

function level(p: Px, w: number): Spot {
  return {
    box: { x0: p.x - PAD, y0: p.y - PAD, x1: p.x + w + PAD, y1: p.y + LINE_HEIGHT + PAD },
    at: p,
    angle: 0,
  };
}

/** A label reading upwards, its box's left edge at `x` and its bottom at `y`. */
function upright(x: number, y: number, w: number): Spot {
  return {
    box: { x0: x - PAD, y0: y - w - PAD, x1: x + LINE_HEIGHT + PAD, y1: y + PAD },
    at: { x, y },
    angle: 270,
  };
}

/**
 * The candidate places of a `w`-wide label at `anchor`, best first. Beside a
 * vertical rule: level (right, then left of the rule) sliding down from the
 * top of the plot, then turned upright along the rule. Along a horizontal
 * rule: above, then below it, sliding from the right end towards the left,
 * then stepping away from it.
 */
function candidates(r: LabelRequest, w: number, width: number, height: number): Spot[] {
  if (r.along === "vertical") {
    const out: Spot[] = [];
    const sides = [r.anchor.x + GAP, r.anchor.x - GAP - w];
    for (let y = 2; y + LINE_HEIGHT <= height; y += LINE_HEIGHT / 3) {
      for (const x of sides) out.push(level({ x, y }, w));
    }
    for (let y = w + 2; y <= height - 2; y += LINE_HEIGHT / 3) {
      out.push(upright(r.anchor.x + GAP - 2, y, w));
      out.push(upright(r.anchor.x - GAP + 2 - LINE_HEIGHT, y, w));
    }
    return out;
  }
  const out: Px[] = [];
  {
    const rows = [r.anchor.y - GAP - LINE_HEIGHT, r.anchor.y + GAP];
    for (let x = width - w - 4; x >= 0; x -= 12) {
      for (const y of rows) out.push({ x, y });
    }
    // Nowhere along the rule: step away from it.
    for (let dy = LINE_HEIGHT; dy < height; dy += LINE_HEIGHT / 3) {
      for (const y of [r.anchor.y - GAP - LINE_HEIGHT - dy, r.anchor.y + GAP + dy]) {
        out.push({ x: width - w - 4, y });
      }
    }
  }
  return out.map((p) => level(p, w));
}

/**
 * Places `requests` in order, each at the first candidate position whose box
 * lies inside the `width × height` plot, overlaps no label placed before it
 * and crosses none of `marks`; a label with no such place takes the one
 * with the fewest conflicts.
 *
 * @example placeLabels([{ text: "SAM dry, night 37", anchor: { x: 300, y: 0 }, along: "vertical" }], [], 760, 420)
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  marks: readonly Polyline[],
  width: number,
  height: number,
): PlacedLabel[] {
  const taken: Box[] = [];
  return requests.map((r) => {
    const weight = r.fontWeight ?? 400;
    const w = interTextWidth(r.text, LABEL_FONT_SIZE, weight);
    const conflicts = (b: Box): number =>
      (b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height ? 100 : 0) +
      taken.filter((t) => boxesOverlap(t, b)).length * 10 +
      marks.filter((m) => lineHitsBox(m, b)).length;
    let best: { spot: Spot; score: number } | undefined;
    for (const spot of candidates(r, w, width, height)) {
      const score = conflicts(spot.box);
      if (best === undefined || score < best.score) best = { spot, score };
      if (score === 0) break;
    }
    const spot = best?.spot ?? level({ x: 0, y: 0 }, w);
    taken.push(spot.box);
    return {
      text: r.text,
      x: Math.round(spot.at.x * 10) / 10,
      y: Math.round(spot.at.y * 10) / 10,
      angle: spot.angle,
      color: r.color ?? MUTED,
      fontWeight: weight,
    };
  });
}
