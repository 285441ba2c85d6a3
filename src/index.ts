/**
 * cxr's modules, every stage exported (for the tests, the bench and the
 * scripts). The package's public entry is `src/api/` (README, "Library API").
 *
 * The pipeline, one stage per module, each with a named input and output:
 *
 *   load → validate → normalize      `scenario`  YAML text → `Scenario` | `Problem[]`
 *   evaluate | simulate              `engine`    `Scenario` → `Outcome[]` (docs/model.md §4)
 *                                    `sim`       `Scenario`, trials, seed → `Simulation` (§3, §7)
 *   summarize                        `results`   `RunResult` → table, CSV, JSON document
 *   chart                            `charts`    `ChartData` → Vega-Lite `TopLevelSpec`
 *   render                           `render`    spec → SVG, PNG, PDF, HTML; `report` → files
 *
 * Around it: `catalog` (sourced cost figures for `ref:`), `analysis`
 * (tornado, Spearman, break-even, compare, sweep) and `briefing` (results
 * to charts and the report). Only `cli` touches files and the console.
 *
 * @example
 * const loaded = loadScenario(text, { file: "poland.yaml" });
 * if (loaded.ok) console.log(evaluate(loaded.scenario)[0]?.cer);
 */
export * from "./analysis/index.js";
export * from "./briefing/index.js";
export * from "./campaign/index.js";
export * from "./catalog/index.js";
export * from "./charts/index.js";
export * from "./distributions/index.js";
export * from "./engine/index.js";
export * from "./model/index.js";
export * from "./render/index.js";
export * from "./report/index.js";
export * from "./results/index.js";
export * from "./scenario/index.js";
export * from "./sim/index.js";
