// Scenario builders for the simulator's tests and measurements: normalized
// `Scenario` objects built in TypeScript (no loader needed).
import { baseValue } from "../../src/distributions/registry.js";
import type { Distribution } from "../../src/model/distribution.js";
import type { Input, InputUnit } from "../../src/model/input.js";
import type { Capacity, Doctrine, DroneType, Layer, Scenario } from "../../src/model/scenario.js";

/** An input: a plain number, or a distribution (base value per model.md §4). */
export function input(path: string, unit: InputUnit, value: number | Distribution): Input {
  return typeof value === "number"
    ? { path, unit, base: value, dist: null, source: "scenario" }
    : { path, unit, base: baseValue(value), dist: value, source: "scenario" };
}

export interface DroneSpec {
  id: string;
  share: number;
  unitCost: number | Distribution;
  damage?: number | Distribution;
  decoy?: boolean;
}

export function drone(d: DroneSpec): DroneType {
  const p = `threat.drones.${d.id}`;
  return {
    id: d.id,
    name: d.id,
    share: d.share,
    unitCost: input(`${p}.unitCost`, "money", d.unitCost),
    damage: input(`${p}.damage`, "money", d.damage ?? 0),
    decoy: d.decoy ?? false,
    ref: null,
  };
}

export interface LayerSpec {
  id: string;
  costPerShot: number | Distribution;
  pk: number | Distribution;
  doctrine?: Doctrine;
  magazine?: number;
  /** Shots, or a rate capacity with window and timePerShot in seconds. */
  capacity?:
    | number
    | { channels: number; window: number | Distribution; timePerShot: number | Distribution };
  availability?: number | Distribution;
  engages?: string[];
  discriminates?: boolean;
  fixedCost?: number | Distribution;
  acquisition?: { cost: number; lifeYears: number; attacksPerYear: number };
}

export function layer(l: LayerSpec): Layer {
  const p = `defense.layers.${l.id}`;
  let capacity: Capacity | null = null;
  if (typeof l.capacity === "number") capacity = { type: "shots", shots: l.capacity };
  else if (l.capacity) {
    capacity = {
      type: "rate",
      channels: l.capacity.channels,
      window: input(`${p}.capacity.window`, "duration", l.capacity.window),
      timePerShot: input(`${p}.capacity.timePerShot`, "duration", l.capacity.timePerShot),
    };
  }
  return {
    id: l.id,
    name: l.id,
    kind: "other",
    costPerShot: input(`${p}.costPerShot`, "money", l.costPerShot),
    pk: input(`${p}.pk`, "probability", l.pk),
    doctrine: l.doctrine ?? { type: "salvo", shots: 1 },
    magazine: l.magazine ?? null,
    capacity,
    availability: input(`${p}.availability`, "probability", l.availability ?? 1),
    engages: l.engages ?? null,
    discriminates: l.discriminates ?? false,
    fixedCost: input(`${p}.fixedCost`, "money", l.fixedCost ?? 0),
    acquisition: l.acquisition
      ? {
          cost: input(`${p}.acquisition.cost`, "money", l.acquisition.cost),
          lifeYears: l.acquisition.lifeYears,
          attacksPerYear: l.acquisition.attacksPerYear,
        }
      : null,
    ref: null,
  };
}

export function scenario(
  swarmSizes: readonly number[],
  drones: DroneSpec[],
  layers: LayerSpec[],
): Scenario {
  return {
    title: "test",
    description: "",
    currency: "USD",
    priceYear: 2025,
    swarmSizes,
    drones: drones.map(drone),
    layers: layers.map(layer),
    sources: [],
    focus: null,
    disruption: {
      path: "threat.disruption",
      unit: "money",
      base: 0,
      dist: null,
      source: "scenario",
    },
    campaign: null,
    provenance: { variant: null, overrides: [] },
  };
}

/** scenario-format.md: `from × (to / from)^(i / (points − 1))`, rounded halves up, deduplicated. */
export function logSizes(from: number, to: number, points: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < points; i++) {
    out.add(Math.floor(from * (to / from) ** (i / (points - 1)) + 0.5));
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * bench/scenarios/mc-standard.yaml, mirrored by hand (30 min = 1800 s;
 * percentages as fractions; the decoy's damage defaults to 0).
 */
export function mcStandard(swarmSizes: readonly number[] = logSizes(1, 1000, 100)): Scenario {
  return scenario(
    swarmSizes,
    [
      {
        id: "shahed",
        share: 0.7,
        unitCost: { kind: "pert", min: 20e3, mode: 50e3, max: 200e3 },
        damage: { kind: "triangular", min: 50e3, mode: 250e3, max: 2e6 },
      },
      {
        id: "gerbera",
        share: 0.3,
        unitCost: { kind: "uniform", min: 3e3, max: 20e3 },
        decoy: true,
      },
    ],
    [
      {
        id: "sam",
        costPerShot: { kind: "triangular", min: 900e3, mode: 1e6, max: 1.2e6 },
        pk: { kind: "beta", alpha: 8, beta: 2, scale: 1 },
        doctrine: { type: "salvo", shots: 2 },
        magazine: 16,
        availability: 0.9,
      },
      {
        id: "gun",
        costPerShot: { kind: "uniform", min: 10e3, max: 20e3 },
        pk: { kind: "pert", min: 0.3, mode: 0.5, max: 0.7 },
        doctrine: { type: "shoot-look-shoot", maxShots: 3 },
        capacity: { channels: 2, window: 1800, timePerShot: { kind: "uniform", min: 20, max: 40 } },
        availability: 0.95,
      },
      {
        id: "interceptor-drones",
        costPerShot: 2.5e3,
        pk: { kind: "uniform", min: 0.5, max: 0.8 },
        magazine: 200,
        discriminates: true,
        availability: 0.85,
      },
      {
        id: "laser",
        costPerShot: 10,
        pk: { kind: "normal", mean: 0.8, sd: 0.05 },
        doctrine: { type: "shoot-look-shoot", maxShots: 4 },
        capacity: { channels: 1, window: 1800, timePerShot: { kind: "lognormal", p5: 8, p95: 20 } },
        availability: 0.7,
        acquisition: { cost: 150e6, lifeYears: 20, attacksPerYear: 50 },
      },
    ],
  );
}
