/**
 * How a run reads: the one home of the run header (the envelope of every JSON
 * output, cli.md "JSON output" v2), its mode line in words, the money line
 * and the provenance (variant and `--set` overrides). Tables, CSV, JSON,
 * chart titles and the report all take these from here.
 */
import type { Override, Provenance, RunResult, Scenario, Source } from "../model/index.js";
import { formatMoney } from "./format-number.js";
import { escapeControls } from "./safe-text.js";

/** How a run was made: the mode, and the trials and seed of Monte Carlo. */
export type RunSettings = Pick<RunResult, "mode" | "trials" | "seed">;

/** A deterministic run: base values, no trials, no seed. */
export const DETERMINISTIC: RunSettings = Object.freeze({
  mode: "deterministic",
  trials: null,
  seed: null,
});

/** The header every JSON output of a run starts with, in this key order (cli.md v2). */
export interface RunHeader {
  readonly cxr: "1";
  readonly title: string;
  readonly currency: string;
  readonly priceYear: number;
  readonly mode: RunSettings["mode"];
  readonly trials: number | null;
  readonly seed: number | null;
  /** The variant run, or null for the base case. */
  readonly variant: string | null;
  /** Every `--set` override, in order, as the user wrote it. */
  readonly overrides: readonly Override[];
  readonly sources: readonly Source[];
}

/** The header of a run of `scenario` made with `run`'s settings. */
export function runHeader(scenario: Scenario, run: RunSettings): RunHeader {
  return {
    cxr: "1",
    title: scenario.title,
    currency: scenario.currency,
    priceYear: scenario.priceYear,
    mode: run.mode,
    trials: run.trials,
    seed: run.seed,
    variant: scenario.provenance.variant,
    overrides: scenario.provenance.overrides.map((o) => ({ path: o.path, value: o.value })),
    sources: scenario.sources,
  };
}

/**
 * The mode in words.
 *
 * @example modeLine(DETERMINISTIC) // "base values (no uncertainty)"
 * @example modeLine({ mode: "monte-carlo", trials: 10000, seed: 1 }) // "Monte Carlo, 10,000 trials, seed 1"
 */
export function modeLine(run: RunSettings): string {
  if (run.mode === "deterministic") return "base values (no uncertainty)";
  const trials = run.trials === null ? "" : `, ${formatMoney(run.trials)} trials`;
  const seed = run.seed === null ? "" : `, seed ${run.seed}`;
  return `Monte Carlo${trials}${seed}`;
}

/**
 * The money every figure is in.
 *
 * @example moneyLine({ currency: "EUR", priceYear: 2025 }) // "EUR, 2025 prices"
 */
export function moneyLine(money: {
  readonly currency: string;
  readonly priceYear: number;
}): string {
  return `${money.currency}, ${money.priceYear} prices`;
}

/**
 * The line under a title: mode, then money.
 *
 * @example assumptionLine({ ...DETERMINISTIC, currency: "EUR", priceYear: 2025 }) // "base values (no uncertainty) · EUR, 2025 prices"
 */
export function assumptionLine(
  header: RunSettings & { readonly currency: string; readonly priceYear: number },
): string {
  return `${modeLine(header)} · ${moneyLine(header)}`;
}

/** One override as it reads: `defense.layers.sam.pk = 70%`. */
export function overrideText(o: Override): string {
  return `${o.path} = ${o.value}`;
}

/**
 * What a run changed from the scenario file as written: the variant's name,
 * then every `--set` override in order. Empty for the base case. Every
 * output names these (chart subtitles and footnotes, the report header, the
 * table heading, CSV comments, the JSON header), so a tweaked number never
 * passes for the base case (docs/scenario-format.md, variants and overrides).
 *
 * @example
 * provenanceItems({ variant: "Cheap interceptors", overrides: [{ path: "defense.layers.sam.pk", value: "70%" }] });
 * // ["Variant: Cheap interceptors", "Override: defense.layers.sam.pk = 70%"]
 */
export function provenanceItems(provenance: Provenance): string[] {
  const items: string[] = [];
  if (provenance.variant !== null) items.push(`Variant: ${provenance.variant}`);
  const label = provenance.overrides.length === 1 ? "Override" : "Overrides";
  provenance.overrides.forEach((o, i) => {
    items.push(`${i === 0 ? `${label}: ` : ""}${overrideText(o)}`);
  });
  return items;
}

/**
 * {@link provenanceItems} as one line (`" · "` after the variant, `"; "`
 * between overrides), or null for the base case.
 *
 * @example
 * provenanceText({ variant: "Cheap", overrides: [{ path: "a.b", value: "3" }] }); // "Variant: Cheap · Override: a.b = 3"
 */
export function provenanceText(provenance: Provenance): string | null {
  const items = provenanceItems(provenance);
  if (items.length === 0) return null;
  const [first, ...rest] = provenance.variant === null ? ["", ...items] : items;
  const overrides = rest.join("; ");
  return first === "" ? overrides : overrides === "" ? first! : `${first!} · ${overrides}`;
}

/**
 * The provenance one fact a line, each labelled (CSV comments).
 *
 * @example provenanceLines({ variant: "laser", overrides: [{ path: "a.pk", value: "70%" }] }) // ["Variant: laser", "Override: a.pk = 70%"]
 */
export function provenanceLines(provenance: Provenance): string[] {
  return [
    ...(provenance.variant === null ? [] : [`Variant: ${provenance.variant}`]),
    ...provenance.overrides.map((o) => `Override: ${overrideText(o)}`),
  ];
}

/**
 * The heading of a run's text output: the title, the assumption line, and
 * the provenance line when the run is not the base case. Each line ends in a
 * newline; control and bidi characters are escaped.
 */
export function headingText(header: RunHeader, what?: string): string {
  const prov = provenanceText(header);
  return [
    header.title,
    `${what === undefined ? "" : `${what} · `}${assumptionLine(header)}`,
    ...(prov === null ? [] : [prov]),
  ]
    .map((l) => `${escapeControls(l)}\n`)
    .join("");
}
