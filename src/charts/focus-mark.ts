import { roundSig } from "./format.js";
import type { LayerChild } from "./frame.js";
import { INK } from "./theme.js";

/** Where the focus sits on a curve, and what its label says. */
export interface FocusPoint {
  readonly swarmSize: number;
  /** The y value in the curve's own field. */
  readonly value: number;
  /** E.g. "19 drones: 48×". */
  readonly label: string;
}

/**
 * The focus marked on a curve: a ring around the point and its value as a
 * label beside it (docs/scenario-format.md, `focus`). `y` is the curve's y
 * encoding without its field, so the mark shares the curve's scale.
 */
export function focusMark(point: FocusPoint, x: object, y: object, field: string): LayerChild {
  return {
    data: {
      values: [{ swarmSize: point.swarmSize, [field]: roundSig(point.value), label: point.label }],
    },
    layer: [
      {
        mark: {
          type: "point",
          shape: "circle",
          size: 190,
          filled: false,
          strokeWidth: 2,
          color: INK,
        },
        encoding: { x, y: { ...y, field, type: "quantitative" } },
      },
      {
        mark: {
          type: "text",
          align: "left",
          baseline: "bottom",
          dx: 9,
          dy: -9,
          fontWeight: 600,
          color: INK,
        },
        encoding: {
          x,
          y: { ...y, field, type: "quantitative" },
          text: { field: "label", type: "nominal" },
        },
      },
    ],
  };
}
