/**
 * Source attribution (docs/scenario-format.md): a top-level `sources:` list that
 * quantities written as mappings cite with `source: <id>`, and the audit of
 * which inputs carry neither a source nor a catalog `ref:`.
 */
import { scenarioInputs } from "../model/point.js";
import type { Scenario, Source } from "../model/scenario.js";
import type { Issue } from "./problem.js";
import type { SourceFile } from "./schema.js";
import { checkYear } from "./bounds.js";

/** The `sources:` entries as model sources (publisher "" and year/url null when left out). */
export function normalizeSources(list: readonly SourceFile[], issues: Issue[]): Source[] {
  return list.map((s, i) => {
    if (s.year !== undefined) checkYear(s.year, ["sources", i, "year"], issues);
    return {
      id: s.id,
      title: s.title,
      publisher: s.publisher ?? "",
      year: s.year ?? null,
      url: s.url ?? null,
      ...(s.kind === undefined ? {} : { kind: s.kind }),
    };
  });
}

/**
 * The paths of the inputs a reader cannot trace: written in the file with
 * no `source:` and not filled from the catalog. Defaults the loader filled
 * (availability 1, fixedCost 0…) are not figures and are left out.
 *
 * @example unsourcedInputs(scenario) // ["threat.drones.gerbera.unitCost", "defense.layers.gun.pk"]
 */
export function unsourcedInputs(scenario: Scenario): string[] {
  return scenarioInputs(scenario)
    .filter((input) => input.source === "scenario" && input.defaulted !== true)
    .map((input) => input.path);
}
