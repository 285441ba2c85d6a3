/// <reference lib="dom" />
/**
 * The results side of the explorer: key numbers at the focus size, the
 * briefing's charts and results table (the same builders as `cxr report`),
 * all updated in place after each recompute.
 */
import { rowCrossings } from "../../briefing/cer-crossings.js";
import { briefingCharts, resultsTable } from "../../briefing/briefing-pack.js";
import type { OutcomeRow, RunResult, Scenario } from "../../model/index.js";
import { formatCompact, formatCount, formatRatio } from "../../results/format-number.js";
import { ChartSet } from "./charts.js";
import { el, fill } from "./dom.js";

export interface ResultsView {
  readonly status: HTMLElement;
  readonly changes: HTMLElement;
  show(scenario: Scenario, result: RunResult, focus: number): void;
}

function card(title: string, id: string, body: readonly Node[]): HTMLElement {
  return el("section", { class: "card", id }, [el("h2", {}, [title]), ...body]);
}

function finding(label: string, value: string, note = ""): HTMLElement {
  return el("div", { class: "finding" }, [
    el("div", { class: "value" }, [value]),
    el("div", { class: "label" }, [label]),
    note === "" ? null : el("div", { class: "label" }, [note]),
  ]);
}

function band(row: OutcomeRow, metric: "cer" | "defenderCost" | "leakers", money = false): string {
  const b = row.bands?.[metric];
  if (b === undefined) return "";
  const f = money ? formatCompact : formatRatio;
  return `90 % band ${f(b.p5)} – ${f(b.p95)}`;
}

function findings(scenario: Scenario, result: RunResult, focus: number): HTMLElement[] {
  const row = result.rows.find((r) => r.swarmSize === focus) ?? result.rows[0];
  if (row === undefined) return [];
  const cur = scenario.currency;
  const cards = [
    finding(
      `CER at ${focus} drones (defender ÷ attacker cost)`,
      formatRatio(row.cer),
      band(row, "cer"),
    ),
    finding("Net CER (with damage)", formatRatio(row.netCer)),
    finding(
      `Defender cost, ${cur}`,
      formatCompact(row.defenderCost),
      band(row, "defenderCost", true),
    ),
    finding(`Attacker cost, ${cur}`, formatCompact(row.attackerCost)),
    finding("Drones getting through", formatCount(row.leakers), band(row, "leakers")),
    finding(
      `Cost per kill, ${cur}`,
      row.costPerKill === null ? "–" : formatCompact(row.costPerKill),
    ),
  ];
  const crossings = rowCrossings(result.rows);
  cards.push(
    finding(
      "Where the CER crosses 1",
      crossings.length === 0
        ? "never"
        : crossings.map((c) => `${formatRatio(c.swarmSize)} drones`).join(", "),
      crossings.length === 0 ? "within the swept sizes" : "",
    ),
  );
  return cards;
}

function table(scenario: Scenario, result: RunResult, focus: number): HTMLElement {
  const t = resultsTable(scenario, result);
  const head = el(
    "tr",
    {},
    t.columns.map((c) => el("th", { scope: "col" }, [c])),
  );
  const rows = t.rows.map((cells, i) =>
    el(
      "tr",
      result.rows[i]?.swarmSize === focus ? { class: "focus" } : {},
      cells.map((c) => el("td", {}, [c === null ? "–" : String(c)])),
    ),
  );
  return el("div", { class: "table-wrap" }, [
    el("table", {}, [el("thead", {}, [head]), el("tbody", {}, rows)]),
  ]);
}

/** Builds the results column inside `root` and returns how to update it. */
export function resultsView(root: HTMLElement): ResultsView {
  const status = el("p", { class: "status", id: "status", role: "status" });
  const changes = el("div", { id: "changes" });
  const keyNumbers = el("div", { class: "findings", id: "findings" });
  const chartIds = ["cer", "cost", "leakers"] as const;
  const chartBoxes = chartIds.map((id) => el("div", { class: "chart", id: `chart-${id}` }));
  const chartTitles = chartIds.map(() => el("h3"));
  const tableBox = el("div", { id: "table" });
  fill(root, [
    card("Your changes", "changes-card", [status, changes]),
    card("Key numbers", "key-numbers", [keyNumbers]),
    card(
      "Charts",
      "charts",
      chartIds.flatMap((_, i) => [chartTitles[i]!, chartBoxes[i]!]),
    ),
    card("Results per attack", "results-table", [tableBox]),
  ]);
  const charts = new ChartSet();
  return {
    status,
    changes,
    show(scenario, result, focus) {
      fill(keyNumbers, findings(scenario, result, focus));
      fill(tableBox, [table(scenario, result, focus)]);
      charts.later(() => {
        const specs = briefingCharts(scenario, result, { focusSize: focus });
        chartIds.forEach((id, i) => {
          const c = specs.find((s) => s.id === id);
          if (c === undefined) return;
          chartTitles[i]!.textContent = c.title;
          charts.show(id, c.spec, chartBoxes[i]!);
        });
      });
    },
  };
}
