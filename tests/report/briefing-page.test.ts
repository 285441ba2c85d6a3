// Issue 11, the report as a briefing: the page opens with computed key
// findings, leads with the net CER when leakers do damage, names inputs in
// words, scales its charts with the window and prints to A4 landscape.
import { describe, expect, it } from "vitest";
import { tornado, withFocus } from "../../src/analysis/index.js";
import { toReportInput } from "../../src/briefing/index.js";
import { footnoteLines } from "../../src/charts/index.js";
import { evaluate } from "../../src/engine/index.js";
import { reportPage } from "../../src/report/report-page.js";
import { REPORT_CSS } from "../../src/report/report-style.js";
import { DETERMINISTIC } from "../../src/results/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { SMALL_YAML } from "../analysis/fixtures.js";
import { stubAssets } from "../render/assets-stub.js";

function smallInput() {
  const r = loadScenario(SMALL_YAML, { file: "small.yaml" });
  if (!r.ok) throw new Error("fixture does not load");
  const scenario = withFocus(r.scenario, 10);
  const result = { ...DETERMINISTIC, rows: evaluate(scenario) };
  return toReportInput(scenario, result, stubAssets, {
    focusSize: 10,
    tornado: tornado(scenario, { swarmSize: 10 }),
  });
}

describe("the report as a briefing", () => {
  const input = smallInput();
  const page = reportPage(
    input,
    input.charts.map((c) => c.id),
  );
  const main = page.slice(page.indexOf("<main>"));

  it("opens with the key findings, before the charts", () => {
    expect(main.indexOf('id="key-findings"')).toBeGreaterThan(0);
    expect(main.indexOf('id="key-findings"')).toBeLessThan(main.indexOf('id="charts"'));
    const items = [...main.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
    // The first finding is the net CER at the focus (10 drones): (€4M + 2.5 × €500k) / €500k = 10.5.
    expect(items[0]).toContain(
      "At 10 drones, defence and the damage of drones that get through cost 11×",
    );
    // The tornado's top bar: the missile's cost per shot (€100k–€300k) moves the CER most.
    expect(
      items.some((f) =>
        f.startsWith("The largest driver of the result at 10 drones is the Missile cost per shot"),
      ),
    ).toBe(true);
  });

  it("leads the CER chart with the net CER when leakers do damage", () => {
    const cer = input.charts.find((c) => c.id === "cer")!;
    expect((cer.spec.title as { text: string }).text).toBe(
      "Defence and damage cost 11× the attack at 10 drones",
    );
  });

  it("names every input in words in the assumptions table, never by its path", () => {
    const table = page.slice(page.indexOf('id="assumptions"'), page.indexOf('id="sources"'));
    expect(table).toContain("Missile · kill probability");
    expect(table).toContain("Shahed · unit cost");
    expect(table).not.toMatch(/defense\.layers|threat\.drones|\.yaml/);
  });

  it("scales charts with the window and prints to A4 landscape", () => {
    expect(REPORT_CSS).not.toMatch(/900px/);
    // The chart's own SVG (class "marks", with a viewBox), not vega-embed's menu icon.
    expect(REPORT_CSS).toMatch(/svg\.marks[^{]*\{[^}]*width: 100%/);
    expect(REPORT_CSS).toContain("@page { size: A4 landscape;");
    expect(REPORT_CSS).toMatch(/figure[^{]*\{[^}]*break-inside: avoid/);
  });
});

describe("chart footnote sources", () => {
  it("lists primary sources first and marks an aggregator", () => {
    const source = (
      id: string,
      publisher: string,
      kind?: "primary" | "secondary" | "aggregator",
    ) => ({
      id,
      title: id,
      publisher,
      year: 2025,
      url: null,
      ...(kind === undefined ? {} : { kind }),
    });
    const lines = footnoteLines({
      title: "T",
      mode: "deterministic",
      trials: null,
      seed: null,
      currency: "EUR",
      priceYear: 2025,
      provenance: { variant: null, overrides: [] },
      sources: [
        source("a", "Aggregator Site", "aggregator"),
        source("b", "Outlet", "secondary"),
        source("c", "Ministry", "primary"),
        source("d", "Unknown"),
      ],
    });
    expect(lines[1]).toBe(
      "Sources: Ministry 2025; Outlet 2025; Unknown 2025; Aggregator Site 2025 (aggregator)",
    );
  });
});
