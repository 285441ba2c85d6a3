import type { Input } from "./input.js";
import type { Scenario } from "./scenario.js";

/**
 * A scenario with every input fixed to one number: what one deterministic
 * evaluation or one Monte Carlo trial sees. Plain numbers only.
 */
export interface DronePoint {
  readonly unitCost: number;
  readonly damage: number;
  readonly share: number;
  readonly decoy: boolean;
}

export interface LayerPoint {
  readonly costPerShot: number;
  readonly pk: number;
  readonly doctrine: "salvo" | "shoot-look-shoot";
  /** Salvo size `s`, or `maxShots` `m` for shoot-look-shoot. */
  readonly shots: number;
  /** Shot budget `B = min(magazine, capacity)`; `Infinity` when unlimited. */
  readonly budget: number;
  readonly availability: number;
  /** Per drone type index: can this layer engage it (engages, discriminates)? */
  readonly eligible: readonly boolean[];
  readonly fixedCost: number;
  /** `acquisition.cost / (lifeYears × attacksPerYear)`, 0 without acquisition. */
  readonly acquisitionPerAttack: number;
}

export interface ScenarioPoint {
  readonly drones: readonly DronePoint[];
  readonly layers: readonly LayerPoint[];
  /** `threat.disruption`: money per attack whenever N > 0 (docs/model.md §6). */
  readonly disruption: number;
}

/**
 * `floor(channels × window / timePerShot)`, forgiving a rounding error of a
 * few ulps so that 0.3 h / 0.1 h gives 3, not 2.
 */
export function rateCapacity(channels: number, window: number, timePerShot: number): number {
  if (channels * window <= 0) return 0;
  if (timePerShot <= 0) return Number.POSITIVE_INFINITY;
  const x = (channels * window) / timePerShot;
  return Math.floor(x + 1e-9 * Math.max(1, Math.abs(x)));
}

/**
 * Fixes every input of a scenario with `value` (the base value in
 * deterministic mode, a draw in a Monte Carlo trial).
 */
export function resolvePoint(scenario: Scenario, value: (input: Input) => number): ScenarioPoint {
  const drones = scenario.drones.map((d) => ({
    unitCost: value(d.unitCost),
    damage: value(d.damage),
    share: d.share,
    decoy: d.decoy,
  }));
  const layers = scenario.layers.map((l): LayerPoint => {
    const cap = l.capacity;
    const capacity =
      cap === null
        ? Number.POSITIVE_INFINITY
        : cap.type === "shots"
          ? cap.shots
          : rateCapacity(cap.channels, value(cap.window), value(cap.timePerShot));
    const acq = l.acquisition;
    return {
      costPerShot: value(l.costPerShot),
      pk: value(l.pk),
      doctrine: l.doctrine.type,
      shots: l.doctrine.type === "salvo" ? l.doctrine.shots : l.doctrine.maxShots,
      budget: Math.min(l.magazine ?? Number.POSITIVE_INFINITY, capacity),
      availability: value(l.availability),
      eligible: scenario.drones.map(
        (d) => (l.engages === null || l.engages.includes(d.id)) && !(l.discriminates && d.decoy),
      ),
      fixedCost: value(l.fixedCost),
      acquisitionPerAttack:
        acq === null ? 0 : value(acq.cost) / (acq.lifeYears * acq.attacksPerYear),
    };
  });
  return { drones, layers, disruption: value(scenario.disruption) };
}

/** Every input of a scenario, in file order (drones, threat.disruption, then layers). */
export function scenarioInputs(scenario: Scenario): Input[] {
  const out: Input[] = [];
  for (const d of scenario.drones) out.push(d.unitCost, d.damage);
  out.push(scenario.disruption);
  for (const l of scenario.layers) {
    out.push(l.costPerShot, l.pk, l.availability, l.fixedCost);
    if (l.capacity?.type === "rate") out.push(l.capacity.window, l.capacity.timePerShot);
    if (l.acquisition) out.push(l.acquisition.cost);
  }
  return out;
}
