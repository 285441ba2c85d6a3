import { readFileSync } from "node:fs";
import { catalogPath, parseCatalog } from "../catalog/index.js";
import type { Catalog } from "../catalog/index.js";

let cached: Catalog | undefined;

/** The shipped cost catalog, read and validated once per process. */
export function loadShippedCatalog(): Catalog {
  if (cached) return cached;
  const parsed = parseCatalog(readFileSync(catalogPath(), "utf8"));
  // The shipped catalog is checked in CI; a broken one is a bug, not a user error.
  if (!parsed.ok) throw new Error(`the shipped catalog is invalid:\n${parsed.problems.join("\n")}`);
  cached = parsed.catalog;
  return cached;
}
