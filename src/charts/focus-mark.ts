import { roundSig } from "./format.js";
import type { LayerChild } from "./frame.js";
import { type Box, type LabelSpace, spotsAround, spotsNear, symbolBox } from "./label-layout.js";
import { INK } from "./theme.js";

/** Where the focus sits on a curve, and what its label says. */
export interface FocusPoint {
  readonly swarmSize: number;
  /** The y value in the curve's own field. */
  readonly value: number;
  /** E.g. "19 drones: 48×". */
  readonly label: string;
}

/** Area (px²) of the ring around the focus point. */
const RING_SIZE = 150;
const RING_STROKE = 2;

/**
 * The focus ring on a curve (docs/scenario-format.md, `focus`). `y` is the
 * curve's y encoding without its field, so the ring shares the curve's
 * scale; the label is placed apart ({@link placeFocusLabel}) where it is free.
 */
export function focusMark(point: FocusPoint, x: object, y: object, field: string): LayerChild {
  return {
    data: { values: [{ swarmSize: point.swarmSize, [field]: roundSig(point.value) }] },
    mark: {
      type: "point",
      shape: "circle",
      size: RING_SIZE,
      filled: false,
      strokeWidth: RING_STROKE,
      color: INK,
    },
    encoding: { x, y: { ...y, field, type: "quantitative" } },
  };
}

/** The pixel box of the focus ring centred at (x, y). */
export function focusRingBox(x: number, y: number): Box {
  return symbolBox(x, y, RING_SIZE, RING_STROKE);
}

/**
 * The focus value, e.g. "19 drones: 48×", placed beside the ring at (x, y)
 * where it is free; when rules and bands crowd the ring (several layers
 * running dry near the focus), at the nearest free place in the plot, which
 * the label can take since it names its size.
 */
export function placeFocusLabel(space: LabelSpace, x: number, y: number, label: string): void {
  space.place(label, { fontSize: 12, fontWeight: 600 }, INK, [
    ...spotsAround(x, y, 13),
    ...spotsNear(x, y, space, label),
  ]);
}
