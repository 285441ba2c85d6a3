import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import { drone, layer, scenario } from "./fixtures.js";

const one = (s: Parameters<typeof evaluate>[0], n: number) => evaluate(s, [n])[0]!;

describe("salvo (model.md §3/§4)", () => {
  it("kills each engaged target with probability 1 − (1 − pk)^s", () => {
    // 10 drones, salvo of 3 at pk 0.5: P(kill) = 1 − 0.5³ = 0.875 → 8.75 kills,
    // 30 shots at 100 each = 3,000; attacker 10 × 1,000 = 10,000 → CER 0.3.
    const s = scenario(
      [drone({ id: "a", cost: 1000, share: 1 })],
      [layer({ id: "l", costPerShot: 100, pk: 0.5, salvo: 3 })],
    );
    const r = one(s, 10);
    expect(r.kills).toBeCloseTo(8.75, 12);
    expect(r.leakers).toBeCloseTo(1.25, 12);
    expect(r.layers[0]!.shots).toBe(30);
    expect(r.defenderCost).toBe(3000);
    expect(r.cer).toBeCloseTo(0.3, 12);
  });

  it("reproduces the published magazine-limited check", () => {
    // 24 threats at $1.5M; salvo 2 at pk 0.7; magazine 48; $4.3M interceptors.
    // e = min(24, floor(48/2)) = 24; P(kill) = 1 − 0.3² = 0.91; kills = 21.84,
    // leakers = 2.16; cost = 48 × 4.3M = 206.4M; cost per kill = 206.4M / 21.84
    // = 9.4505M; cerPerKill = 9.4505M / 1.5M = 6.3004.
    const s = scenario(
      [drone({ id: "threat", cost: 1.5e6, share: 1 })],
      [layer({ id: "sam", costPerShot: 4.3e6, pk: 0.7, salvo: 2, magazine: 48 })],
    );
    const r = one(s, 24);
    expect(r.leakers).toBeCloseTo(2.16, 10);
    expect(r.costPerKill! / 1e6).toBeCloseTo(9.45, 2);
    expect(r.cerPerKill!).toBeCloseTo(6.3, 2);
    expect(r.cer!).toBeCloseTo(206.4e6 / 36e6, 12);
  });

  it("engages only floor(B / s) targets when the magazine binds", () => {
    // 10 drones, salvo 2, magazine 7 → floor(7/2) = 3 engaged, 6 shots;
    // pk 1 → 3 kills, 7 leakers.
    const s = scenario(
      [drone({ id: "a", cost: 10, share: 1 })],
      [layer({ id: "l", costPerShot: 1, pk: 1, salvo: 2, magazine: 7 })],
    );
    const r = one(s, 10);
    expect(r.layers[0]!.shots).toBe(6);
    expect(r.kills).toBe(3);
    expect(r.leakers).toBe(7);
  });

  it("binds on time capacity floor(channels × window / timePerShot)", () => {
    // 2 channels × 60 s / 25 s = 4.8 → 4 shots; 10 drones, pk 0.5 → 2 kills.
    const s = scenario(
      [drone({ id: "a", cost: 10, share: 1 })],
      [
        layer({
          id: "l",
          costPerShot: 1,
          pk: 0.5,
          rate: { channels: 2, window: 60, timePerShot: 25 },
        }),
      ],
    );
    const r = one(s, 10);
    expect(r.layers[0]!.shots).toBe(4);
    expect(r.kills).toBe(2);
  });

  it("takes the smaller of magazine and capacity as the budget", () => {
    // magazine 5, capacity 3 shots → 3 shots at pk 1 → 3 kills of 10.
    const s = scenario(
      [drone({ id: "a", cost: 10, share: 1 })],
      [layer({ id: "l", costPerShot: 1, pk: 1, magazine: 5, capacityShots: 3 })],
    );
    expect(one(s, 10).kills).toBe(3);
  });
});

describe("shoot-look-shoot", () => {
  it("fires (1 − (1 − pk)^m) / pk shots per target when no budget binds", () => {
    // pk 0.6, m 3: shots per target = (1 − 0.4³) / 0.6 = 0.936 / 0.6 = 1.56;
    // kills per target = 1 − 0.4³ = 0.936. 50 targets → 78 shots, 46.8 kills.
    const s = scenario(
      [drone({ id: "a", cost: 100, share: 1 })],
      [layer({ id: "l", costPerShot: 10, pk: 0.6, sls: 3 })],
    );
    const r = one(s, 50);
    expect(r.layers[0]!.shots).toBeCloseTo(78, 10);
    expect(r.kills).toBeCloseTo(46.8, 10);
    expect(r.defenderCost).toBeCloseTo(780, 8);
  });

  it("stops when the budget runs out mid-round", () => {
    // 10 targets, pk 0.5, m 3, magazine 12: round 1 fires 10 (5 killed, 5 alive,
    // 2 left); round 2 fires min(5, 2) = 2, kills 1 → 6 kills, 12 shots.
    const s = scenario(
      [drone({ id: "a", cost: 100, share: 1 })],
      [layer({ id: "l", costPerShot: 1, pk: 0.5, sls: 3, magazine: 12 })],
    );
    const r = one(s, 10);
    expect(r.layers[0]!.shots).toBe(12);
    expect(r.kills).toBeCloseTo(6, 12);
  });
});

describe("eligibility", () => {
  const mix = [
    drone({ id: "decoy", cost: 10, share: 0.6, decoy: true }),
    drone({ id: "strike", cost: 50, share: 0.4, damage: 1000 }),
  ];

  it("a discriminating layer never engages decoys", () => {
    // 100 drones: 60 decoys, 40 strike; pk 1, salvo 1 → 40 kills, 40 shots;
    // leakers 60 (all decoys) with no damage.
    const s = scenario(mix, [layer({ id: "l", costPerShot: 1, pk: 1, discriminates: true })]);
    const r = one(s, 100);
    expect(r.kills).toBeCloseTo(40, 12);
    expect(r.layers[0]!.shots).toBeCloseTo(40, 12);
    expect(r.damage).toBe(0);
    expect(r.damageAverted).toBeCloseTo(40_000, 8);
  });

  it("a layer that engages only some types leaves the others alone", () => {
    // engages decoys only, pk 0.5: 30 decoys killed; 40 strike leak → damage 40,000.
    const s = scenario(mix, [layer({ id: "l", costPerShot: 1, pk: 0.5, engages: ["decoy"] })]);
    const r = one(s, 100);
    expect(r.kills).toBeCloseTo(30, 12);
    expect(r.damage).toBeCloseTo(40_000, 8);
    expect(r.netCer!).toBeCloseTo((60 + 40_000) / (60 * 10 + 40 * 50), 12);
  });

  it("a binding budget is shared in proportion to the eligible counts", () => {
    // 100 drones (60/40), magazine 50, pk 1 → 30 decoys + 20 strike killed.
    const s = scenario(mix, [layer({ id: "l", costPerShot: 1, pk: 1, magazine: 50 })]);
    const r = one(s, 100);
    expect(r.kills).toBeCloseTo(50, 12);
    expect(r.damage).toBeCloseTo(20 * 1000, 8);
  });
});

describe("availability and costs", () => {
  it("blends kills, shots and fixed cost by availability", () => {
    // a = 0.8, 10 drones, pk 0.5: kills 0.8 × 5 = 4, shots 0.8 × 10 = 8,
    // cost 8 × 100 + 0.8 × 1,000 = 1,600.
    const s = scenario(
      [drone({ id: "a", cost: 10, share: 1 })],
      [layer({ id: "l", costPerShot: 100, pk: 0.5, availability: 0.8, fixedCost: 1000 })],
    );
    const r = one(s, 10);
    expect(r.kills).toBeCloseTo(4, 12);
    expect(r.layers[0]!.shots).toBeCloseTo(8, 12);
    expect(r.defenderCost).toBeCloseTo(1600, 10);
  });

  it("adds the amortised acquisition to the full cost only", () => {
    // 200M over 20 years × 50 attacks a year = 200,000 per attack.
    const s = scenario(
      [drone({ id: "a", cost: 1000, share: 1 })],
      [
        layer({
          id: "laser",
          costPerShot: 3,
          pk: 1,
          acquisition: { cost: 200e6, lifeYears: 20, attacksPerYear: 50 },
        }),
      ],
    );
    const r = one(s, 10);
    expect(r.defenderCost).toBe(30);
    expect(r.defenderCostFull).toBe(200_030);
    expect(r.cer!).toBeCloseTo(30 / 10_000, 15);
    expect(r.cerFull!).toBeCloseTo(200_030 / 10_000, 12);
  });

  it("reports every metric of §6, and null per-kill figures without kills", () => {
    // pk 0: no kills, all 5 leak; cost 5 × 7 = 35 plus fixed 100 → 135;
    // attacker 5 × 20 = 100; damage 5 × 30 = 150; netCer (135 + 150) / 100.
    const s = scenario(
      [drone({ id: "a", cost: 20, share: 1, damage: 30 })],
      [layer({ id: "l", costPerShot: 7, pk: 0, fixedCost: 100 })],
    );
    const r = one(s, 5);
    expect(r).toMatchObject({
      swarmSize: 5,
      attackerCost: 100,
      defenderCost: 135,
      defenderCostFull: 135,
      kills: 0,
      leakers: 5,
      damage: 150,
      damageAverted: 0,
      cer: 1.35,
      cerFull: 1.35,
      netCer: 2.85,
      costPerKill: null,
      cerPerKill: null,
    });
    expect(r.layers).toEqual([{ id: "l", name: "l", shots: 5, kills: 0, cost: 135 }]);
  });

  it("gives cost per kill and cerPerKill when there are kills", () => {
    // 4 drones at 50, one layer pk 0.5 at 100 a shot: 2 kills, cost 400;
    // cost per kill 200; attacker cost per drone 50 → cerPerKill 4.
    const s = scenario(
      [drone({ id: "a", cost: 50, share: 1 })],
      [layer({ id: "l", costPerShot: 100, pk: 0.5 })],
    );
    const r = one(s, 4);
    expect(r.costPerKill).toBeCloseTo(200, 12);
    expect(r.cerPerKill).toBeCloseTo(4, 12);
  });

  it("passes survivors of one layer to the next", () => {
    // 100 drones; outer pk 0.5 → 50 survive; inner pk 0.8 → 40 more killed, 10 leak.
    const s = scenario(
      [drone({ id: "a", cost: 1, share: 1 })],
      [
        layer({ id: "outer", costPerShot: 1, pk: 0.5 }),
        layer({ id: "inner", costPerShot: 1, pk: 0.8 }),
      ],
    );
    const r = one(s, 100);
    expect(r.layers.map((l) => l.kills)).toEqual([50, 40]);
    expect(r.layers[1]!.shots).toBe(50);
    expect(r.leakers).toBeCloseTo(10, 12);
  });
});
