/**
 * The explorer's controls: one per assumption that matters (issue 14), each
 * named by the `--set` path it changes, with the value as the file spells it.
 */
import { isNode, parseDocument } from "yaml";
import type { Scenario } from "../model/index.js";
import { resolvePath } from "../scenario/overrides.js";
import { displayPath } from "../scenario/problem.js";
import { flowText } from "./write-back.js";

export interface ExploreControl {
  /** The `--set` path it changes: `defense.layers.f35-aim9x.costPerShot`. */
  readonly name: string;
  readonly label: string;
  /** The drone type or layer it belongs to. */
  readonly group: string;
  /** Shown beside the field: the unit and the spellings it takes. */
  readonly unit: string;
  /** The value as written in the file; "" when the catalog or a default fills it. */
  readonly initial: string;
  /** Where the loader reports problems of this value: `defense.layers[0].pk`. */
  readonly problemPath: string;
  /** The normalized input it feeds (its live value and range are shown), or null. */
  readonly inputPath: string | null;
}

type Field = readonly [key: string, label: string, unit: string, input: boolean];

const DRONE_FIELDS: readonly Field[] = [
  ["unitCost", "Unit cost", "money", true],
  ["share", "Share of the swarm", "%; the shares sum to 100 %", false],
  ["damage", "Damage if it leaks", "money", true],
];

const LAYER_FIELDS: readonly Field[] = [
  ["costPerShot", "Cost per shot", "money", true],
  ["pk", "Kill probability (Pk)", "%", true],
  ["magazine", "Magazine", "shots; empty: as the file says", false],
  ["capacity", "Capacity", "{ shots: N } or { channels, window, timePerShot }", false],
  ["availability", "Availability", "%", true],
  ["fixedCost", "Fixed cost per attack", "money", true],
];

/**
 * The controls of a scenario: each drone type's unit cost, share and damage,
 * each layer's cost per shot, Pk, magazine, capacity, availability and fixed
 * cost. `text` is the scenario file; `scenario` is it loaded (for names and
 * the reporting currency).
 */
export function exploreControls(text: string, scenario: Scenario): ExploreControl[] {
  const doc = parseDocument(text);
  const raw: unknown = doc.toJS();
  const money = `${scenario.currency}, or e.g. 470k USD`;
  const control = (
    base: string,
    group: string,
    [key, label, unit, input]: Field,
  ): ExploreControl => {
    const name = `${base}.${key}`;
    const r = resolvePath(raw, name);
    const node = r.ok ? doc.getIn(r.path, true) : undefined;
    const source =
      isNode(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : "";
    const initial = isNode(node) && source.includes("\n") ? flowText(node) : source;
    return {
      name,
      label,
      group,
      unit: unit === "money" ? money : unit,
      initial,
      problemPath: r.ok ? displayPath(r.path) : name,
      inputPath: input ? name : null,
    };
  };
  return [
    ...scenario.drones.flatMap((d) =>
      DRONE_FIELDS.map((f) => control(`threat.drones.${d.id}`, `Drone: ${d.name}`, f)),
    ),
    ...scenario.layers.flatMap((l) =>
      LAYER_FIELDS.map((f) => control(`defense.layers.${l.id}`, `Layer: ${l.name}`, f)),
    ),
  ];
}
