/**
 * validate → normalize: the raw document (after variant and overrides) →
 * every issue, and the `Scenario` when there is none. zod checks the shape
 * of the whole file; each drone, layer and the header are then normalized
 * on their own wherever their shape is sound, so one run reports shape
 * mistakes and value mistakes (ranges, sums, money) together.
 */
import type { CatalogLookup } from "../model/catalog-entry.js";
import type { Input } from "../model/input.js";
import { BASE_PROVENANCE, type DroneType, type Layer, type Scenario } from "../model/scenario.js";

const NO_DISRUPTION: Input = {
  path: "threat.disruption",
  unit: "money",
  base: 0,
  dist: null,
  source: "scenario",
};
import type { InputContext } from "./build-input.js";
import { RefTracker } from "./catalog-ref.js";
import { describeValue, issue } from "./messages.js";
import type { MoneyContext } from "./money.js";
import { normalizeDrone } from "./normalize-drone.js";
import { normalizeLayer } from "./normalize-layer.js";
import type { Issue, RawPath } from "./problem.js";
import { displayPath } from "./problem.js";
import {
  droneSchema,
  headerSchema,
  layerSchema,
  scenarioFileSchema,
  swarmSizesSchema,
} from "./schema.js";
import { salvage, withoutDropped } from "./salvage.js";
import { expandSwarmSizes } from "./swarm-sizes.js";
import { fromZod, valueAt } from "./zod-issues.js";

const SHARE_TOLERANCE = 1e-9;

function listAt(raw: unknown, path: RawPath): unknown[] {
  const v = valueAt(raw, path);
  return Array.isArray(v) ? v : [];
}

/** Ids must be unique within a list: a duplicate is reported at its own `id`. */
function checkUniqueIds(items: readonly unknown[], path: RawPath, issues: Issue[]): string[] {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = valueAt(item, ["id"]);
    if (typeof id !== "string") return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      issues.push(
        issue("duplicate-id", [...path, i, "id"], { id, first: displayPath([...path, first]) }),
      );
  });
  return [...seen.keys()];
}

function moneyContext(raw: unknown, issues: Issue[]): MoneyContext | null {
  const header = headerSchema.safeParse(raw);
  if (!header.success) return null;
  const { currency, priceYear, fx = {}, inflation = {} } = header.data;
  let ok = true;
  for (const [table, values] of [
    ["fx", fx],
    ["inflation", inflation],
  ] as const) {
    for (const [key, v] of Object.entries(values)) {
      if (v > 0) continue;
      const what = table === "fx" ? `the fx rate of ${key}` : `the price index of ${key}`;
      issues.push(issue("not-positive", [table, key], { what, found: describeValue(v) }));
      ok = false;
    }
  }
  return ok ? { currency, priceYear, fx, inflation } : null;
}

/**
 * Checks and normalizes a raw scenario document. `fallbackTitle` is used
 * when the file has no title (the file name).
 */
export function normalizeScenario(
  raw: unknown,
  catalog: CatalogLookup | undefined,
  fallbackTitle: string,
): { issues: Issue[]; scenario: Scenario | null } {
  const parsed = scenarioFileSchema.safeParse(raw);
  const issues = parsed.success ? [] : fromZod(parsed.error.issues, scenarioFileSchema, raw);
  const money = moneyContext(raw, issues);

  const dronesPath: RawPath = ["threat", "drones"];
  const layersPath: RawPath = ["defense", "layers"];
  const rawDrones = listAt(raw, dronesPath);
  const rawLayers = listAt(raw, layersPath);
  if (Array.isArray(valueAt(raw, dronesPath)) && rawDrones.length === 0)
    issues.push(issue("no-drones", dronesPath));
  const droneIds = checkUniqueIds(rawDrones, dronesPath, issues);
  checkUniqueIds(rawLayers, layersPath, issues);

  const rawSizes = valueAt(raw, ["threat", "swarmSizes"]);
  const sizesPath: RawPath = ["threat", "swarmSizes"];
  let swarmSizes: number[] | null = null;
  if (rawSizes === undefined && valueAt(raw, ["threat"]) !== undefined) {
    issues.push(
      issue("missing-field", sizesPath, {
        key: "swarmSizes",
        why: "give them here or with --sizes",
      }),
    );
  } else {
    const s = swarmSizesSchema.safeParse(rawSizes);
    if (s.success) swarmSizes = expandSwarmSizes(s.data, sizesPath, issues);
  }

  if (money === null) return { issues, scenario: null };
  const ctx: InputContext = { money, issues };
  const refs = new RefTracker(catalog);
  const drones: (DroneType | null)[] = rawDrones.map((d, i) => {
    const p = salvage(droneSchema, d);
    if (p === null) return null;
    const from = issues.length;
    const out = normalizeDrone(p.data, [...dronesPath, i], rawDrones.length, refs, ctx);
    withoutDropped(issues, from, [...dronesPath, i], p.dropped);
    return p.dropped.length === 0 ? out : null;
  });
  if (drones.length > 0 && drones.every((d) => d !== null)) {
    const sum = drones.reduce((acc, d) => acc + d.share, 0);
    if (Math.abs(sum - 1) > SHARE_TOLERANCE) issues.push(issue("share-sum", dronesPath, { sum }));
  }
  const layers: (Layer | null)[] = rawLayers.map((l, i) => {
    const p = salvage(layerSchema, l);
    if (p === null) return null;
    const from = issues.length;
    const out = normalizeLayer(p.data, [...layersPath, i], droneIds, refs, ctx);
    withoutDropped(issues, from, [...layersPath, i], p.dropped);
    return p.dropped.length === 0 ? out : null;
  });

  if (!parsed.success || issues.length > 0 || swarmSizes === null)
    return { issues, scenario: null };
  const file = parsed.data;
  return {
    issues,
    scenario: {
      title: file.title ?? fallbackTitle,
      description: file.description ?? "",
      currency: file.currency,
      priceYear: file.priceYear,
      swarmSizes,
      drones: drones.filter((d) => d !== null),
      layers: layers.filter((l) => l !== null),
      sources: refs.sources(),
      // Filled by the loader issue's work: `focus:`, `threat.disruption`, `campaign:`.
      focus: null,
      disruption: NO_DISRUPTION,
      campaign: null,
      provenance: BASE_PROVENANCE,
    },
  };
}
