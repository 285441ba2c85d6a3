import type { RunResult, Scenario } from "../model/index.js";
import { layerColumns, renderColumns, runColumns } from "./columns.js";
import { headingText, runHeader } from "./run-header.js";

/**
 * The results as a table for a terminal: the heading (title, mode and money,
 * and what was changed from the file), one row per swarm size, then the
 * per-layer breakdown (shots / kills / cost).
 */
export function toTable(scenario: Scenario, result: RunResult): string {
  const heading = headingText(runHeader(scenario, result));
  const main = renderColumns(runColumns(scenario.currency, result), result.rows);
  if (scenario.layers.length === 0) return `${heading}\n${main}`;
  const perLayer = renderColumns(layerColumns(scenario.layers), result.rows);
  return `${heading}\n${main}\nPer layer: shots / kills / cost in ${scenario.currency}\n${perLayer}`;
}
