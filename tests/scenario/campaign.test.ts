// The campaign: block (docs/campaign.md §1), values worked out by hand.
import { describe, expect, it } from "vitest";
import type { Campaign } from "../../src/model/campaign.js";
import { loadScenario, type LoadOptions } from "../../src/scenario/index.js";
import { VALID } from "./fixtures.js";

// VALID has 38 lines and a final newline; the block starts on line 39.
const BLOCK = `campaign:
  nights: 120
  raid: 400
  attacker:
    gerbera: { stock: 3000, production: 30k/year }
    shahed: { stock: 2000, production: 2700/month }
  defender:
    f35-aim9x: { stock: 500, production: 600/year, leadTime: 18 months, reserve: 60 }
    iron-beam: { production: 1000/day, leadTime: 30 days }
  holdLeakRate: 10%
`;
const TEXT = VALID + BLOCK;
const LINE = VALID.split("\n").length; // line of "campaign:"

function campaign(text: string, options: Partial<LoadOptions> = {}): Campaign | null {
  const r = loadScenario(text, { file: "t.yaml", ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario.campaign;
}
function problems(text: string, options: Partial<LoadOptions> = {}) {
  const r = loadScenario(text, { file: "t.yaml", ...options });
  if (r.ok) throw new Error("expected the campaign to fail");
  return r.problems.map((p) => ({ code: p.code, path: p.path, line: p.line }));
}

describe("campaign block", () => {
  it("is null without a block", () => {
    expect(campaign(VALID)).toBeNull();
  });

  it("converts rates per night and lead times to whole nights", () => {
    expect(LINE).toBe(39);
    const c = campaign(TEXT)!;
    expect(c.nights).toBe(120);
    expect(c.raid).toEqual([{ from: 1, to: 120, drones: 400 }]);
    expect(c.holdLeakRate).toBe(0.1);
    // 30 000 / 365.25 per night; 2700 / (365.25 / 12) = 2700 / 30.4375 per night.
    expect(c.attacker).toEqual([
      { id: "gerbera", stock: 3000, production: 30_000 / 365.25 },
      { id: "shahed", stock: 2000, production: 2700 / 30.4375 },
    ]);
    // 18 months = 18 × 30.4375 = 547.875 days → 548 nights; 600/year = 600 / 365.25.
    expect(c.defender).toEqual([
      { id: "f35-aim9x", stock: 500, production: 600 / 365.25, leadTime: 548, reserve: 60 },
      { id: "iron-beam", stock: null, production: 1000, leadTime: 30, reserve: 0 },
    ]);
  });

  it("reads weeks, years, bare nights and raid spans", () => {
    const c = campaign(VALID + BLOCK, {
      overrides: [
        "campaign.defender.f35-aim9x.leadTime=2 years", // 730.5 days → 731
        "campaign.defender.iron-beam.leadTime=3", // 3 nights
        "campaign.defender.iron-beam.production=70/week", // 10 a night
        "campaign.attacker.shahed.production=12", // per night
        "campaign.raid=[{from: 31, to: 120, drones: 500}, {from: 1, to: 30, drones: 300}]",
      ],
    })!;
    expect(c.defender.map((d) => [d.leadTime, d.production])).toEqual([
      [731, 600 / 365.25],
      [3, 10],
    ]);
    expect(c.attacker[1]!.production).toBe(12);
    expect(c.raid).toEqual([
      { from: 1, to: 30, drones: 300 },
      { from: 31, to: 120, drones: 500 },
    ]);
  });

  it("lets --set reach every field, ids as keys", () => {
    const c = campaign(TEXT, {
      overrides: [
        "campaign.defender.f35-aim9x.stock=120",
        "campaign.defender.f35-aim9x.reserve=0",
        "campaign.attacker.gerbera.stock=10",
        "campaign.nights=7",
        "campaign.holdLeakRate=0.2",
      ],
    })!;
    expect(c.defender[0]).toMatchObject({ stock: 120, reserve: 0 });
    expect(c.attacker[0]!.stock).toBe(10);
    expect(c.raid).toEqual([{ from: 1, to: 7, drones: 400 }]);
    expect(c.holdLeakRate).toBe(0.2);
  });
});

describe("bad campaign blocks", () => {
  const set = (...overrides: string[]) => problems(TEXT, { overrides });

  it("an id that names no drone type or layer", () => {
    const text = TEXT.replace("    gerbera: {", "    lancet: {").replace(
      "    iron-beam: {",
      "    iron-bean: {",
    );
    expect(problems(text)).toEqual([
      { code: "unknown-drone", path: "campaign.attacker.lancet", line: LINE + 4 },
      { code: "unknown-layer", path: "campaign.defender.iron-bean", line: LINE + 8 },
    ]);
  });

  it("a reserve above the stock", () => {
    expect(set("campaign.defender.f35-aim9x.reserve=501")).toEqual([
      { code: "reserve-above-stock", path: "campaign.defender.f35-aim9x.reserve", line: 1 },
    ]);
  });

  it("a negative rate", () => {
    expect(problems(TEXT.replace("2700/month", "-2700/month"))).toEqual([
      { code: "negative-rate", path: "campaign.attacker.shahed.production", line: LINE + 5 },
    ]);
  });

  it("a rate in an unknown unit", () => {
    expect(set("campaign.attacker.shahed.production=5/fortnight").map((p) => p.code)).toEqual([
      "bad-quantity",
    ]);
  });

  it("no raid", () => {
    expect(problems(TEXT.replace("  raid: 400\n", ""))).toEqual([
      { code: "missing-field", path: "campaign.raid", line: LINE + 1 },
    ]);
    expect(set("campaign.raid=[]")).toEqual([{ code: "no-raid", path: "campaign.raid", line: 1 }]);
  });

  it("overlapping spans, spans outside the horizon, spans backwards", () => {
    expect(
      set("campaign.raid=[{from: 1, to: 30, drones: 300}, {from: 30, to: 120, drones: 500}]"),
    ).toEqual([{ code: "raid-span-overlap", path: "campaign.raid[1]", line: 1 }]);
    expect(set("campaign.raid=[{from: 100, to: 121, drones: 3}]")).toEqual([
      { code: "raid-span-outside", path: "campaign.raid[0].to", line: 1 },
    ]);
    expect(set("campaign.raid=[{from: 0, to: 5, drones: 3}]")).toEqual([
      { code: "count-range", path: "campaign.raid[0].from", line: 1 },
    ]);
    expect(set("campaign.raid=[{from: 9, to: 5, drones: 3}]")).toEqual([
      { code: "raid-span-order", path: "campaign.raid[0]", line: 1 },
    ]);
  });

  it("counts that are not whole, a hold rate above 1, unknown keys", () => {
    expect(set("campaign.nights=0").map((p) => p.code)).toEqual(["count-range"]);
    expect(set("campaign.defender.f35-aim9x.stock=2.5").map((p) => p.code)).toEqual(["not-whole"]);
    expect(set("campaign.holdLeakRate=110%")).toEqual([
      { code: "probability-range", path: "campaign.holdLeakRate", line: 1 },
    ]);
    expect(set("campaign.defender.f35-aim9x.stok=1").map((p) => p.code)).toEqual(["unknown-key"]);
    expect(set("campaign.defender.f35-aim9x.leadTime=-3 days")).toEqual([
      { code: "negative-duration", path: "campaign.defender.f35-aim9x.leadTime", line: 1 },
    ]);
  });
});
