import type { Scenario } from "../model/index.js";
import type { VariantInfo } from "../scenario/index.js";
import { readTextFile } from "./files.js";
import { InputError, type Stream } from "./io.js";

/** The options every scenario-running command shares (cli.md). */
export interface ScenarioFlags {
  set?: string[];
  variant?: string;
  sizes?: string;
}

export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly variants: readonly VariantInfo[];
}

/** A scenario file read once, to be loaded with extra overrides (sweeps) or another variant. */
export interface ScenarioSource {
  load(extraOverrides?: readonly string[], variant?: string): LoadedScenario;
}

// Any mention of `ref` (a key, a dotted --set path, a variant's set) loads
// the catalog; a false alarm only costs reading the snapshot.
const MENTIONS_REF = /\bref\b/;

/**
 * Reads a scenario file; `load()` validates and normalizes it with the
 * variant, `--set` overrides (then any extra ones) and `--sizes`. Every
 * problem becomes one InputError listing them all; each warning is written
 * to `stderr` once (`warning: file:line:col: path: …`) and does not fail. The catalog is parsed
 * only when a `ref:` appears.
 */
export async function readScenarioFile(
  file: string,
  flags: ScenarioFlags,
  stderr: Pick<Stream, "write"> = process.stderr,
): Promise<ScenarioSource> {
  const { loadScenario, formatProblem, MAX_SCENARIO_BYTES } = await import("../scenario/index.js");
  const text = await readTextFile(file, MAX_SCENARIO_BYTES);
  const base = flags.set ?? [];
  const needsCatalog = MENTIONS_REF.test(text) || base.some((o) => MENTIONS_REF.test(o));
  const catalog = needsCatalog
    ? (await import("./catalog-file.js")).loadShippedCatalog()
    : undefined;
  // A sweep loads the file many times: each warning is printed once.
  const warned = new Set<string>();
  return {
    load(extra = [], variant = flags.variant) {
      const result = loadScenario(text, {
        file,
        overrides: [...base, ...extra],
        ...(variant === undefined ? {} : { variant }),
        ...(flags.sizes === undefined ? {} : { sizes: flags.sizes }),
        ...(catalog === undefined ? {} : { catalog }),
      });
      if (!result.ok) throw new InputError(result.problems.map(formatProblem).join("\n"));
      for (const w of result.warnings.map(formatProblem)) {
        if (!warned.has(w)) stderr.write(`warning: ${w}\n`);
        warned.add(w);
      }
      return { scenario: result.scenario, variants: result.variants };
    },
  };
}

/** Reads and loads a scenario file in one step; warnings go to `stderr`. */
export async function loadScenarioFile(
  file: string,
  flags: ScenarioFlags,
  stderr?: Pick<Stream, "write">,
): Promise<LoadedScenario> {
  return (await readScenarioFile(file, flags, stderr)).load();
}
