import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  DEFAULT_TRIALS,
  explorePage,
  exploreControls,
  type ExploreBundles,
  type ExploreState,
} from "../../explore/index.js";
import { loadPageFonts } from "../../render/browser-assets.js";
import { MAX_SCENARIO_BYTES } from "../../scenario/load.js";
import { splitSet } from "../../scenario/overrides.js";
import { loadShippedCatalog } from "../catalog-file.js";
import { checkChartOut } from "../chart-file.js";
import { readTextFile, writeFileAtomic } from "../files.js";
import type { CliIo } from "../io.js";
import { markChart } from "../output-mark.js";
import { packageRoot } from "../package-info.js";
import { type LoadedScenario, readScenarioFile } from "../scenario-file.js";

export interface ExploreOptions {
  out: string;
  force?: boolean;
  set?: string[];
  variant?: string;
  trials?: number;
  deterministic?: boolean;
  seed?: number;
  focus?: number;
}

/** The page's browser bundles, built by scripts/build-explorer.ts into dist/explorer/. */
async function bundles(): Promise<ExploreBundles> {
  const dir = join(packageRoot(), "dist", "explorer");
  const [app, worker] = await Promise.all([
    readFile(join(dir, "app.js"), "utf8"),
    readFile(join(dir, "worker.js"), "utf8"),
  ]).catch(() => {
    throw new Error(`the explorer's browser bundle is missing from ${dir}: run \`npm run build\``);
  });
  // loadPageFonts says so itself when the fonts are missing.
  return { app, worker, fonts: await loadPageFonts() };
}

/**
 * The explorer page of a scenario file: the `--set`, `--variant`, `--trials`
 * (or `--deterministic`), `--seed` and `--focus` given are the state it opens
 * in; they are checked here first, so a bad one fails like `cxr run`
 * (`loaded`: the scenario already loaded with them, as `cxr report` has it).
 */
export async function explorerHtml(
  file: string,
  opts: Omit<ExploreOptions, "out">,
  loaded?: LoadedScenario,
): Promise<string> {
  const { scenario, variants } = loaded ?? (await readScenarioFile(file, opts)).load();
  const text = await readTextFile(file, MAX_SCENARIO_BYTES);
  const state: ExploreState = {
    variant: opts.variant ?? null,
    overrides: (opts.set ?? []).map((s) => {
      const parts = splitSet(s)!; // load() has refused malformed ones
      return { path: parts.path, value: parts.value };
    }),
    trials: opts.deterministic === true ? null : (opts.trials ?? DEFAULT_TRIALS),
    seed: opts.seed ?? 1,
    focus: opts.focus ?? null,
  };
  const catalog = loadShippedCatalog();
  return explorePage(
    scenario.title,
    {
      file,
      text,
      controls: exploreControls(text, scenario, catalog),
      variants,
      catalog: catalog.entries(),
      state,
      defaultTrials: DEFAULT_TRIALS,
    },
    await bundles(),
  );
}

/** `cxr explore FILE --out PAGE.html`: one offline page with the engine inside and a control for each assumption (issue 14). */
export async function exploreCommand(io: CliIo, file: string, opts: ExploreOptions): Promise<void> {
  // The rule of every page cxr writes: its own may be replaced, anything else only with --force.
  await checkChartOut(opts.out, "html", opts.force === true);
  const html = markChart(await explorerHtml(file, opts), "html");
  await writeFileAtomic(opts.out, html);
  const mb = (Buffer.byteLength(html) / 1e6).toFixed(1);
  io.stdout.write(`wrote ${opts.out} (${mb} MB): open it in a browser, no network needed\n`);
}
