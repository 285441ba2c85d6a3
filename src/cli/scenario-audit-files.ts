import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { auditScenarioNumbers, type Catalog, type ScenarioNumbers } from "../catalog/index.js";
import { formatProblem, loadScenario, MAX_SCENARIO_BYTES } from "../scenario/index.js";
import { readTextFile } from "./files.js";
import { InputError } from "./io.js";
import { packageRoot } from "./package-info.js";

/** The shipped scenarios (`scenarios/*.yaml` of the package), in name order. */
export function shippedScenarioFiles(): string[] {
  const dir = join(packageRoot(), "scenarios");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(dir, f));
}

function load(text: string, file: string, catalog: Catalog, variant?: string) {
  const result = loadScenario(text, {
    file,
    catalog,
    ...(variant === undefined ? {} : { variant }),
  });
  if (!result.ok) throw new InputError(result.problems.map(formatProblem).join("\n"));
  return result;
}

/**
 * Loads each scenario file, its base and every variant, against `catalog`,
 * and audits where its numbers come from. `name` shortens a file's name in
 * the report (the shipped ones by their base name).
 */
export async function auditScenarioFiles(
  files: readonly string[],
  catalog: Catalog,
  name: (file: string) => string = basename,
): Promise<ScenarioNumbers[]> {
  const isCatalogId = (id: string) => catalog.get(id) !== undefined;
  const out: ScenarioNumbers[] = [];
  for (const file of files) {
    const text = await readTextFile(file, MAX_SCENARIO_BYTES);
    const base = load(text, file, catalog);
    const variants = base.variants.map((v) => ({
      name: v.name,
      scenario: load(text, file, catalog, v.name).scenario,
    }));
    out.push(auditScenarioNumbers(name(file), base.scenario, variants, isCatalogId));
  }
  return out;
}
