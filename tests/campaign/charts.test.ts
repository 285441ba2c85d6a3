// The campaign charts (docs/campaign.md §4) on the shipped Ukraine campaign, loaded by the
// real loader with overrides that make a stock run dry and the hold rate break: valid
// Vega-Lite, no compile warning, headless render, provenance shown, the dry and breach
// nights marked and labelled, labels measured with the real Inter metrics inside the plot
// and clear of each other, and Monte Carlo bands.
import { readFileSync } from "node:fs";
import type { TopLevelSpec } from "vega-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { chartFrame } from "../../src/briefing/index.js";
import { campaign } from "../../src/campaign/index.js";
import { catalogPath, parseCatalog } from "../../src/catalog/index.js";
import {
  CAMPAIGN_CHART_TYPES,
  type CampaignChartData,
  buildChart,
  campaignChartData,
} from "../../src/charts/index.js";
import type { CampaignResult, Scenario } from "../../src/model/index.js";
import { interTextWidth } from "../../src/render/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { compileMessages, headlessSvg, vegaLiteValidator } from "../charts/spec-checks.js";
import { CAMPAIGN_DATA } from "./chart-fixture.js";

const FILE = "scenarios/ukraine-2025-campaign.yaml";
// Gepard and SAM without deliveries and small stocks, a hold rate of 0.02 %.
const SETS = [
  "campaign.defender.gepard.stock=300",
  "campaign.defender.gepard.production=0/year",
  "campaign.defender.sam.stock=400",
  "campaign.defender.sam.production=0/year",
  "campaign.holdLeakRate=0.02%",
];

function load(): Scenario {
  const parsed = parseCatalog(readFileSync(catalogPath(), "utf8"));
  if (!parsed.ok) throw new Error("catalog");
  const r = loadScenario(readFileSync(FILE, "utf8"), {
    file: FILE,
    catalog: parsed.catalog,
    overrides: SETS,
  });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.scenario;
}

interface TextLayer {
  text: string;
  x: number;
  y: number;
  angle: number;
  weight: number;
}

/** Each panel's size and the labels placed in it (text layers with pixel x / y). */
function panels(spec: TopLevelSpec): { width: number; height: number; labels: TextLayer[] }[] {
  const vconcat = (spec as unknown as { vconcat: Record<string, unknown>[] }).vconcat.slice(0, -1);
  return vconcat.map((p) => {
    const layers = p.layer as {
      mark?: { type: string; angle?: number; fontWeight?: number };
      encoding?: Record<string, { value?: number }>;
      data?: { values: { text?: string }[] };
    }[];
    const labels = layers
      .filter((l) => l.mark?.type === "text" && l.encoding?.x?.value !== undefined)
      .map((l) => ({
        text: l.data!.values[0]!.text!,
        x: l.encoding!.x!.value!,
        y: l.encoding!.y!.value!,
        angle: l.mark!.angle ?? 0,
        weight: l.mark!.fontWeight ?? 400,
      }));
    return { width: p.width as number, height: p.height as number, labels };
  });
}

/** A label's box from Inter's real metrics (kerning included): 12 px text, 15 px line. */
function box(l: TextLayer): { x0: number; y0: number; x1: number; y1: number } {
  const w = interTextWidth(l.text, 12, l.weight);
  return l.angle === 270
    ? { x0: l.x, y0: l.y - w, x1: l.x + 15, y1: l.y }
    : { x0: l.x, y0: l.y, x1: l.x + w, y1: l.y + 15 };
}

let scenario: Scenario;
let det: CampaignResult;
let data: CampaignChartData;
let mcData: CampaignChartData;

beforeAll(async () => {
  scenario = load();
  det = await campaign(scenario);
  data = campaignChartData(chartFrame(scenario, det), scenario, det);
  const mc = await campaign(scenario, { trials: 60, seed: 3 });
  mcData = campaignChartData(chartFrame(scenario, mc), scenario, mc);
});

describe("campaign charts", () => {
  const validate = vegaLiteValidator();

  it.each(CAMPAIGN_CHART_TYPES)(
    "%s: valid, compiles without warnings, renders headless",
    async (type) => {
      for (const d of [data, mcData]) {
        const spec = buildChart(type, d);
        expect(validate(spec), JSON.stringify(validate.errors)).toBe(true);
        const { vg, messages } = compileMessages(spec);
        expect(messages).toEqual([]);
        expect((await headlessSvg(vg)).startsWith("<svg")).toBe(true);
        expect(JSON.stringify(buildChart(type, d))).toBe(JSON.stringify(spec));
      }
    },
  );

  it.each(CAMPAIGN_CHART_TYPES)("%s: names every override", (type) => {
    const text = JSON.stringify(buildChart(type, data));
    for (const set of SETS) {
      const [path, value] = set.split("=");
      expect(text).toContain(`${path} = ${value}`);
    }
  });

  it("marks the dry night and the first breach from the campaign's own summary", () => {
    const gepard = det.summary.layers.find((l) => l.id === "gepard")!.dryNight!;
    const breach = det.summary.firstBreachNight!;
    expect(gepard).toBeGreaterThan(1);
    for (const type of CAMPAIGN_CHART_TYPES) {
      const text = JSON.stringify(buildChart(type, data));
      expect(text).toContain(`Gepard 35 mm dry, night ${gepard}`);
      expect(text).toContain(`Strike leak rate above 0.02%, night ${breach}`);
      // The rules sit at those nights on the night axis.
      expect(text).toContain(`"values":[{"at":${gepard}}]`);
      expect(text).toContain(`"values":[{"at":${breach}}]`);
    }
    expect(JSON.stringify(buildChart("stocks", data))).toContain(
      "Surface-to-air missiles reserve: 60",
    );
    expect(JSON.stringify(buildChart("leak-rate", data))).toContain("Hold: 0.02% strike leak rate");
  });

  it("places every label inside its plot and clear of every other label", () => {
    for (const d of [data, mcData]) {
      for (const type of CAMPAIGN_CHART_TYPES) {
        for (const p of panels(buildChart(type, d))) {
          const boxes = p.labels.map(box);
          for (const [i, a] of boxes.entries()) {
            expect(a.x0, `${type} ${p.labels[i]!.text}`).toBeGreaterThanOrEqual(0);
            expect(a.y0).toBeGreaterThanOrEqual(0);
            expect(a.x1).toBeLessThanOrEqual(p.width);
            expect(a.y1).toBeLessThanOrEqual(p.height);
            for (const b of boxes.slice(i + 1)) {
              const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
              expect(overlap, `${type}: ${JSON.stringify(p.labels)}`).toBe(false);
            }
          }
        }
      }
    }
  });

  it("draws p5–p95 bands and median nights in Monte Carlo", () => {
    for (const type of ["stocks", "leak-rate"] as const) {
      const text = JSON.stringify(buildChart(type, mcData));
      expect(text).toContain('"y2":{"field":"p95"}');
      expect(text).toContain("(median)");
      expect(text).toContain("Monte Carlo, 60 trials, seed 3");
    }
  });
});

describe("the leak-rate chart's title, with no hold rule", () => {
  const title = (strikeLeakRate: (number | null)[]): string =>
    (
      buildChart("leak-rate", {
        ...CAMPAIGN_DATA,
        holdLeakRate: null,
        firstBreachNight: null,
        strikeLeakRate,
      }) as { title: { text: string } }
    ).title.text;

  it("names the peak night of a rate that moves", () => {
    expect(title([0.1, 0.5, 0.3, 0.2, 0.1])).toBe("The strike leak rate peaks at 50% on night 2");
  });

  it("names no peak night when every night has the same rate, within half a point", () => {
    // Eastern Sentry read "peaks at 93% on night 1" over a flat line.
    expect(title([0.93, 0.93, 0.934, 0.93, 0.93])).toBe(
      "The strike leak rate stays at 93% every night",
    );
    expect(title([0.93, null, 0.93, 0.93, 0.93])).toBe(
      "The strike leak rate stays at 93% every night strike drones fly",
    );
    // 0.93 against 0.936: 0.6 points apart, a change worth its night.
    expect(title([0.93, 0.936, 0.93, 0.93, 0.93])).toBe(
      "The strike leak rate peaks at 94% on night 2",
    );
  });
});

describe("a campaign chart with nothing to draw", () => {
  it("says why across the plot and puts no numbers on its axis", () => {
    // No limited stock (Eastern Sentry) and no strike drone (Poland's decoys): once a bare 0–1 axis.
    const stocks = JSON.stringify(buildChart("stocks", { ...CAMPAIGN_DATA, stocks: [] }));
    expect(stocks).toContain("Every layer fires from an unlimited stock: no stock to draw");
    expect(stocks).toContain('"axis":{"labels":false,"ticks":false,"grid":false}');
    const leak = JSON.stringify(
      buildChart("leak-rate", {
        ...CAMPAIGN_DATA,
        strikeLeakRate: CAMPAIGN_DATA.strikeLeakRate.map(() => null),
      }),
    );
    expect(leak).toContain("No strike drone is launched: no strike leak rate to draw");
    // A chart with values has neither.
    const full = JSON.stringify(buildChart("stocks", CAMPAIGN_DATA));
    expect(full).not.toContain("no stock to draw");
    expect(full).not.toContain('"labels":false');
  });
});
