import type { OutcomeRow, Provenance, Source } from "../model/index.js";

/** One line of results: the base scenario or one of its variants. */
export interface ChartSeries {
  readonly name: string;
  /** One row per swarm size, ascending. */
  readonly rows: readonly OutcomeRow[];
}

/** The swarm size at which a layer's shot budget `B = min(magazine, capacity)` runs out. */
export interface BudgetMark {
  readonly layerId: string;
  readonly layerName: string;
  readonly swarmSize: number;
}

/** A named swarm size to annotate, e.g. where the CER crosses 1. */
export interface BreakEvenMark {
  readonly label: string;
  readonly swarmSize: number;
  /** The series whose curve crosses there (drawn in its colour); absent: the first. */
  readonly series?: string;
}

/** Everything a chart of one scenario needs: the results and the assumptions behind them. */
export interface ChartData {
  readonly title: string;
  readonly description: string;
  /** ISO 4217 code of the reporting currency. */
  readonly currency: string;
  readonly priceYear: number;
  readonly mode: "deterministic" | "monte-carlo";
  readonly trials: number | null;
  readonly seed: number | null;
  /** May be empty. */
  readonly sources: readonly Source[];
  /** The variant and `--set` overrides of the run (empty for the base case); every chart names them. */
  readonly provenance: Provenance;
  /** The swarm size of the story (the scenario's `focus`), or null: the middle of the sizes. */
  readonly focus: number | null;
  /** At least one: the base first, then the variants. */
  readonly series: readonly ChartSeries[];
  /** May be empty. */
  readonly budgetMarks: readonly BudgetMark[];
  /** Annotated on the `cer` chart when present. */
  readonly breakEven?: readonly BreakEvenMark[];
}

/** One cell of a heatmap: the CER at one swarm size and one value of the swept input. */
export interface HeatmapCell {
  readonly x: number;
  readonly swarmSize: number;
  /** Null when the attacker's cost is 0. */
  readonly cer: number | null;
}

/** The CER over swarm size × one swept input (`cxr chart --type heatmap --x PATH`). */
export interface HeatmapData extends Omit<ChartData, "series"> {
  /** Path of the swept input, e.g. `defense.layers[0].costPerShot`. */
  readonly xPath: string;
  /** Axis title of the swept input, with its unit. */
  readonly xLabel: string;
  readonly cells: readonly HeatmapCell[];
}

/** Options every chart takes. */
export interface ChartOptions {
  /**
   * The swarm size the title's finding is about, marked on the curve: the row
   * nearest to it (ties go to the smaller size). Default: the data's `focus`,
   * else the middle row.
   */
  readonly focusSize?: number;
  /** Plot width in pixels (default 760). */
  readonly width?: number;
  /** Plot height in pixels (default 420). */
  readonly height?: number;
}
