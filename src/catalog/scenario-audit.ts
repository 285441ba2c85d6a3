/**
 * The scenario side of `cxr catalog --audit`: where each number of a scenario
 * comes from — a catalog entry (`ref:`), a published source of its `sources:`
 * list (one with a `kind`), an estimate of ours (a `sources:` entry with no
 * `kind`, its reasoning in the title), or nothing at all
 * (docs/scenario-format.md "Sources").
 */
import { scenarioInputs } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { wrapText } from "./wrap-text.js";

export const INPUT_ORIGINS = ["catalog", "published", "estimate", "unsourced"] as const;
export type InputOrigin = (typeof INPUT_ORIGINS)[number];

/** A number no source and no catalog entry backs, with the variant that sets it (null: the base). */
export interface UnsourcedNumber {
  readonly path: string;
  readonly variant: string | null;
}

export interface ScenarioNumbers {
  readonly file: string;
  /** The base scenario's numbers by origin (defaults the loader filled are not numbers). */
  readonly origins: Readonly<Record<InputOrigin, number>>;
  /** The base's estimates, by path. */
  readonly estimates: readonly string[];
  /** Unsourced in the base, then those a variant makes unsourced (a `set:` with no `source:`). */
  readonly unsourced: readonly UnsourcedNumber[];
}

/**
 * Paths of the per-shot numbers of layers that engage no drone
 * (`engages: []`, e.g. a patrol's or a support aircraft's running cost):
 * they never enter a result, so they are not figures to source.
 */
function inertPaths(scenario: Scenario): Set<string> {
  const inert = scenario.layers.filter((l) => l.engages !== null && l.engages.length === 0);
  return new Set(inert.flatMap((l) => [l.costPerShot.path, l.pk.path, l.availability.path]));
}

/** The origin of every number a scenario writes and uses, in file order. */
export function inputOrigins(
  scenario: Scenario,
  isCatalogId: (id: string) => boolean,
): { path: string; origin: InputOrigin }[] {
  // Catalog sources carry their kind too: a catalog id is checked first.
  const kinds = new Map(scenario.sources.map((s) => [s.id, s.kind]));
  const inert = inertPaths(scenario);
  return scenarioInputs(scenario)
    .filter((input) => input.defaulted !== true && !inert.has(input.path))
    .map((input) => {
      const id = input.source;
      const origin: InputOrigin =
        id === "scenario"
          ? "unsourced"
          : isCatalogId(id)
            ? "catalog"
            : kinds.get(id) !== undefined
              ? "published"
              : "estimate";
      return { path: input.path, origin };
    });
}

/**
 * Audits one scenario file: its base and every variant. A variant's number
 * is listed only where the base's is sourced (the variant's `set:` wrote a
 * plain value over it).
 *
 * @example auditScenarioNumbers("poland.yaml", base, [], (id) => catalog.get(id) !== undefined)
 */
export function auditScenarioNumbers(
  file: string,
  base: Scenario,
  variants: readonly { name: string; scenario: Scenario }[],
  isCatalogId: (id: string) => boolean,
): ScenarioNumbers {
  const origins = { catalog: 0, published: 0, estimate: 0, unsourced: 0 };
  const baseOrigins = inputOrigins(base, isCatalogId);
  for (const o of baseOrigins) origins[o.origin] += 1;
  const unsourcedPaths = (list: { path: string; origin: InputOrigin }[]) =>
    list.filter((o) => o.origin === "unsourced").map((o) => o.path);
  const inBase = new Set(unsourcedPaths(baseOrigins));
  const unsourced: UnsourcedNumber[] = [...inBase].map((path) => ({ path, variant: null }));
  for (const v of variants) {
    for (const path of unsourcedPaths(inputOrigins(v.scenario, isCatalogId)))
      if (!inBase.has(path)) unsourced.push({ path, variant: v.name });
  }
  return {
    file,
    origins,
    estimates: baseOrigins.filter((o) => o.origin === "estimate").map((o) => o.path),
    unsourced,
  };
}

const where = (u: UnsourcedNumber): string =>
  u.variant === null ? u.path : `${u.path} (variant "${u.variant}")`;

/**
 * The scenario part of the audit in words, lines wrapped to `width`: one
 * line per file with its numbers by origin, then every unsourced number.
 */
export function scenarioAuditText(files: readonly ScenarioNumbers[], width = 100): string {
  const total = { catalog: 0, published: 0, estimate: 0, unsourced: 0 };
  for (const f of files) for (const o of INPUT_ORIGINS) total[o] += f.origins[o];
  const counts = (o: Readonly<Record<InputOrigin, number>>): string =>
    `${o.catalog} from the catalog, ${o.published} published, ${o.estimate} our estimates, ` +
    `${o.unsourced} with no source`;
  const n = files.length;
  const perFile = files.flatMap((f) =>
    wrapText(`${f.file}: ${counts(f.origins)}`, width - 2).map((l) => `  ${l}`),
  );
  const missing = files.flatMap((f) => f.unsourced.map((u) => `  ${f.file}: ${where(u)}`));
  const out = [
    `scenario numbers (${n} file${n === 1 ? "" : "s"}): ${counts(total)}`,
    ...perFile,
    "",
    `scenario numbers with no source and no catalog entry (${missing.length})${missing.length === 0 ? ": none" : ":"}`,
    ...missing,
  ];
  return out.join("\n");
}
