import type { MoneyContext } from "../scenario/money.js";
import { Catalog } from "../catalog/catalog.js";
import type { CatalogEntry, CatalogLookup } from "../model/catalog-entry.js";
import { CxrError } from "../model/cxr-error.js";
import type { Scenario } from "../model/scenario.js";
import { loadScenario as loadText } from "../scenario/load.js";
import { type Problem, formatProblem } from "../scenario/problem.js";
import type { VariantInfo } from "../scenario/variants.js";
import { shippedCatalog } from "./shipped-catalog.js";

/**
 * Overrides, as `--set` takes them: `["defense.layers.sam.pk=90%"]`, or an
 * object from path to value (`{ "defense.layers.sam.pk": 0.9 }`; strings as
 * in a scenario file, such as `"35k USD"`; objects for distributions, such
 * as `{ uniform: [0.6, 0.9] }`).
 */
export type Overrides =
  readonly string[] | Readonly<Record<string, string | number | boolean | object>>;

export interface LoadScenarioOptions {
  /** Overrides applied in order, after the variant. */
  readonly set?: Overrides;
  /** One of the scenario's named variants, applied first. */
  readonly variant?: string;
  /** Swarm sizes: `[1, 10, 100]` or the `--sizes` text `"1..1000:log:40"`. */
  readonly sizes?: string | readonly number[];
  /** The catalog `ref:` reads: default the shipped one, embedded in the library at build time. */
  readonly catalog?: CatalogLookup | readonly CatalogEntry[];
  /** The name messages and comparisons give the scenario (default `"scenario"`). */
  readonly file?: string;
}

/** A validated, normalized scenario, and how to load it again with other settings. */
export interface LoadedScenario {
  /** The name given as `file`. */
  readonly file: string;
  readonly scenario: Scenario;
  /** The scenario's named variants. */
  readonly variants: readonly VariantInfo[];
  /** Doubtful values that do not stop the load. */
  readonly warnings: readonly Problem[];
  /** The reporting currency, price year and the file's fx and inflation tables (docs/model.md §8). */
  readonly money: MoneyContext;
  /** The same text loaded again: these overrides added, another variant (null: the base). */
  with(change: { readonly set?: Overrides; readonly variant?: string | null }): LoadedScenario;
}

/** A scenario that does not load: every problem, each with its code, path, line and column. */
export class ScenarioError extends CxrError {
  override readonly name = "ScenarioError";
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const first = problems[0];
    super(problems.map(formatProblem).join("\n"), {
      code: first?.code ?? "invalid-scenario",
      path: first?.path ?? "",
    });
    this.problems = problems;
  }
}

/** `--set` strings from either form of {@link Overrides}. */
export function overrideTexts(set: Overrides | undefined): string[] {
  if (set === undefined) return [];
  if (Array.isArray(set)) return [...(set as readonly string[])];
  return Object.entries(set).map(
    ([path, value]) =>
      `${path}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`,
  );
}

function catalogOf(option: LoadScenarioOptions["catalog"]): CatalogLookup | undefined {
  if (option === undefined) return shippedCatalog();
  return Array.isArray(option)
    ? new Catalog(option as readonly CatalogEntry[])
    : (option as CatalogLookup);
}

/**
 * Loads a scenario: YAML (or JSON) text, or the same as a plain object, with
 * a variant, overrides and swarm sizes. Reads no file: pass the text.
 *
 * @throws ScenarioError listing every problem, each with its file, line, column, path and code
 * @example
 * const poland = loadScenario(yamlText, { set: { "threat.drones.gerbera.unitCost": "20k EUR" } });
 * poland.scenario.swarmSizes // [1, 2, 5, …]
 */
export function loadScenario(
  source: string | object,
  options: LoadScenarioOptions = {},
): LoadedScenario {
  // YAML is a superset of JSON: an object loads as its JSON text.
  const text = typeof source === "string" ? source : JSON.stringify(source);
  const file = options.file ?? "scenario";
  const catalog = catalogOf(options.catalog);
  const sizes = options.sizes;
  const load = (extra: readonly string[], variant: string | undefined): LoadedScenario => {
    const result = loadText(text, {
      file,
      overrides: [...overrideTexts(options.set), ...extra],
      ...(variant === undefined ? {} : { variant }),
      ...(sizes === undefined
        ? {}
        : { sizes: typeof sizes === "string" ? sizes : sizes.join(",") }),
      ...(catalog === undefined ? {} : { catalog }),
    });
    if (!result.ok) throw new ScenarioError(result.problems);
    return {
      file,
      scenario: result.scenario,
      variants: result.variants,
      warnings: result.warnings,
      money: result.money,
      with: (change) =>
        load(
          [...extra, ...overrideTexts(change.set)],
          change.variant === undefined ? variant : (change.variant ?? undefined),
        ),
    };
  };
  return load([], options.variant);
}

/** The scenario of a loaded one, or the scenario itself. */
export function scenarioOf(input: LoadedScenario | Scenario): Scenario {
  return "scenario" in input ? input.scenario : input;
}
