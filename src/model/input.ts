import type { Distribution } from "./distribution.js";

/** What an input measures, which fixes its unit and the range its draws are kept in. */
export type InputUnit = "money" | "probability" | "duration";

/**
 * One numeric input of a scenario after normalization: unit-free, in the
 * reporting currency at the price year, probabilities in 0..1, durations in
 * seconds.
 */
export interface Input {
  /** Dotted path with list items by id, as `--set` takes it: `defense.layers.f35-aim9x.pk`. */
  readonly path: string;
  readonly unit: InputUnit;
  /** The value in deterministic mode (docs/model.md §4); an explicit `base:` wins. */
  readonly base: number;
  /** Null for a plain number. */
  readonly dist: Distribution | null;
  /**
   * Where the figure came from: the id of the scenario's `sources:` entry its
   * `source:` key names, the catalog entry id (`ref:`), or `"scenario"` when
   * the file gives neither.
   */
  readonly source: string;
  /** True for a value the file left out and the loader filled (availability 1, fixedCost 0…). */
  readonly defaulted?: boolean;
}

/** Lower and upper bound a draw of this unit is clamped to (a normal pk can stray outside 0..1). */
export function unitBounds(unit: InputUnit): readonly [number, number] {
  return unit === "probability" ? [0, 1] : [0, Number.POSITIVE_INFINITY];
}
