/** The default swarm size of a one-size analysis: the scenario's middle size (the lower one of an even count). */
export function middleSize(sizes: readonly number[]): number {
  return sizes[Math.floor((sizes.length - 1) / 2)] ?? 1;
}

/** The swarm size in `sizes` nearest to `n` (ties go to the smaller), so an analysis lands on a row. */
export function nearestSize(sizes: readonly number[], n: number): number {
  let best = sizes[0] ?? n;
  for (const s of sizes) {
    const d = Math.abs(s - n);
    const bestD = Math.abs(best - n);
    if (d < bestD || (d === bestD && s < best)) best = s;
  }
  return best;
}
