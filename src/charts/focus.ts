import { middleSize } from "../analysis/index.js";
import type { OutcomeRow } from "../model/index.js";

/**
 * The row a chart's finding is about: the one whose swarm size is nearest to
 * `focusSize` (ties go to the smaller size; the CLI adds a focus that is not
 * swept to the sizes, so it is normally exact); without `focusSize`, the
 * middle row — the default focus of docs/scenario-format.md. Rows need not
 * be sorted.
 *
 * @returns undefined only when `rows` is empty.
 * @example
 * focusRow(rows, 20)?.swarmSize; // 19 with sizes [1, 10, 19, 50]
 */
export function focusRow(rows: readonly OutcomeRow[], focusSize?: number): OutcomeRow | undefined {
  const target = focusSize ?? middleSize(rows.map((r) => r.swarmSize).sort((a, b) => a - b));
  let best: OutcomeRow | undefined;
  for (const row of rows) {
    if (best === undefined) {
      best = row;
      continue;
    }
    const d = Math.abs(row.swarmSize - target);
    const bestD = Math.abs(best.swarmSize - target);
    if (d < bestD || (d === bestD && row.swarmSize < best.swarmSize)) best = row;
  }
  return best;
}

/** The focus size a chart speaks of: the option, else the data's focus, else undefined (the middle row). */
export function chartFocus(
  data: { readonly focus: number | null },
  options: { readonly focusSize?: number },
): number | undefined {
  return options.focusSize ?? data.focus ?? undefined;
}
