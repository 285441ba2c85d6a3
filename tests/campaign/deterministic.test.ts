import { describe, expect, it } from "vitest";
import { campaignDeterministic } from "../../src/campaign/deterministic.js";
import { drone, layer } from "../engine/fixtures.js";
import { campaignScenario } from "./fixtures.js";

const shahed = drone({ id: "shahed", cost: 20_000, share: 1 });

describe("deterministic campaign, by hand", () => {
  it("a finite stock with a reserve runs dry, then nothing is fired", () => {
    // One layer, capacity 10 shots a night, pk 0.5, 1 M a shot; 20 drones a night.
    // Stock 30, reserve 5, no production: free shots 25.
    // Night 1: B = min(10, 30 − 5) = 10 → 10 shots, 5 kills, 15 leakers; S = 20.
    // Night 2: B = min(10, 15) = 10 → the same; S = 10.
    // Night 3: B = min(10, 5) = 5 → 2.5 kills, 17.5 leakers; S − shots = 5 ≤ r → dry on night 3.
    // Nights 4, 5: B = 0 → 20 leakers. Leak rates .75 .75 .875 1 1: a 80 % hold breaks on night 3.
    const s = campaignScenario(
      [shahed],
      [layer({ id: "sam", costPerShot: 1e6, pk: 0.5, capacityShots: 10 })],
      { nights: 5, raid: 20, defender: [{ id: "sam", stock: 30, reserve: 5 }], holdLeakRate: 0.8 },
    );
    const r = campaignDeterministic(s);
    expect(r.nights.map((n) => n.layers[0]!.shots)).toEqual([10, 10, 5, 0, 0]);
    expect(r.nights.map((n) => n.layers[0]!.stockEnd)).toEqual([20, 10, 5, 5, 5]);
    expect(r.nights.map((n) => n.leakers)).toEqual([15, 15, 17.5, 20, 20]);
    expect(r.nights.map((n) => n.strikeLeakRate)).toEqual([0.75, 0.75, 0.875, 1, 1]);
    // Night 1: 10 × 1 M against 20 × 20,000 = 400,000 → CER 25.
    expect(r.nights[0]!.defenderCost).toBe(1e7);
    expect(r.nights[0]!.attackerCost).toBe(4e5);
    expect(r.nights[0]!.cer).toBe(25);
    expect(r.summary.layers).toEqual([{ id: "sam", dryNight: 3 }]);
    expect(r.summary.firstBreachNight).toBe(3);
    expect(r.summary.launched).toBe(100);
    expect(r.summary.kills).toBe(12.5);
    expect(r.summary.leakers).toBe(87.5);
    // Σ defender 25 shots × 1 M = 25 M; Σ attacker 5 × 400,000 = 2 M.
    expect(r.summary.cer).toBe(12.5);
    expect(r.summary.drones).toEqual([{ id: "shahed", attackerDryNight: null }]);
  });

  it("deliveries start after the lead time, stocks kept as real numbers", () => {
    // pk 1, stock 10, 2.5 shots a night delivered from night λ + 1 = 3; 6 drones a night.
    // N1: B = 10 → 6 shots; S = 4.   N2: B = 4 → 4 shots, 2 leak; S − shots = 0 → dry; no delivery.
    // N3: B = 0 → 6 leak; S = 0 + 2.5.   N4: B = 2.5 → floor(2.5) = 2 shots, 4 leak; S = 0.5 + 2.5 = 3.
    const s = campaignScenario([shahed], [layer({ id: "idrone", costPerShot: 1000, pk: 1 })], {
      nights: 4,
      raid: 6,
      defender: [{ id: "idrone", stock: 10, production: 2.5, leadTime: 2 }],
    });
    const r = campaignDeterministic(s);
    expect(r.nights.map((n) => n.layers[0]!.shots)).toEqual([6, 4, 0, 2]);
    expect(r.nights.map((n) => n.layers[0]!.stockEnd)).toEqual([4, 0, 2.5, 3]);
    expect(r.nights.map((n) => n.leakers)).toEqual([0, 2, 6, 4]);
    expect(r.summary.layers[0]!.dryNight).toBe(2);
    expect(r.summary.firstBreachNight).toBeNull();
    expect(r.summary.sustainableRaid).toBeNull();
  });

  it("an attacker whose stock runs out and refills", () => {
    // Shahed (strike, 30,000) and Gerbera (decoy, 10,000), half each; raid 20 on nights 1–2 and 4.
    // Shahed stock 12, 3 produced a night; a gun kills half of whatever it engages.
    // N1: plan 10 → 10 launched; A = 12 − 10 + 3 = 5.   N2: plan 10, A = 5 → 5 launched (short: dry on 2); A = 3.
    // N3: no raid; A = 6.   N4: plan 10 → 6 launched; A = 3.
    const s = campaignScenario(
      [
        drone({ id: "shahed", cost: 30_000, share: 0.5 }),
        drone({ id: "gerbera", cost: 10_000, share: 0.5, decoy: true }),
      ],
      [layer({ id: "gun", costPerShot: 100, pk: 0.5 })],
      {
        nights: 4,
        raid: [
          { from: 1, to: 2, drones: 20 },
          { from: 4, to: 4, drones: 20 },
        ],
        attacker: [{ id: "shahed", stock: 12, production: 3 }],
      },
    );
    const r = campaignDeterministic(s);
    const shahedNights = r.nights.map((n) => n.drones[0]!);
    expect(shahedNights.map((d) => d.launched)).toEqual([10, 5, 0, 6]);
    expect(shahedNights.map((d) => d.stockEnd)).toEqual([5, 3, 6, 3]);
    expect(r.nights.map((n) => n.drones[1]!.stockEnd)).toEqual([null, null, null, null]);
    expect(r.summary.drones).toEqual([
      { id: "shahed", attackerDryNight: 2 },
      { id: "gerbera", attackerDryNight: null },
    ]);
    // N2: 5 × 30,000 + 10 × 10,000 = 250,000; half of each type leaks: strike 2.5 of 5.
    expect(r.nights[1]!.attackerCost).toBe(250_000);
    expect(r.nights[1]!.strikeLeakers).toBe(2.5);
    expect(r.nights[1]!.strikeLeakRate).toBe(0.5);
    // Night 3 launches nothing: every ratio is none.
    expect(r.nights[2]).toMatchObject({
      launched: 0,
      leakRate: null,
      strikeLeakRate: null,
      cer: null,
    });
  });

  it("an unreliable outer layer in front of a small magazine: availability enumerated", () => {
    // Fighter: availability 0.5, pk 1, 10 a shot. SAM: magazine 10 a night, pk 1, 100 a shot,
    // stock 12, reserve 2. 50 drones a night.
    // N1, fighter up (½): it kills all 50, the SAM fires nothing. Down (½): SAM B = min(10, 10) = 10
    //   → 10 kills, 40 leak. Leakers ½ × 40 = 20 (a v1 blend would give 25 − 10 = 15);
    //   SAM shots 5 → S = 7; fighter shots 25.
    // N2: SAM B = min(10, 5) = 5 → leakers ½ × 45 = 22.5; SAM shots 2.5 → S = 4.5.
    // N3: SAM B = 2.5 → floor 2 → leakers ½ × 48 = 24; shots 1 → S = 3.5 (never ≤ r: not dry).
    const s = campaignScenario(
      [drone({ id: "d", cost: 1, share: 1 })],
      [
        layer({ id: "fighter", costPerShot: 10, pk: 1, availability: 0.5 }),
        layer({ id: "sam", costPerShot: 100, pk: 1, magazine: 10 }),
      ],
      { nights: 3, raid: 50, defender: [{ id: "sam", stock: 12, reserve: 2 }] },
    );
    const r = campaignDeterministic(s);
    expect(r.nights.map((n) => n.leakers)).toEqual([20, 22.5, 24]);
    expect(r.nights.map((n) => n.layers[1]!.shots)).toEqual([5, 2.5, 1]);
    expect(r.nights.map((n) => n.layers[1]!.stockEnd)).toEqual([7, 4.5, 3.5]);
    expect(r.nights.map((n) => n.layers[0]!.shots)).toEqual([25, 25, 25]);
    // N1 defender cost: 25 × 10 + 5 × 100 = 750.
    expect(r.nights[0]!.defenderCost).toBe(750);
    expect(r.summary.layers[1]!.dryNight).toBeNull();
  });
});

describe("sustainable raid", () => {
  // One layer, capacity 8 shots a night, pk 0.5; 5 nights; hold 80 %: a night holds when
  // leakRate = 1 − 0.5 × shots / R ≤ 0.8, that is shots ≥ 0.4 R.
  const sam = layer({ id: "sam", costPerShot: 1e6, pk: 0.5, capacityShots: 8 });
  const withStock = (stock: number, reserve: number) =>
    campaignScenario([shahed], [sam], {
      nights: 5,
      raid: 100,
      defender: [{ id: "sam", stock, reserve }],
      holdLeakRate: 0.8,
    });

  it("capacity-limited: shots min(R, 8) ≥ 0.4 R up to R = 20", () => {
    // Stock 1000 never binds in 5 nights (8 × 5 = 40 shots).
    expect(campaignDeterministic(withStock(1000, 0)).summary.sustainableRaid).toBe(20);
  });

  it("stock-limited: 30 free shots over 5 nights hold R = 6, not 7", () => {
    // R = 6: 6 shots a night, night 5 has 30 − 24 = 6 left ≥ 2.4. R = 7: night 5 has 2 < 2.8.
    // R = 8: night 5 has 30 − 32 → 0 shots. Search: 1, 2, 4 hold, 8 fails; bisect 6 holds, 7 fails.
    expect(campaignDeterministic(withStock(40, 10)).summary.sustainableRaid).toBe(6);
  });

  it("0 when one drone a night already breaks the hold, 10⁶ when nothing does", () => {
    const none = campaignScenario([shahed], [layer({ id: "gun", costPerShot: 1, pk: 0.1 })], {
      nights: 2,
      raid: 10,
      holdLeakRate: 0.5,
    });
    expect(campaignDeterministic(none).summary.sustainableRaid).toBe(0);
    const perfect = campaignScenario([shahed], [layer({ id: "gun", costPerShot: 1, pk: 1 })], {
      nights: 2,
      raid: 10,
      holdLeakRate: 0.5,
    });
    expect(campaignDeterministic(perfect).summary.sustainableRaid).toBe(1e6);
  });
});
