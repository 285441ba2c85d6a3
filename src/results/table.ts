import type { OutcomeRow, RunResult, Scenario } from "../model/index.js";
import { formatCompact, formatCount, formatMoney, formatRatio } from "./format-number.js";
import { renderTextTable } from "./text-table.js";

/** The heading of a results table: title, currency, price year and mode. */
export function tableHeading(scenario: Scenario, result: RunResult): string {
  const mode =
    result.mode === "deterministic"
      ? "deterministic (base values)"
      : `Monte Carlo, ${formatMoney(result.trials ?? 0)} trials, seed ${result.seed}`;
  return `${scenario.title}\nMoney in ${scenario.currency} at ${scenario.priceYear} prices · ${mode}\n`;
}

function band(r: OutcomeRow, value: string): string {
  const b = r.bands?.cer;
  return b === undefined ? value : `${value} (${formatRatio(b.p5)}–${formatRatio(b.p95)})`;
}

/**
 * The results as a table for a terminal: one row per swarm size, money with
 * thousands separators, ratios to three significant figures, then the
 * per-layer breakdown (shots / kills / cost).
 */
export function toTable(scenario: Scenario, result: RunResult): string {
  const cur = scenario.currency;
  const mc = result.mode === "monte-carlo";
  const main = renderTextTable({
    headers: [
      "drones",
      `attacker ${cur}`,
      `defender ${cur}`,
      mc ? "CER (p5–p95)" : "CER",
      "net CER",
      "full CER",
      "kills",
      "leakers",
      `cost/kill ${cur}`,
      "CER/kill",
    ],
    rows: result.rows.map((r) => [
      formatMoney(r.swarmSize),
      formatMoney(r.attackerCost),
      formatMoney(r.defenderCost),
      band(r, formatRatio(r.cer)),
      formatRatio(r.netCer),
      formatRatio(r.cerFull),
      formatCount(r.kills),
      formatCount(r.leakers),
      r.costPerKill === null ? "–" : formatMoney(r.costPerKill),
      formatRatio(r.cerPerKill),
    ]),
  });
  const layers = scenario.layers;
  if (layers.length === 0) return tableHeading(scenario, result) + "\n" + main;
  const perLayer = renderTextTable({
    headers: ["drones", ...layers.map((l) => l.name)],
    rows: result.rows.map((r) => [
      formatMoney(r.swarmSize),
      ...r.layers.map(
        (l) => `${formatCount(l.shots)} / ${formatCount(l.kills)} / ${formatCompact(l.cost)}`,
      ),
    ]),
  });
  return `${tableHeading(scenario, result)}\n${main}\nPer layer: shots / kills / cost in ${cur}\n${perLayer}`;
}
