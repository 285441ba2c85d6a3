import type { BudgetMark } from "./chart-data.js";
import { roundSig } from "./format.js";
import type { LayerChild } from "./frame.js";
import { MUTED } from "./theme.js";

/** The label of a budget mark's rule. */
export function budgetLabel(mark: BudgetMark): string {
  return `${mark.layerName} out of shots`;
}

/**
 * A dotted vertical rule at each swarm size where a layer's shot budget runs
 * out, labelled and staggered (in order of size) so neighbouring labels do
 * not overprint; labels hang from the top of the plot or stand on its bottom
 * edge, to the right of their rule in the left half of the log x range
 * `sizes` and to its left in the right half, so they stay inside the plot.
 * Marks outside `sizes` are left out.
 */
export function budgetRules(
  marks: readonly BudgetMark[],
  x: object,
  at: {
    readonly edge: "top" | "bottom";
    readonly height: number;
    readonly sizes: readonly [number, number];
  },
): LayerChild[] {
  const middle = Math.sqrt(at.sizes[0] * at.sizes[1]);
  // A budget that runs out beyond the largest size plotted would stretch the axis.
  const inRange = marks.filter((m) => m.swarmSize >= at.sizes[0] && m.swarmSize <= at.sizes[1]);
  const sorted = [...inRange].sort(
    (a, b) => a.swarmSize - b.swarmSize || a.layerName.localeCompare(b.layerName),
  );
  return sorted.map((m, i) => ({
    data: { values: [{ swarmSize: roundSig(m.swarmSize), label: budgetLabel(m) }] },
    layer: [
      {
        mark: { type: "rule", color: MUTED, strokeDash: [2, 3], strokeWidth: 1.5 },
        encoding: { x },
      },
      {
        mark: {
          type: "text",
          align: m.swarmSize > middle ? "right" : "left",
          baseline: at.edge === "top" ? "top" : "bottom",
          dx: m.swarmSize > middle ? -5 : 5,
          color: MUTED,
        },
        encoding: {
          x,
          y: { value: at.edge === "top" ? 4 + 16 * i : at.height - 4 - 16 * i },
          text: { field: "label", type: "nominal" },
        },
      },
    ],
  }));
}

/** The smallest and largest swarm size across a chart's series (the x range). */
export function sizeRange(
  series: readonly { readonly rows: readonly { readonly swarmSize: number }[] }[],
): [number, number] {
  const sizes = series.flatMap((s) => s.rows.map((r) => r.swarmSize));
  if (sizes.length === 0) return [1, 1];
  return [sizes.reduce((m, s) => Math.min(m, s)), sizes.reduce((m, s) => Math.max(m, s))];
}
