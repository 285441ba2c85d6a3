import type { CatalogEntry } from "../model/catalog-entry.js";
import type { Input } from "../model/input.js";
import {
  type Acquisition,
  type Capacity,
  type Doctrine,
  type Layer,
  LAYER_KINDS,
  type LayerKind,
} from "../model/scenario.js";
import { buildInput, constantInput, type InputContext } from "./build-input.js";
import { type RefTracker, rangeInput } from "./catalog-ref.js";
import { readCount } from "./counts.js";
import { lowestValue } from "./input-extent.js";
import { issue } from "./messages.js";
import type { RawPath } from "./problem.js";
import type { LayerFile } from "./schema.js";

const isLayerKind = (k: string): k is LayerKind => (LAYER_KINDS as readonly string[]).includes(k);

/** What every field reader of one layer shares. */
interface LayerCtx extends InputContext {
  readonly l: LayerFile;
  readonly entry: CatalogEntry | null;
  at(...rest: (string | number)[]): RawPath;
  idPath(field: string): string;
  /** A field written in the file: its input, with the file's path and id path. */
  field(unit: Input["unit"], raw: Parameters<typeof buildInput>[1], key: string): Input | null;
  required(key: string): void;
}

/** `costPerShot`: the file's, or the catalog entry's cost (PERT). */
function readCostPerShot(c: LayerCtx): Input | null {
  const { l, entry } = c;
  if (l.costPerShot !== undefined) return c.field("money", l.costPerShot, "costPerShot");
  if (entry !== null) {
    const { currency, year } = entry.cost;
    const money = { currency, year };
    return rangeInput(
      "money",
      entry.cost,
      money,
      c.at("ref"),
      c.idPath("costPerShot"),
      entry.id,
      c,
    );
  }
  if (l.ref === undefined) c.required("costPerShot");
  return null;
}

/**
 * `pk`: the file's, or the catalog entry's (PERT). A pk written as a percent
 * below 1 % where the catalog's likely value is 10 times higher or more is
 * most likely a slip (`0.8%` for `80%`): a warning, not an error.
 */
function readPk(c: LayerCtx): Input | null {
  const { l, entry } = c;
  const entryPk = entry?.performance.pk;
  if (l.pk !== undefined) {
    const pk = c.field("probability", l.pk, "pk");
    const percent = typeof l.pk === "string" && l.pk.includes("%");
    if (pk !== null && percent && entryPk !== undefined && pk.base < 0.01) {
      if (entryPk.likely >= 10 * pk.base)
        c.warnings?.push(
          issue("pk-far-below-catalog", c.at("pk"), {
            found: l.pk as string,
            ref: entry!.id,
            likely: entryPk.likely,
          }),
        );
    }
    return pk;
  }
  if (entry !== null && entryPk !== undefined)
    return rangeInput("probability", entryPk, null, c.at("ref"), c.idPath("pk"), entry.id, c);
  if (l.ref === undefined || entry !== null) c.required("pk");
  return null;
}

/** Salvo of 1 by default; a salvo larger than the magazine could never fire. */
function readDoctrine(c: LayerCtx, magazine: number | null): Doctrine {
  const { l, issues } = c;
  if (l.doctrine?.type === "salvo" && l.doctrine.shots !== undefined) {
    const shots = readCount(l.doctrine.shots, 1, c.at("doctrine", "shots"), issues);
    if (shots === null) return { type: "salvo", shots: 1 };
    if (magazine !== null && shots > magazine)
      issues.push(issue("salvo-above-magazine", c.at("doctrine", "shots"), { shots, magazine }));
    return { type: "salvo", shots };
  }
  if (l.doctrine?.type === "shoot-look-shoot") {
    const maxShots = readCount(l.doctrine.maxShots, 1, c.at("doctrine", "maxShots"), issues);
    if (maxShots !== null) return { type: "shoot-look-shoot", maxShots };
  }
  return { type: "salvo", shots: 1 };
}

function readCapacity(c: LayerCtx): Capacity | null {
  const cap = c.l.capacity;
  if (cap === undefined) return null;
  if ("shots" in cap) {
    const shots = readCount(cap.shots, 0, c.at("capacity", "shots"), c.issues);
    return shots === null ? null : { type: "shots", shots };
  }
  const channels = readCount(cap.channels, 0, c.at("capacity", "channels"), c.issues);
  const window = c.field("duration", cap.window, "capacity.window");
  const timePerShot = c.field("duration", cap.timePerShot, "capacity.timePerShot");
  // A shot that takes no time would make the capacity unlimited.
  if (timePerShot !== null && lowestValue(timePerShot) <= 0) {
    const found = `${lowestValue(timePerShot)} s`;
    c.issues.push(issue("zero-time-per-shot", c.at("capacity", "timePerShot"), { found }));
    return null;
  }
  return channels !== null && window !== null && timePerShot !== null
    ? { type: "rate", channels, window, timePerShot }
    : null;
}

function readAcquisition(c: LayerCtx): Acquisition | null {
  const a = c.l.acquisition;
  if (a === undefined) return null;
  const cost = c.field("money", a.cost, "acquisition.cost");
  // Both divide the acquisition cost (docs/model.md §2), so 0 is not allowed.
  const lifeYears = readCount(a.lifeYears, 1, c.at("acquisition", "lifeYears"), c.issues);
  const perYear = readCount(a.attacksPerYear, 1, c.at("acquisition", "attacksPerYear"), c.issues);
  return cost !== null && lifeYears !== null && perYear !== null
    ? { cost, lifeYears, attacksPerYear: perYear }
    : null;
}

function layerCtx(l: LayerFile, path: RawPath, refs: RefTracker, ctx: InputContext): LayerCtx {
  const at = (...rest: (string | number)[]): RawPath => [...path, ...rest];
  const idPath = (field: string) => `defense.layers.${l.id}.${field}`;
  const entry = l.ref === undefined ? null : refs.resolve(l.ref, at("ref"), ctx, "layer");
  return {
    ...ctx,
    l,
    entry,
    at,
    idPath,
    field: (unit, raw, key) =>
      buildInput(unit, raw, at(...key.split(".")), idPath(key), "scenario", ctx),
    required: (key) =>
      ctx.issues.push(
        issue("missing-field", at(key), {
          key,
          why: "give it, or a ref: to a catalog entry that has it",
        }),
      ),
  };
}

/**
 * One validated layer entry → a `Layer` (docs/model.md §2). Defaults: salvo of 1,
 * availability 1, fixedCost 0, unlimited magazine and capacity, engages all,
 * kind "other", `name` = id. `ref:` fills name, costPerShot (PERT), pk
 * (PERT, when the entry has one), magazine and kind. Null after issues.
 */
export function normalizeLayer(
  l: LayerFile,
  path: RawPath,
  droneIds: readonly string[],
  refs: RefTracker,
  ctx: InputContext,
): Layer | null {
  const { issues } = ctx;
  const before = issues.length;
  const c = layerCtx(l, path, refs, ctx);
  const { entry } = c;
  const costPerShot = readCostPerShot(c);
  const pk = readPk(c);
  const magazine =
    l.magazine !== undefined
      ? readCount(l.magazine, 0, c.at("magazine"), issues)
      : (entry?.performance.magazine ?? null);
  const doctrine = readDoctrine(c, magazine);
  const capacity = readCapacity(c);
  const availability =
    l.availability === undefined
      ? constantInput("probability", c.idPath("availability"), 1)
      : c.field("probability", l.availability, "availability");
  const fixedCost =
    l.fixedCost === undefined
      ? constantInput("money", c.idPath("fixedCost"), 0)
      : c.field("money", l.fixedCost, "fixedCost");
  l.engages?.forEach((id, j) => {
    if (!droneIds.includes(id))
      issues.push(issue("unknown-drone", c.at("engages", j), { id, known: droneIds }));
  });
  const acquisition = readAcquisition(c);

  if (issues.length > before || !costPerShot || !pk || !availability || !fixedCost) return null;
  const entryKind = entry !== null && isLayerKind(entry.kind) ? entry.kind : undefined;
  return {
    id: l.id,
    name: l.name ?? entry?.name ?? l.id,
    kind: l.kind ?? entryKind ?? "other",
    costPerShot,
    pk,
    doctrine,
    magazine,
    capacity,
    availability,
    engages: l.engages ?? null,
    discriminates: l.discriminates ?? false,
    fixedCost,
    acquisition,
    ref: entry?.id ?? null,
  };
}
