// Builders for normalized scenarios in tests: plain numbers in, model objects out.
import type { DroneType, Input, InputUnit, Layer, Scenario } from "../../src/model/index.js";

export function fixed(value: number, unit: InputUnit = "money", path = "test"): Input {
  return { path, unit, base: value, dist: null, source: "scenario" };
}

export interface DroneSpec {
  id: string;
  cost: number;
  share: number;
  damage?: number;
  decoy?: boolean;
}

export function drone(d: DroneSpec): DroneType {
  return {
    id: d.id,
    name: d.id,
    share: d.share,
    unitCost: fixed(d.cost, "money", `threat.drones.${d.id}.unitCost`),
    damage: fixed(d.damage ?? 0, "money", `threat.drones.${d.id}.damage`),
    decoy: d.decoy ?? false,
    ref: null,
  };
}

export interface LayerSpec {
  id: string;
  costPerShot: number;
  pk: number;
  salvo?: number | undefined;
  sls?: number | undefined;
  magazine?: number | undefined;
  capacityShots?: number;
  rate?: { channels: number; window: number; timePerShot: number };
  availability?: number;
  engages?: string[];
  discriminates?: boolean;
  fixedCost?: number;
  acquisition?: { cost: number; lifeYears: number; attacksPerYear: number };
}

export function layer(l: LayerSpec): Layer {
  const p = `defense.layers.${l.id}`;
  return {
    id: l.id,
    name: l.id,
    kind: "other",
    costPerShot: fixed(l.costPerShot, "money", `${p}.costPerShot`),
    pk: fixed(l.pk, "probability", `${p}.pk`),
    doctrine:
      l.sls === undefined
        ? { type: "salvo", shots: l.salvo ?? 1 }
        : { type: "shoot-look-shoot", maxShots: l.sls },
    magazine: l.magazine ?? null,
    capacity:
      l.rate !== undefined
        ? {
            type: "rate",
            channels: l.rate.channels,
            window: fixed(l.rate.window, "duration", `${p}.capacity.window`),
            timePerShot: fixed(l.rate.timePerShot, "duration", `${p}.capacity.timePerShot`),
          }
        : l.capacityShots !== undefined
          ? { type: "shots", shots: l.capacityShots }
          : null,
    availability: fixed(l.availability ?? 1, "probability", `${p}.availability`),
    engages: l.engages ?? null,
    discriminates: l.discriminates ?? false,
    fixedCost: fixed(l.fixedCost ?? 0, "money", `${p}.fixedCost`),
    acquisition:
      l.acquisition === undefined
        ? null
        : {
            cost: fixed(l.acquisition.cost, "money", `${p}.acquisition.cost`),
            lifeYears: l.acquisition.lifeYears,
            attacksPerYear: l.acquisition.attacksPerYear,
          },
    ref: null,
  };
}

export function scenario(
  drones: DroneType[],
  layers: Layer[],
  swarmSizes: number[] = [1, 10, 100],
): Scenario {
  return {
    title: "test",
    description: "",
    currency: "USD",
    priceYear: 2025,
    swarmSizes,
    drones,
    layers,
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
