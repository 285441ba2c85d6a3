import { Catalog } from "../catalog/catalog.js";
import type { CatalogEntry } from "../model/catalog-entry.js";

/**
 * The shipped cost catalog (catalog/catalog.yaml), validated and embedded
 * in the library bundle at build time (scripts/build-cli.ts defines this
 * constant), so that the library never reads a file. Undefined when the
 * library runs from source: pass `{ catalog }` to `loadScenario` then.
 */
declare const __CXR_SHIPPED_CATALOG__: readonly CatalogEntry[] | undefined;

let cached: Catalog | undefined;

/** The catalog embedded at build time, or undefined when running from source. */
export function shippedCatalog(): Catalog | undefined {
  if (typeof __CXR_SHIPPED_CATALOG__ === "undefined") return undefined;
  cached ??= new Catalog(__CXR_SHIPPED_CATALOG__);
  return cached;
}
