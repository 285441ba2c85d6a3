import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Span {
  from: number;
  to: number;
  drones: number;
}

// The Ukrainian Air Force's monthly totals of long-range drones in 2025, as
// cited in scenarios/ukraine-2025-campaign.yaml (August is derived from
// September's +36 %, November is the mean of October and December).
const MONTHS: [string, number, number][] = [
  ["Jan", 31, 2567],
  ["Feb", 28, 3912],
  ["Mar", 31, 4198],
  ["Apr", 30, 2560],
  ["May", 31, 3974],
  ["Jun", 30, 5438],
  ["Jul", 31, 6297],
  ["Aug", 31, Math.round(5638 / 1.36)],
  ["Sep", 30, 5638],
  ["Oct", 31, 5312],
  ["Nov", 30, Math.round((5312 + 5131) / 2)],
  ["Dec", 31, 5131],
];

describe("ukraine-2025-campaign raid spans", () => {
  const file = parse(readFileSync("scenarios/ukraine-2025-campaign.yaml", "utf8")) as {
    campaign: { nights: number; raid: Span[] };
  };
  const spans = file.campaign.raid;

  it("cover nights 1–365, one span a calendar month", () => {
    expect(file.campaign.nights).toBe(365);
    let next = 1;
    spans.forEach((s, i) => {
      expect(s.from).toBe(next);
      expect(s.to - s.from + 1, MONTHS[i]![0]).toBe(MONTHS[i]![1]);
      next = s.to + 1;
    });
    expect(next).toBe(366);
  });

  it("carry each month's total spread evenly, within half a drone a night", () => {
    // e.g. January: 2,567 / 31 = 82.8 → 83 a night, 2,573 in the month.
    spans.forEach((s, i) => {
      const [name, nights, total] = MONTHS[i]!;
      expect(Math.abs(s.drones * nights - total), name).toBeLessThanOrEqual(nights / 2);
    });
  });
});
