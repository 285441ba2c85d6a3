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

/**
 * The swarm size of the story, which every chart and one-size analysis uses
 * by default: `requested` (`--focus`), else the scenario's `focus:`, else the
 * middle of the swept sizes (docs/scenario-format.md, `focus`).
 *
 * @example focusSize({ focus: null, swarmSizes: [1, 10, 100] }) // 10
 */
export function focusSize(
  scenario: { readonly focus: number | null; readonly swarmSizes: readonly number[] },
  requested?: number,
): number {
  return requested ?? scenario.focus ?? middleSize(scenario.swarmSizes);
}

/**
 * The scenario with its focus settled ({@link focusSize}) and among its swarm
 * sizes: a focus that is not swept is added in order, never snapped to a
 * neighbour, so the charts and analyses speak of exactly that size.
 *
 * @example withFocus({ ...s, swarmSizes: [1, 10, 100] }, 19).swarmSizes // [1, 10, 19, 100]
 */
export function withFocus<
  S extends { readonly focus: number | null; readonly swarmSizes: readonly number[] },
>(scenario: S, requested?: number): S & { readonly focus: number } {
  const focus = focusSize(scenario, requested);
  const swarmSizes = scenario.swarmSizes.includes(focus)
    ? scenario.swarmSizes
    : [...scenario.swarmSizes, focus].sort((a, b) => a - b);
  return { ...scenario, focus, swarmSizes };
}
