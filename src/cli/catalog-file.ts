import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Catalog, catalogPath, parseCatalog } from "../catalog/index.js";
import type { CatalogEntry } from "../model/index.js";
import { packageRoot } from "./package-info.js";

let cached: Catalog | undefined;

function snapshot(): Catalog | undefined {
  try {
    const entries = JSON.parse(
      readFileSync(join(packageRoot(), "dist", "catalog.json"), "utf8"),
    ) as CatalogEntry[];
    return new Catalog(entries);
  } catch {
    return undefined;
  }
}

/**
 * The shipped cost catalog, once per process: the snapshot the build
 * validated (`dist/catalog.json`), or, when running from source, the YAML
 * parsed and validated now.
 */
export function loadShippedCatalog(): Catalog {
  if (cached) return cached;
  cached = snapshot();
  if (cached) return cached;
  const parsed = parseCatalog(readFileSync(catalogPath(), "utf8"));
  // The shipped catalog is checked in CI; a broken one is a bug, not a user error.
  if (!parsed.ok) throw new Error(`the shipped catalog is invalid:\n${parsed.problems.join("\n")}`);
  cached = parsed.catalog;
  return cached;
}
