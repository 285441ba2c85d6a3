import { inMoneyOf } from "../analysis/compare-currency.js";
import { compareTable } from "../analysis/compare-table.js";
import type { Scenario } from "../model/scenario.js";
import { CxrError } from "../model/cxr-error.js";
import {
  type CompareCase,
  type CompareDocument,
  compareDocument,
} from "../results/compare-output.js";
import type { LoadedScenario } from "./load-scenario.js";
import { remember } from "./result-scenario.js";
import { runResult } from "./run.js";
import type { RunOptions } from "./run-options.js";

/**
 * The cases of a comparison: each scenario as loaded, then each of its
 * variants. One scenario: "base" and the variant names; several: each
 * prefixed by its scenario's title.
 *
 * Money is put on the first scenario's basis: its currency and price year,
 * converted with its own `fx` and `inflation` (docs/model.md §8).
 *
 * @throws CxrError `compare-currency` naming the rate or price index the first scenario lacks
 */
export function compareCases(inputs: readonly LoadedScenario[]): CompareCase[] {
  const cases: CompareCase[] = [];
  const basis = inputs[0];
  for (const loaded of inputs) {
    // Every case in the first scenario's currency and price year, with its fx and inflation.
    // inMoneyOf's AnalysisError is a CxrError with code `compare-currency`.
    const converted = (s: Scenario): Scenario =>
      basis === undefined ? s : inMoneyOf(s, loaded.file, basis.money, basis.file);
    const title = loaded.scenario.title;
    const name = (variant: string | null): string =>
      inputs.length === 1
        ? (variant ?? "base")
        : variant === null
          ? title
          : `${title} · ${variant}`;
    cases.push({ name: name(null), file: loaded.file, scenario: converted(loaded.scenario) });
    for (const v of loaded.variants) {
      const scenario = converted(loaded.with({ variant: v.name }).scenario);
      cases.push({ name: name(v.name), file: loaded.file, scenario });
    }
  }
  return cases;
}

/**
 * The base and every variant of each scenario, side by side per swarm size
 * (CER, net CER, full CER, defender cost, leakers, damage; the CER band in
 * Monte Carlo). The result is the document `cxr compare --format json` prints.
 *
 * @example await compare([loadScenario(a, { file: "a.yaml" }), loadScenario(b, { file: "b.yaml" })])
 */
export async function compare(
  inputs: LoadedScenario | readonly LoadedScenario[],
  options: RunOptions = {},
): Promise<CompareDocument> {
  const list: readonly LoadedScenario[] = "scenario" in inputs ? [inputs] : inputs;
  const cases = compareCases(list);
  const first = cases[0];
  if (first === undefined) throw new CxrError("nothing to compare", { code: "compare-empty" });
  const runs = [];
  for (const c of cases) runs.push({ ...c, result: await runResult(c.scenario, options) });
  const rows = compareTable(
    runs.map((r) => ({ name: r.name, rows: r.result.rows })),
    [],
  );
  return remember(compareDocument(runs, runs[0]!.result, rows), first.scenario);
}
