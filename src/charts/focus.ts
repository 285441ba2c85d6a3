import type { OutcomeRow } from "../model/index.js";

/**
 * The row a chart's finding is about: the one whose swarm size is nearest to
 * `focusSize` (ties go to the smaller size); without `focusSize`, the largest
 * swarm size where anything is killed (kills > 0), or the largest size when
 * nothing ever is. Rows need not be sorted.
 *
 * @returns undefined only when `rows` is empty.
 * @example
 * focusRow(rows, 20)?.swarmSize; // 19 with sizes [1, 10, 19, 50]
 */
export function focusRow(rows: readonly OutcomeRow[], focusSize?: number): OutcomeRow | undefined {
  let best: OutcomeRow | undefined;
  for (const row of rows) {
    if (best === undefined) {
      best = row;
    } else if (focusSize !== undefined) {
      const d = Math.abs(row.swarmSize - focusSize);
      const bestD = Math.abs(best.swarmSize - focusSize);
      if (d < bestD || (d === bestD && row.swarmSize < best.swarmSize)) best = row;
    } else {
      // Killing something beats killing nothing; then the larger swarm wins.
      const key = (r: OutcomeRow): [boolean, number] => [r.kills > 0, r.swarmSize];
      const [kills, size] = key(row);
      const [bestKills, bestSize] = key(best);
      if ((kills && !bestKills) || (kills === bestKills && size > bestSize)) best = row;
    }
  }
  return best;
}
