import { describe, expect, it } from "vitest";
import { campaignDeterministic } from "../../src/campaign/deterministic.js";
import { campaignCsv, campaignSentences, campaignTable } from "../../src/results/index.js";
import { drone, layer } from "../engine/fixtures.js";
import { campaignScenario } from "./fixtures.js";

describe("campaign presentation", () => {
  it("groups a horizon over 60 nights by week, stocks at the week's end", () => {
    // pk 1, unlimited capacity, stock 100, 3 drones a night: 3 shots a night;
    // the stock after night 7 is 100 − 21 = 79, after night 70 it is 100 − 210 → 0 from night 34.
    const s = campaignScenario(
      [drone({ id: "d", cost: 1000, share: 1 })],
      [layer({ id: "gun", costPerShot: 10, pk: 1 })],
      { nights: 70, raid: 3, defender: [{ id: "gun", stock: 100 }] },
    );
    const text = campaignTable(s, campaignDeterministic(s));
    const rows = text.split("\n").filter((l) => /^\s*\d+–\d+\s/.test(l));
    expect(rows).toHaveLength(10);
    // Week 1: raid 21, launched 21, 0 leak, 210 spent against 21,000: CER 0.01.
    expect(rows[0]).toMatch(/^1–7\s+21\s+21\s+0\s+0 %\s+210\s+21,000\s+0\.0100\s+79$/);
    expect(text).toContain("a week to a row");
  });

  it("rounds CSV numbers to 12 significant digits and neutralises formula-like cells", () => {
    // 0.1 + 0.2 leaks 0.30000000000000004 of a drone in floating point: written 0.3.
    const s = campaignScenario(
      [drone({ id: "=cmd", cost: 1, share: 1 })],
      [layer({ id: "-x", costPerShot: 1, pk: 0.7 })],
      { nights: 1, raid: 1 },
    );
    const csv = campaignCsv(campaignDeterministic(s));
    const [head, row] = csv.trimEnd().split("\n");
    expect(head).toContain(",'-x.shots,");
    expect(head).toContain(",'=cmd.launched,");
    const cols = head!.split(",");
    expect(row!.split(",")[cols.indexOf("leakers")]).toBe(
      String(Number((1 - 0.7).toPrecision(12))),
    );
  });

  it("says a stock lasts beyond the horizon when it never runs dry", () => {
    const s = campaignScenario(
      [drone({ id: "shahed", cost: 1000, share: 1 })],
      [layer({ id: "sam", costPerShot: 10, pk: 1 })],
      {
        nights: 3,
        raid: 1,
        attacker: [{ id: "shahed", stock: 100 }],
        defender: [{ id: "sam", stock: 100 }],
      },
    );
    const words = campaignSentences(s, campaignDeterministic(s));
    expect(words).toContain("The sam stock lasts beyond night 3.");
    expect(words).toContain("The attacker's shahed stock lasts beyond night 3.");
    // 3 drones at 1,000 against 3 shots at 10: 3k against 30, CER 0.01.
    expect(words.at(-1)).toMatch(
      /^Over 3 nights 3 drones are launched and 0 get through; the defender spends 30 (\w+) against the attacker's 3k \1 \(cost-exchange ratio 0\.01\d*\)\.$/,
    );
  });

  it("writes the campaign's money as a reader quotes it", () => {
    // 200 drones a night for 30 nights at 8,410.7: 50,464,200 → "50.5M"; one 1M shot each: 6,000 shots → "6B".
    const s = campaignScenario(
      [drone({ id: "d", cost: 8410.7, share: 1 })],
      [layer({ id: "sam", costPerShot: 1e6, pk: 1 })],
      { nights: 30, raid: 200 },
    );
    expect(campaignSentences(s, campaignDeterministic(s)).at(-1)).toMatch(
      /the defender spends 6B (\w+) against the attacker's 50\.5M \1 /,
    );
  });
});
