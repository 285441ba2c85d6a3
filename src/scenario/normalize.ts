/**
 * validate → normalize: the raw document (after variant and overrides) →
 * every issue, and the `Scenario` when there is none. zod checks the shape
 * of the whole file; each drone, layer and the header are then normalized
 * on their own wherever their shape is sound, so one run reports shape
 * mistakes and value mistakes (ranges, sums, money) together.
 */
import type { CatalogLookup } from "../model/catalog-entry.js";
import type { Campaign } from "../model/campaign.js";
import type { Input } from "../model/input.js";
import {
  BASE_PROVENANCE,
  type DroneType,
  type Layer,
  type Scenario,
  type Source,
} from "../model/scenario.js";
import { checkYear, MAX_SWARM_SIZE } from "./bounds.js";
import { buildInput, constantInput, type InputContext } from "./build-input.js";
import { RefTracker } from "./catalog-ref.js";
import { describeValue, issue } from "./messages.js";
import type { MoneyContext } from "./money.js";
import { normalizeCampaign } from "./normalize-campaign.js";
import { normalizeDrone } from "./normalize-drone.js";
import { normalizeLayer } from "./normalize-layer.js";
import type { Issue, RawPath } from "./problem.js";
import { displayPath } from "./problem.js";
import { readCount } from "./counts.js";
import {
  campaignSchema,
  droneSchema,
  headerSchema,
  layerSchema,
  moneySchema,
  scenarioFileSchema,
  sourceSchema,
  swarmSizesSchema,
} from "./schema.js";
import { normalizeSources } from "./sources.js";
import { salvage, withoutDropped } from "./salvage.js";
import { expandSwarmSizes } from "./swarm-sizes.js";
import { fromZod, valueAt } from "./zod-issues.js";

const SHARE_TOLERANCE = 1e-9;
const DRONES: RawPath = ["threat", "drones"];
const LAYERS: RawPath = ["defense", "layers"];

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
  let ok = checkYear(priceYear, ["priceYear"], issues);
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

/** The `sources:` list: ids unique, each entry normalized. Null ids when the list is broken. */
function readSources(raw: unknown, issues: Issue[]): { sources: Source[]; ids: string[] | null } {
  const list = valueAt(raw, ["sources"]);
  if (list === undefined) return { sources: [], ids: [] };
  if (!Array.isArray(list)) return { sources: [], ids: null };
  const ids = checkUniqueIds(list, ["sources"], issues);
  const parsed = list.map((s) => sourceSchema.safeParse(s));
  const ok = parsed.flatMap((p) => (p.success ? [p.data] : []));
  const sources = normalizeSources(ok, issues);
  return { sources, ids: ok.length === list.length ? ids : null };
}

function readSwarmSizes(raw: unknown, issues: Issue[]): number[] | null {
  const rawSizes = valueAt(raw, ["threat", "swarmSizes"]);
  const sizesPath: RawPath = ["threat", "swarmSizes"];
  if (rawSizes === undefined && valueAt(raw, ["threat"]) !== undefined) {
    issues.push(
      issue("missing-field", sizesPath, {
        key: "swarmSizes",
        why: "give them here or with --sizes",
      }),
    );
    return null;
  }
  const s = swarmSizesSchema.safeParse(rawSizes);
  return s.success ? expandSwarmSizes(s.data, sizesPath, issues) : null;
}

/** Each drone type; `share: rest` (at most one) takes 1 − Σ others, otherwise shares sum to 1. */
function readDrones(
  rawDrones: readonly unknown[],
  refs: RefTracker,
  ctx: InputContext,
): (DroneType | null)[] {
  const { issues } = ctx;
  const read = rawDrones.map((d, i) => {
    const p = salvage(droneSchema, d);
    if (p === null) return null;
    const from = issues.length;
    const out = normalizeDrone(p.data, [...DRONES, i], rawDrones.length, refs, ctx);
    withoutDropped(issues, from, [...DRONES, i], p.dropped);
    return p.dropped.length === 0 ? out : null;
  });
  const restAt = read.flatMap((r, i) => (r?.rest === true ? [i] : []));
  for (const i of restAt.slice(1))
    issues.push(
      issue("share-rest-twice", [...DRONES, i, "share"], {
        first: displayPath([...DRONES, restAt[0]!]),
      }),
    );
  const drones = read.map((r) => r?.drone ?? null);
  if (drones.length === 0 || !drones.every((d) => d !== null)) return drones;
  const sum = drones.reduce((acc, d) => acc + d.share, 0);
  const rest = restAt[0];
  if (rest === undefined) {
    if (Math.abs(sum - 1) > SHARE_TOLERANCE) issues.push(issue("share-sum", DRONES, { sum }));
    return drones;
  }
  if (sum > 1 + SHARE_TOLERANCE) {
    issues.push(issue("share-rest-negative", [...DRONES, rest, "share"], { sum }));
    return drones;
  }
  return drones.map((d, i) => (i === rest ? { ...d, share: Math.max(0, 1 - sum) } : d));
}

function readLayers(
  rawLayers: readonly unknown[],
  droneIds: readonly string[],
  refs: RefTracker,
  ctx: InputContext,
): (Layer | null)[] {
  return rawLayers.map((l, i) => {
    const p = salvage(layerSchema, l);
    if (p === null) return null;
    const from = ctx.issues.length;
    const out = normalizeLayer(p.data, [...LAYERS, i], droneIds, refs, ctx);
    withoutDropped(ctx.issues, from, [...LAYERS, i], p.dropped);
    return p.dropped.length === 0 ? out : null;
  });
}

function readDisruption(raw: unknown, ctx: InputContext): Input | null {
  const path: RawPath = ["threat", "disruption"];
  const v = moneySchema.safeParse(valueAt(raw, path));
  if (valueAt(raw, path) === undefined || !v.success)
    return constantInput("money", "threat.disruption", 0);
  return buildInput("money", v.data, path, "threat.disruption", "scenario", ctx);
}

function readFocus(raw: unknown, issues: Issue[]): number | null {
  const v = valueAt(raw, ["focus"]);
  if (typeof v !== "number" && typeof v !== "string") return null;
  return readCount(v, 1, ["focus"], issues, MAX_SWARM_SIZE);
}

function readCampaign(
  raw: unknown,
  droneIds: readonly string[],
  layerIds: readonly string[],
  issues: Issue[],
): Campaign | null {
  const v = valueAt(raw, ["campaign"]);
  if (v === undefined) return null;
  const c = campaignSchema.safeParse(v);
  return c.success ? normalizeCampaign(c.data, droneIds, layerIds, issues) : null;
}

/**
 * Checks and normalizes a raw scenario document. `fallbackTitle` is used
 * when the file has no title (the file name).
 */
export function normalizeScenario(
  raw: unknown,
  catalog: CatalogLookup | undefined,
  fallbackTitle: string,
): { issues: Issue[]; warnings: Issue[]; scenario: Scenario | null; money: MoneyContext | null } {
  const parsed = scenarioFileSchema.safeParse(raw);
  const issues = parsed.success ? [] : fromZod(parsed.error.issues, scenarioFileSchema, raw);
  const money = moneyContext(raw, issues);

  const rawDrones = listAt(raw, DRONES);
  const rawLayers = listAt(raw, LAYERS);
  if (Array.isArray(valueAt(raw, DRONES)) && rawDrones.length === 0)
    issues.push(issue("no-drones", DRONES));
  const droneIds = checkUniqueIds(rawDrones, DRONES, issues);
  const layerIds = checkUniqueIds(rawLayers, LAYERS, issues);
  const swarmSizes = readSwarmSizes(raw, issues);
  const focus = readFocus(raw, issues);
  const sources = readSources(raw, issues);

  const warnings: Issue[] = [];
  if (money === null) return { issues, warnings, scenario: null, money };
  const ctx: InputContext = { money, issues, sources: sources.ids, warnings };
  const refs = new RefTracker(catalog);
  const drones = readDrones(rawDrones, refs, ctx);
  const layers = readLayers(rawLayers, droneIds, refs, ctx);
  const disruption = readDisruption(raw, ctx);
  const campaign = readCampaign(raw, droneIds, layerIds, issues);

  if (!parsed.success || issues.length > 0 || swarmSizes === null || disruption === null)
    return { issues, warnings, scenario: null, money };
  const file = parsed.data;
  return {
    issues,
    warnings,
    money,
    scenario: {
      title: file.title ?? fallbackTitle,
      description: file.description ?? "",
      currency: file.currency,
      priceYear: file.priceYear,
      swarmSizes,
      drones: drones.filter((d) => d !== null),
      layers: layers.filter((l) => l !== null),
      sources: [...sources.sources, ...refs.sources()],
      focus,
      disruption,
      campaign,
      provenance: BASE_PROVENANCE,
    },
  };
}
