import type { OutcomeRow } from "../model/index.js";

/**
 * The swarm sizes where the CER crosses `target` between two neighbouring
 * rows, interpolated linearly in log(size)–log(CER) (the chart's axes).
 *
 * @example rowCrossings(rows, 1) // [{ swarmSize: 37.2, direction: "up" }]
 */
export function rowCrossings(
  rows: readonly OutcomeRow[],
  target = 1,
): { swarmSize: number; direction: "up" | "down" }[] {
  const out: { swarmSize: number; direction: "up" | "down" }[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (a.cer === null || b.cer === null || a.cer <= 0 || b.cer <= 0) continue;
    const da = Math.log(a.cer / target);
    const db = Math.log(b.cer / target);
    if (da === 0 || Math.sign(da) === Math.sign(db)) continue;
    const t = da / (da - db);
    const size = Math.exp(
      Math.log(a.swarmSize) + t * (Math.log(b.swarmSize) - Math.log(a.swarmSize)),
    );
    out.push({ swarmSize: size, direction: db > da ? "up" : "down" });
  }
  return out;
}
