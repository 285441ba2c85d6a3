import type { BudgetMark } from "./chart-data.js";
import { drones, roundSig } from "./format.js";
import type { LayerChild } from "./frame.js";
import {
  type LabelSpace,
  type LabelStyle,
  spotsBesideVertical,
  spotsNear,
} from "./label-layout.js";
import { type PixelScale, verticalRule } from "./plot-geometry.js";
import type { Segment } from "./label-layout.js";
import { MUTED } from "./theme.js";

/** The label of a budget mark's rule. */
export function budgetLabel(mark: BudgetMark): string {
  return `${mark.layerName} out of shots`;
}

/** The style of a budget rule's label. */
const BUDGET_LABEL_STYLE: LabelStyle = { fontSize: 12, fontWeight: 400 };

/**
 * The budget marks a chart over swarm sizes `sizes` draws, in order of size:
 * a budget that runs out beyond the largest size plotted would stretch the axis.
 */
export function budgetMarksIn(
  marks: readonly BudgetMark[],
  sizes: readonly [number, number],
): BudgetMark[] {
  return marks
    .filter((m) => m.swarmSize >= sizes[0] && m.swarmSize <= sizes[1])
    .sort((a, b) => a.swarmSize - b.swarmSize || a.layerName.localeCompare(b.layerName));
}

/** A dotted vertical rule at each swarm size where a layer's shot budget runs out. */
export function budgetRules(marks: readonly BudgetMark[], x: object): LayerChild[] {
  return marks.map((m) => ({
    data: { values: [{ swarmSize: roundSig(m.swarmSize) }] },
    mark: { type: "rule", color: MUTED, strokeDash: [2, 3], strokeWidth: 1.5 },
    encoding: { x },
  }));
}

/** The pixel segments of {@link budgetRules}. */
export function budgetRuleSegments(
  marks: readonly BudgetMark[],
  xPx: PixelScale,
  height: number,
): Segment[] {
  return marks.map((m) => verticalRule(xPx(roundSig(m.swarmSize)), height));
}

/**
 * Labels each budget rule "<layer> out of shots" beside it, on whichever side
 * and at whatever height is free, trying from the `from` edge of the plot.
 */
export function placeBudgetLabels(
  space: LabelSpace,
  marks: readonly BudgetMark[],
  xPx: PixelScale,
  from: "top" | "bottom",
): void {
  for (const m of marks) {
    const x = xPx(roundSig(m.swarmSize));
    const away = `${budgetLabel(m)} at ${drones(m.swarmSize)}`;
    const y = from === "top" ? 0 : space.height;
    space.place(budgetLabel(m), BUDGET_LABEL_STYLE, MUTED, [
      ...spotsBesideVertical(x, space, from),
      ...spotsNear(x, y, space, away),
    ]);
  }
}

/** The smallest and largest swarm size across a chart's series (the x range). */
export function sizeRange(
  series: readonly { readonly rows: readonly { readonly swarmSize: number }[] }[],
): [number, number] {
  const sizes = series.flatMap((s) => s.rows.map((r) => r.swarmSize));
  if (sizes.length === 0) return [1, 1];
  return [sizes.reduce((m, s) => Math.min(m, s)), sizes.reduce((m, s) => Math.max(m, s))];
}
