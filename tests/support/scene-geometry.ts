// The geometry of a rendered Vega chart, read from its scenegraph (the
// structure Vega writes the SVG from): every visible text item's box as Vega
// bounds it (Inter's glyph advances, the font size as height), and every
// drawn mark as straight segments (rules, line paths, area outlines, rect
// edges) or boxes (symbols), all in absolute SVG pixels. Written here, apart
// from src/charts/label-layout.ts, so the test does not share the placer's geometry.
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { useInterMetrics } from "../../src/render/text-metrics.js";

export interface Rect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}
export interface TextBox extends Rect {
  readonly text: string;
  readonly role: string;
  /** The group (plot cell) the text is drawn in, when it has a size. */
  readonly cell: Rect | undefined;
}
export interface Seg {
  readonly ax: number;
  readonly ay: number;
  readonly bx: number;
  readonly by: number;
  readonly what: string;
}
export interface Scene {
  readonly texts: TextBox[];
  readonly segments: Seg[];
  readonly symbols: (Rect & { what: string })[];
}

interface Item {
  x?: number;
  y?: number;
  x2?: number;
  y2?: number;
  width?: number;
  height?: number;
  text?: string | string[];
  opacity?: number;
  strokeOpacity?: number;
  strokeWidth?: number;
  stroke?: string | null;
  defined?: boolean;
  orient?: string;
  bounds: { x1: number; y1: number; x2: number; y2: number };
  items?: Mark[];
}
interface Mark {
  marktype: string;
  role: string;
  name?: string;
  items: Item[];
}

/**
 * The one deliberate exemption: axis gridlines. They are light guides drawn
 * beneath every mark and label (Vega-Lite's axis layer), so text over them
 * stays legible, and a label placed to dodge every gridline of a log axis
 * would have nowhere to go. Everything else an axis or legend draws (ticks,
 * the domain line, legend symbols) is checked like any mark; the chart
 * frame's outline is not a mark.
 */
const EXEMPT_ROLES = new Set(["axis-grid", "frame"]);

function visible(item: Item): boolean {
  return (item.opacity ?? 1) > 0;
}

function walk(mark: Mark, dx: number, dy: number, scene: Scene, cell?: Rect): void {
  const what = `${mark.marktype}:${mark.role}${mark.name === undefined ? "" : `:${mark.name}`}`;
  if (mark.marktype === "group") {
    for (const g of mark.items) {
      const gx = dx + (g.x ?? 0);
      const gy = dy + (g.y ?? 0);
      const w = g.width ?? 0;
      const h = g.height ?? 0;
      const inner = w > 0 && h > 0 ? { x1: gx, y1: gy, x2: gx + w, y2: gy + h } : cell;
      for (const child of g.items ?? []) walk(child, gx, gy, scene, inner);
    }
    return;
  }
  if (mark.marktype === "text") {
    for (const t of mark.items) {
      const text = Array.isArray(t.text) ? t.text.join("\n") : (t.text ?? "");
      if (!visible(t) || text.trim() === "") continue;
      const b = t.bounds;
      scene.texts.push({
        x1: b.x1 + dx,
        y1: b.y1 + dy,
        x2: b.x2 + dx,
        y2: b.y2 + dy,
        text,
        role: mark.role,
        cell,
      });
    }
    return;
  }
  if (EXEMPT_ROLES.has(mark.role)) return;
  const seg = (ax: number, ay: number, bx: number, by: number) =>
    scene.segments.push({ ax: ax + dx, ay: ay + dy, bx: bx + dx, by: by + dy, what });
  const items = mark.items.filter((i) => visible(i) && (i.strokeOpacity ?? 1) > 0);
  switch (mark.marktype) {
    case "rule":
      for (const r of items) seg(r.x ?? 0, r.y ?? 0, r.x2 ?? r.x ?? 0, r.y2 ?? r.y ?? 0);
      break;
    case "line":
    case "area":
      for (let i = 1; i < items.length; i++) {
        const a = items[i - 1]!;
        const b = items[i]!;
        if (a.defined === false || b.defined === false) continue;
        if (mark.marktype === "line") {
          seg(a.x ?? 0, a.y ?? 0, b.x ?? 0, b.y ?? 0);
        } else if (a.orient === "horizontal") {
          seg(a.x ?? 0, a.y ?? 0, b.x ?? 0, b.y ?? 0);
          seg(a.x2 ?? 0, a.y ?? 0, b.x2 ?? 0, b.y ?? 0);
        } else {
          seg(a.x ?? 0, a.y ?? 0, b.x ?? 0, b.y ?? 0);
          seg(a.x ?? 0, a.y2 ?? 0, b.x ?? 0, b.y2 ?? 0);
        }
      }
      break;
    case "rect":
      for (const r of items) {
        const x = r.x ?? 0;
        const y = r.y ?? 0;
        const w = r.width ?? (r.x2 ?? x) - x;
        const h = r.height ?? (r.y2 ?? y) - y;
        seg(x, y, x + w, y);
        seg(x + w, y, x + w, y + h);
        seg(x + w, y + h, x, y + h);
        seg(x, y + h, x, y);
      }
      break;
    case "symbol":
      for (const s of items) {
        const b = s.bounds;
        scene.symbols.push({ x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy, what });
      }
      break;
    default:
      break;
  }
}

/** Renders a Vega-Lite spec headless, as `renderSvg` does, and reads its scene. */
export async function sceneOf(spec: TopLevelSpec): Promise<Scene> {
  useInterMetrics(vega);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    await view.runAsync();
    const scene: Scene = { texts: [], segments: [], symbols: [] };
    const root = (view.scenegraph() as unknown as { root: Mark }).root;
    walk(root, 0, 0, scene);
    return scene;
  } finally {
    view.finalize();
  }
}

/** Whether two boxes share a positive area (touching edges do not count). */
export function overlap(a: Rect, b: Rect): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Whether a segment enters a box's interior: clip the segment's parameter range to the box's slabs. */
export function crosses(s: Seg, r: Rect): boolean {
  let lo = 0;
  let hi = 1;
  const slab = (start: number, delta: number, min: number, max: number): boolean => {
    if (delta === 0) return start > min && start < max;
    let t1 = (min - start) / delta;
    let t2 = (max - start) / delta;
    if (t1 > t2) [t1, t2] = [t2, t1];
    lo = Math.max(lo, t1);
    hi = Math.min(hi, t2);
    return lo < hi;
  };
  return slab(s.ax, s.bx - s.ax, r.x1, r.x2) && slab(s.ay, s.by - s.ay, r.y1, r.y2);
}

/** `r` grown by `d` pixels on every side. */
export function inflate<R extends Rect>(r: R, d: number): R {
  return { ...r, x1: r.x1 - d, y1: r.y1 - d, x2: r.x2 + d, y2: r.y2 + d };
}

/** Whether `inner` lies between `outer`'s left and right edges (edges may touch). */
export function withinWidth(inner: Rect, outer: Rect): boolean {
  return inner.x1 >= outer.x1 && inner.x2 <= outer.x2;
}
