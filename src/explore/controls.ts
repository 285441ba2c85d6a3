/**
 * The explorer's controls: one per assumption that matters (issue 14), each
 * named by the `--set` path it changes, with the value as the file spells it.
 */
import { parseDocument } from "yaml";
import type { CatalogEntry, CatalogLookup, Range3, Scenario } from "../model/index.js";
import { resolvePath } from "../scenario/overrides.js";
import { displayPath } from "../scenario/problem.js";
import { nodeText, variantSets } from "./write-back.js";

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
  /**
   * What the catalog gives when the file leaves the value to `ref:`, spelled
   * as a file would (`{ pert: [375k, 439k, 475k], currency: USD, year: 2024 }`); else "".
   */
  readonly catalogText: string;
  /** The value each variant that sets this path gives it, as written there, by variant name. */
  readonly byVariant: Readonly<Record<string, string>>;
}

type Field = readonly [key: string, label: string, unit: string, input: boolean];

/** `375000` → `375k`, `1200000` → `1.2M`: a figure as a file would write it (exactly). */
function figure(x: number): string {
  for (const [suffix, k] of [
    ["M", 1e6],
    ["k", 1e3],
  ] as const) {
    const scaled = x / k;
    if (Math.abs(x) >= k && Number(scaled.toPrecision(12)) * k === x)
      return `${Number(scaled.toPrecision(12))}${suffix}`;
  }
  return String(x);
}

/** A catalog range as the loader builds it from `ref:` (src/scenario/catalog-ref.ts), spelled. */
function catalogRangeText(r: Range3, money: { currency: string; year: number } | null): string {
  const spell = money === null ? (x: number) => `${figure(x * 100)}%` : figure;
  const tags = money === null ? "" : `, currency: ${money.currency}, year: ${money.year}`;
  if (r.low === r.high)
    return money === null ? spell(r.likely) : `{ value: ${spell(r.likely)}${tags} }`;
  return `{ pert: [${[r.low, r.likely, r.high].map(spell).join(", ")}]${tags} }`;
}

/** What the catalog entry `ref` names gives field `key` of a drone or layer; "" when nothing. */
function catalogText(entry: CatalogEntry | undefined, key: string): string {
  if (entry === undefined) return "";
  if (key === "unitCost" || key === "costPerShot") return catalogRangeText(entry.cost, entry.cost);
  if (key === "pk" && entry.performance.pk !== undefined)
    return catalogRangeText(entry.performance.pk, null);
  return "";
}

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
 * the reporting currency); `catalog` spells what `ref:` fills in.
 */
export function exploreControls(
  text: string,
  scenario: Scenario,
  catalog?: CatalogLookup,
): ExploreControl[] {
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
    const initial = nodeText(text, node);
    const ref = r.ok ? doc.getIn([...r.path.slice(0, -1), "ref"]) : undefined;
    const entry = typeof ref === "string" ? catalog?.get(ref) : undefined;
    const byVariant: Record<string, string> = {};
    for (const v of variantSets(doc)) {
      const set = v.set.find((e) => {
        const at = resolvePath(raw, e.path);
        return r.ok && at.ok && at.path.join("\u0000") === r.path.join("\u0000");
      });
      if (set !== undefined) byVariant[v.name] = nodeText(text, set.node);
    }
    return {
      name,
      label,
      group,
      unit: unit === "money" ? money : unit,
      initial,
      problemPath: r.ok ? displayPath(r.path) : name,
      inputPath: input ? name : null,
      catalogText: initial === "" && input ? catalogText(entry, key) : "",
      byVariant,
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
