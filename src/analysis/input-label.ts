import type { Input } from "../model/input.js";
import type { Scenario } from "../model/scenario.js";

/** How each input field reads after its owner's name. */
const FIELD: Readonly<Record<string, string>> = {
  unitCost: "unit cost",
  damage: "damage if it leaks",
  costPerShot: "cost per shot",
  pk: "kill probability",
  availability: "availability",
  fixedCost: "fixed cost per attack",
  "capacity.window": "engagement window",
  "capacity.timePerShot": "time per shot",
  "acquisition.cost": "acquisition cost",
};

/** A readable name of one input: its owner (drone type or layer) and its field. */
export interface InputLabel {
  readonly owner: string;
  readonly field: string;
}

/** "F-35A pair with AIM-9X · cost per shot". */
export function labelText(label: InputLabel): string {
  return `${label.owner} · ${label.field}`;
}

/**
 * The readable name of every input of a scenario, keyed by the input object
 * itself (as {@link scenarioInputs} returns it): the drone type's or layer's
 * name, and the field in words.
 *
 * @example inputLabels(scenario).get(scenario.layers[0].costPerShot) // { owner: "F-35A pair with AIM-9X", field: "cost per shot" }
 */
export function inputLabels(scenario: Scenario): Map<Input, InputLabel> {
  const out = new Map<Input, InputLabel>();
  const add = (owner: string, prefix: string, input: Input): void => {
    // The field is what follows the owner's `threat.drones.<id>.` / `defense.layers.<id>.` prefix.
    const key = input.path.startsWith(prefix) ? input.path.slice(prefix.length) : input.path;
    out.set(input, { owner, field: FIELD[key] ?? key });
  };
  for (const d of scenario.drones) {
    const prefix = `threat.drones.${d.id}.`;
    add(d.name, prefix, d.unitCost);
    add(d.name, prefix, d.damage);
  }
  for (const l of scenario.layers) {
    const prefix = `defense.layers.${l.id}.`;
    for (const input of [l.costPerShot, l.pk, l.availability, l.fixedCost])
      add(l.name, prefix, input);
    if (l.capacity?.type === "rate") {
      add(l.name, prefix, l.capacity.window);
      add(l.name, prefix, l.capacity.timePerShot);
    }
    if (l.acquisition !== null) add(l.name, prefix, l.acquisition.cost);
  }
  return out;
}
