import type { LoadedScenario as Loaded } from "../api/load-scenario.js";
import { readTextFile } from "./files.js";
import type { Stream } from "./io.js";

/** The options every scenario-running command shares (cli.md). */
export interface ScenarioFlags {
  set?: string[];
  variant?: string;
  sizes?: string;
}

/** What most commands use of a loaded scenario (the library's has more). */
export type LoadedScenario = Pick<Loaded, "scenario" | "variants">;

/** A scenario file read once, to be loaded with extra overrides (sweeps) or another variant. */
export interface ScenarioSource {
  load(extraOverrides?: readonly string[], variant?: string): Loaded;
}

// Any mention of `ref` (a key, a dotted --set path, a variant's set) loads
// the catalog; a false alarm only costs reading the snapshot.
const MENTIONS_REF = /\bref\b/;

/**
 * Reads a scenario file; `load()` validates and normalizes it with the
 * library's `loadScenario` with the variant, `--set` overrides (then any
 * extra ones) and `--sizes`. Every problem becomes one ScenarioError listing
 * them all; each warning is written to `stderr` once (`warning:
 * file:line:col: path: …`) and does not fail. The catalog is parsed only
 * when a `ref:` appears.
 */
export async function readScenarioFile(
  file: string,
  flags: ScenarioFlags,
  stderr: Pick<Stream, "write"> = process.stderr,
): Promise<ScenarioSource> {
  const { MAX_SCENARIO_BYTES, formatProblem } = await import("../scenario/index.js");
  const { loadScenario } = await import("../api/load-scenario.js");
  const text = await readTextFile(file, MAX_SCENARIO_BYTES);
  const base = flags.set ?? [];
  const needsCatalog = MENTIONS_REF.test(text) || base.some((o) => MENTIONS_REF.test(o));
  const catalog = needsCatalog
    ? (await import("./catalog-file.js")).loadShippedCatalog()
    : undefined;
  // A sweep loads the file many times: each warning is printed once.
  const warned = new Set<string>();
  const reported = (loaded: Loaded): Loaded => {
    for (const w of loaded.warnings.map(formatProblem)) {
      if (!warned.has(w)) stderr.write(`warning: ${w}\n`);
      warned.add(w);
    }
    return { ...loaded, with: (change) => reported(loaded.with(change)) };
  };
  return {
    load(extra = [], variant = flags.variant) {
      return reported(
        loadScenario(text, {
          file,
          set: [...base, ...extra],
          ...(variant === undefined ? {} : { variant }),
          ...(flags.sizes === undefined ? {} : { sizes: flags.sizes }),
          ...(catalog === undefined ? {} : { catalog }),
        }),
      );
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
