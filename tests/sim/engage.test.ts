// The engagement (src/sim/engage.ts) draws counts, not drones: one binomial
// per round on the eligible total and one multivariate hypergeometric split
// by type when the eligible set changes (exchangeability, see its doc
// comment). Checked here against a literal drone-by-drone simulation of
// model.md §3: same joint law of per-type survivors and per-layer shots.
import { describe, expect, it } from "vitest";
import { Xoshiro128 } from "../../src/random/xoshiro128.js";
import { scenario, type DroneSpec, type LayerSpec } from "./fixtures.js";
import { perTrial } from "./per-trial.js";
import { homogeneityPValue, meanVar } from "./stats.js";

// Damages 1, 100, 10⁴ make a trial's damage spell out its survivors per type
// (each ≤ N = 30 < 100); costs per shot 1, 100, 10⁴, 10⁶ make its defender
// cost spell out the shots of each layer (each ≤ 99, see the budgets).
const N = 30;
const drones: DroneSpec[] = [
  { id: "a", share: 0.5, unitCost: 1, damage: 1 },
  { id: "b", share: 0.3, unitCost: 1, damage: 100 },
  { id: "decoy", share: 0.2, unitCost: 1, damage: 1e4, decoy: true },
];
const layers: LayerSpec[] = [
  // salvo 2 at a and b, budget 10 shots: at most 5 engaged
  {
    id: "l1",
    costPerShot: 1,
    pk: 0.6,
    doctrine: { type: "salvo", shots: 2 },
    magazine: 10,
    engages: ["a", "b"],
  },
  // shoot-look-shoot 3, 12 shots, never at decoys
  {
    id: "l2",
    costPerShot: 100,
    pk: 0.5,
    doctrine: { type: "shoot-look-shoot", maxShots: 3 },
    capacity: 12,
    discriminates: true,
  },
  // salvo 1 at b and decoys, 6 shots
  { id: "l3", costPerShot: 1e4, pk: 0.7, magazine: 6, engages: ["b", "decoy"] },
  // shoot-look-shoot 2 at everything, no budget (at most 60 shots)
  { id: "l4", costPerShot: 1e6, pk: 0.4, doctrine: { type: "shoot-look-shoot", maxShots: 2 } },
];
const sc = scenario([N], drones, layers);

/** Per trial: survivors of a, b, decoy, then shots of layers 1–4. */
type Outcome = [number, number, number, number, number, number, number];

function digits(x: number, base: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(x / base ** i) % base);
}

/** cxr's per-trial outcomes, decoded from damage and defender cost. */
function cxrOutcomes(trials: number, seed: number): Outcome[] {
  const damage = perTrial(sc, trials, seed, "damage", N);
  const cost = perTrial(sc, trials, seed, "defenderCost", N);
  return damage.map((d, t) => [...digits(d, 100, 3), ...digits(cost[t]!, 100, 4)] as Outcome);
}

/** model.md §3 literally: a list of drones, targets picked one by one, every shot drawn. */
function literalOutcome(rng: Xoshiro128): Outcome {
  const types = Array.from({ length: N }, () => {
    const u = rng.nextDouble();
    return u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
  });
  let alive = types.map((type) => ({ type }));
  const eligibleTypes = [
    [0, 1],
    [0, 1],
    [1, 2],
    [0, 1, 2],
  ];
  const shots: number[] = [];
  const pick = <T>(xs: T[], n: number): T[] => {
    // Partial Fisher–Yates: n uniformly chosen items.
    const a = [...xs];
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(rng.nextDouble() * (a.length - i));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, n);
  };
  layers.forEach((l, k) => {
    const eligible = alive.filter((d) => eligibleTypes[k]!.includes(d.type));
    const budget = l.magazine ?? (typeof l.capacity === "number" ? l.capacity : Infinity);
    const killed = new Set<{ type: number }>();
    let fired = 0;
    if (l.doctrine?.type === "shoot-look-shoot") {
      let targets = eligible;
      for (let r = 0; r < l.doctrine.maxShots && targets.length > 0; r++) {
        const shotAt = pick(targets, Math.min(targets.length, budget - fired));
        fired += shotAt.length;
        for (const d of shotAt) if (rng.nextDouble() < (l.pk as number)) killed.add(d);
        targets = targets.filter((d) => !killed.has(d));
      }
    } else {
      const s = l.doctrine?.shots ?? 1;
      const engaged = pick(eligible, Math.min(eligible.length, Math.floor(budget / s)));
      fired = engaged.length * s;
      for (const d of engaged) {
        let hit = false;
        for (let i = 0; i < s; i++) hit = rng.nextDouble() < (l.pk as number) || hit;
        if (hit) killed.add(d);
      }
    }
    shots.push(fired);
    alive = alive.filter((d) => !killed.has(d));
  });
  const left = [0, 1, 2].map((t) => alive.filter((d) => d.type === t).length);
  return [...left, ...shots] as Outcome;
}

describe("engagement by counts against a drone-by-drone simulation (model.md §3)", () => {
  const cxr = cxrOutcomes(20_000, 17);
  const rng = Xoshiro128.fromSeed(2024);
  const literal = Array.from({ length: 20_000 }, () => literalOutcome(rng));
  const names = ["a left", "b left", "decoys left", "l1 shots", "l2 shots", "l3 shots", "l4 shots"];

  it("the decoding is sound: survivors ≤ N, l1 ≤ 10, l2 ≤ 12, l3 ≤ 6 shots", () => {
    for (const o of cxr) {
      expect(o[0] + o[1] + o[2]).toBeLessThanOrEqual(N);
      expect(o[3]).toBeLessThanOrEqual(10);
      expect(o[4]).toBeLessThanOrEqual(12);
      expect(o[5]).toBeLessThanOrEqual(6);
    }
  });

  names.forEach((name, j) => {
    it(`${name}: same distribution (chi-square homogeneity p > 1e-4, means within 4.5 SE)`, () => {
      const x = cxr.map((o) => o[j]!);
      const y = literal.map((o) => o[j]!);
      expect(homogeneityPValue(x, y)).toBeGreaterThan(1e-4);
      const mx = meanVar(x);
      const my = meanVar(y);
      const se = Math.sqrt(mx.variance / x.length + my.variance / y.length);
      expect(Math.abs(mx.mean - my.mean)).toBeLessThan(4.5 * se + 1e-12);
    });
  });

  it("joint law of (a left, b left, l2 shots): chi-square homogeneity p > 1e-4", () => {
    const key = (o: Outcome): number => (o[0] * 100 + o[1]) * 100 + o[4];
    expect(homogeneityPValue(cxr.map(key), literal.map(key))).toBeGreaterThan(1e-4);
  });
});
