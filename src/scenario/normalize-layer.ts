import type { Input } from "../model/input.js";
import {
  type Capacity,
  type Doctrine,
  type Layer,
  LAYER_KINDS,
  type LayerKind,
} from "../model/scenario.js";
import { buildInput, constantInput, type InputContext } from "./build-input.js";
import { type RefTracker, rangeInput } from "./catalog-ref.js";
import { readCount } from "./counts.js";
import { issue } from "./messages.js";
import type { RawPath } from "./problem.js";
import type { LayerFile } from "./schema.js";

/**
 * The smallest value an input can take: its base when fixed, the lower end
 * of a bounded distribution, 0 for beta, 4 standard deviations below the mean
 * of a normal (draws below 0 are clamped, and a zero time per shot would mean
 * unlimited capacity), the 5th percentile of a lognormal (always above 0).
 */
function lowestValue(input: Input): number {
  const d = input.dist;
  if (d === null) return input.base;
  switch (d.kind) {
    case "uniform":
    case "triangular":
    case "pert":
      return d.min;
    case "normal":
      return d.mean - 4 * d.sd;
    case "lognormal":
      return d.p5;
    case "beta":
      return 0;
  }
}

const isLayerKind = (k: string): k is LayerKind => (LAYER_KINDS as readonly string[]).includes(k);

/**
 * One validated layer entry → a `Layer` (model.md §2). Defaults: salvo of 1,
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
  const at = (...rest: (string | number)[]): RawPath => [...path, ...rest];
  const idPath = (field: string) => `defense.layers.${l.id}.${field}`;
  const entry = l.ref === undefined ? null : refs.resolve(l.ref, at("ref"), ctx, "layer");
  const required = (key: string) =>
    issues.push(
      issue("missing-field", at(key), {
        key,
        why: "give it, or a ref: to a catalog entry that has it",
      }),
    );

  let costPerShot: Input | null = null;
  if (l.costPerShot !== undefined) {
    costPerShot = buildInput(
      "money",
      l.costPerShot,
      at("costPerShot"),
      idPath("costPerShot"),
      "scenario",
      ctx,
    );
  } else if (entry !== null) {
    const { currency, year } = entry.cost;
    costPerShot = rangeInput(
      "money",
      entry.cost,
      { currency, year },
      at("ref"),
      idPath("costPerShot"),
      entry.id,
      ctx,
    );
  } else if (l.ref === undefined) required("costPerShot");

  let pk: Input | null = null;
  const entryPk = entry?.performance.pk;
  if (l.pk !== undefined) {
    pk = buildInput("probability", l.pk, at("pk"), idPath("pk"), "scenario", ctx);
  } else if (entry !== null && entryPk !== undefined) {
    pk = rangeInput("probability", entryPk, null, at("ref"), idPath("pk"), entry.id, ctx);
  } else if (l.ref === undefined || entry !== null) required("pk");

  let doctrine: Doctrine = { type: "salvo", shots: 1 };
  if (l.doctrine?.type === "salvo" && l.doctrine.shots !== undefined) {
    const shots = readCount(l.doctrine.shots, 1, at("doctrine", "shots"), issues);
    if (shots !== null) doctrine = { type: "salvo", shots };
  } else if (l.doctrine?.type === "shoot-look-shoot") {
    const maxShots = readCount(l.doctrine.maxShots, 1, at("doctrine", "maxShots"), issues);
    if (maxShots !== null) doctrine = { type: "shoot-look-shoot", maxShots };
  }

  const magazine =
    l.magazine !== undefined
      ? readCount(l.magazine, 0, at("magazine"), issues)
      : (entry?.performance.magazine ?? null);

  let capacity: Capacity | null = null;
  const cap = l.capacity;
  if (cap !== undefined && "shots" in cap) {
    const shots = readCount(cap.shots, 0, at("capacity", "shots"), issues);
    if (shots !== null) capacity = { type: "shots", shots };
  } else if (cap !== undefined) {
    const channels = readCount(cap.channels, 0, at("capacity", "channels"), issues);
    const window = buildInput(
      "duration",
      cap.window,
      at("capacity", "window"),
      idPath("capacity.window"),
      "scenario",
      ctx,
    );
    const timePerShot = buildInput(
      "duration",
      cap.timePerShot,
      at("capacity", "timePerShot"),
      idPath("capacity.timePerShot"),
      "scenario",
      ctx,
    );
    // A shot that takes no time would make the capacity unlimited.
    if (timePerShot !== null && lowestValue(timePerShot) <= 0) {
      const found = `${lowestValue(timePerShot)} s`;
      ctx.issues.push(issue("zero-time-per-shot", at("capacity", "timePerShot"), { found }));
    } else if (channels !== null && window !== null && timePerShot !== null) {
      capacity = { type: "rate", channels, window, timePerShot };
    }
  }

  const availability =
    l.availability === undefined
      ? constantInput("probability", idPath("availability"), 1)
      : buildInput(
          "probability",
          l.availability,
          at("availability"),
          idPath("availability"),
          "scenario",
          ctx,
        );
  const fixedCost =
    l.fixedCost === undefined
      ? constantInput("money", idPath("fixedCost"), 0)
      : buildInput("money", l.fixedCost, at("fixedCost"), idPath("fixedCost"), "scenario", ctx);

  l.engages?.forEach((id, j) => {
    if (!droneIds.includes(id))
      issues.push(issue("unknown-drone", at("engages", j), { id, known: droneIds }));
  });

  let acquisition = null;
  if (l.acquisition !== undefined) {
    const a = l.acquisition;
    const cost = buildInput(
      "money",
      a.cost,
      at("acquisition", "cost"),
      idPath("acquisition.cost"),
      "scenario",
      ctx,
    );
    // Both divide the acquisition cost (model.md §2), so 0 is not allowed.
    const lifeYears = readCount(a.lifeYears, 1, at("acquisition", "lifeYears"), issues);
    const attacksPerYear = readCount(
      a.attacksPerYear,
      1,
      at("acquisition", "attacksPerYear"),
      issues,
    );
    if (cost !== null && lifeYears !== null && attacksPerYear !== null) {
      acquisition = { cost, lifeYears, attacksPerYear };
    }
  }

  if (
    issues.length > before ||
    costPerShot === null ||
    pk === null ||
    availability === null ||
    fixedCost === null
  ) {
    return null;
  }
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
