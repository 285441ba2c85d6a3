import { median } from "simple-statistics";
import { evaluate } from "../src/engine/index.js";
import type { Input, Layer, Scenario } from "../src/model/index.js";

function fixed(value: number, path: string, unit: Input["unit"] = "money"): Input {
  return { path, unit, base: value, dist: null, source: "scenario" };
}

/** A synthetic scenario: 3 drone types, `layers` layers alternating doctrines, `sizes` swarm sizes. */
export function syntheticScenario(layers: number, sizes: number): Scenario {
  const drones = ["decoy", "strike", "jet"].map((id, i) => ({
    id,
    name: id,
    share: [0.5, 0.4, 0.1][i]!,
    unitCost: fixed([1e4, 5e4, 2e5][i]!, `threat.drones.${id}.unitCost`),
    damage: fixed([0, 3e5, 1e6][i]!, `threat.drones.${id}.damage`),
    decoy: i === 0,
    ref: null,
  }));
  const ls: Layer[] = Array.from({ length: layers }, (_, i) => ({
    id: `l${i}`,
    name: `layer ${i}`,
    kind: "other",
    costPerShot: fixed(1000 * (i + 1), `l${i}.costPerShot`),
    pk: fixed(0.3 + 0.05 * (i % 8), `l${i}.pk`, "probability"),
    doctrine:
      i % 2 === 0
        ? { type: "salvo", shots: 1 + (i % 3) }
        : { type: "shoot-look-shoot", maxShots: 3 },
    magazine: 50 * (i + 1),
    capacity: null,
    availability: fixed(0.9, `l${i}.availability`, "probability"),
    engages: null,
    discriminates: i % 3 === 2,
    fixedCost: fixed(1e4, `l${i}.fixedCost`),
    acquisition: null,
    ref: null,
  }));
  return {
    title: "synthetic",
    description: "",
    currency: "USD",
    priceYear: 2025,
    swarmSizes: Array.from({ length: sizes }, (_, i) => i + 1),
    drones,
    layers: ls,
    sources: [],
    focus: null,
    disruption: fixed(0, "threat.disruption"),
    campaign: null,
    provenance: { variant: null, overrides: [] },
  };
}

/** Median in-process time (ms) of a deterministic run over 1,000 sizes × 10 layers. */
export function deterministicThroughput(runs = 30): number {
  const s = syntheticScenario(10, 1000);
  for (let i = 0; i < 5; i++) evaluate(s);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    evaluate(s);
    times.push(performance.now() - t0);
  }
  return median(times);
}
