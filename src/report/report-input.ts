import type { TopLevelSpec } from "vega-lite";
import type { Assets } from "../render/browser-assets.js";
import type { ReportCampaign } from "./campaign-section.js";

/** One chart of the briefing pack. */
export interface ReportChart {
  /** File stem, e.g. `cer` → `charts/cer.svg`; made path-safe by the report. */
  readonly id: string;
  /** Heading shown above the chart on the page (plain text). */
  readonly title: string;
  readonly spec: TopLevelSpec;
}

/** One input of the scenario, as the assumptions table lists it. */
export interface ReportAssumption {
  /** The input in words: its drone type or layer and its field ("Missile · kill probability"). */
  readonly name: string;
  /** Input path, e.g. `defense.layers[1].pk`. */
  readonly path: string;
  /** The value used, formatted with its unit. */
  readonly value: string;
  /** `p5–p95` or `min–max`; `""` when the input is fixed. */
  readonly range: string;
  /** `"scenario"`, or the catalog id and title the value comes from. */
  readonly source: string;
}

/** One cited source. */
export interface ReportSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly year: number | null;
  /** Linked only when it is an http(s) URL. */
  readonly url: string | null;
}

/** A plain table: header cells and rows of cells. */
export interface ReportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** A further table of the pack (comparison of variants, sensitivity), shown after the results. */
export interface ReportSection {
  /** Anchor id on the page; made path-safe by the report. */
  readonly id: string;
  readonly title: string;
  /** One line of explanation above the table (plain text). */
  readonly note: string;
  readonly table: ReportTable;
}

/** Everything the briefing pack shows; every string is untrusted plain text. */
export interface ReportInput {
  readonly title: string;
  readonly description: string;
  /** Reporting currency code, e.g. `EUR`. */
  readonly currency: string;
  readonly priceYear: number;
  readonly mode: "deterministic" | "monte-carlo";
  readonly trials: number | null;
  readonly seed: number | null;
  /**
   * How the run differs from the scenario file as written ("Variant: … ·
   * Override: path = value"), shown in the header; null for the base case.
   */
  readonly provenance: string | null;
  /** The key findings that open the page, in plain words, computed from the results. */
  readonly keyFindings?: readonly string[];
  readonly charts: readonly ReportChart[];
  /** The CLI's JSON output, already serialised; written as is. */
  readonly resultsJson: string;
  /** The CLI's CSV output; written as is. */
  readonly resultsCsv: string;
  /** The results as the page's table. */
  readonly resultsTable: ReportTable;
  /** The campaign section, when the scenario has a `campaign:` block. */
  readonly campaign?: ReportCampaign;
  /** Further tables after the results, in order (may be empty). */
  readonly sections?: readonly ReportSection[];
  readonly assumptions: readonly ReportAssumption[];
  readonly sources: readonly ReportSource[];
  /** The vega browser bundles, from `loadBrowserAssets()`. */
  readonly assets: Assets;
  /** Relative link to the scenario's explorer page beside the report (`cxr explore`), if written. */
  readonly explorer?: string;
}

/** One file of the pack: a relative POSIX path (never absolute, never `..`) and its contents. */
export interface ReportFile {
  readonly path: string;
  readonly data: string | Uint8Array;
}
