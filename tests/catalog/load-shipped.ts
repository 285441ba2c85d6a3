// Reads and parses the shipped catalog once per test file (tests may touch the file system).
import { readFileSync } from "node:fs";
import { catalogPath } from "../../src/catalog/catalog-path.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";

export function shippedCatalog(): Catalog {
  const result = parseCatalog(readFileSync(catalogPath(), "utf8"));
  if (!result.ok) throw new Error(`shipped catalog is invalid:\n${result.problems.join("\n")}`);
  return result.catalog;
}
