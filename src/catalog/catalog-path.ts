/**
 * Where the shipped catalog file lives. The only module of the catalog that
 * knows the package layout; it never reads the catalog itself.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Absolute path of the shipped `catalog/catalog.yaml`. This file runs from
 * `src/catalog/` under vitest and from `dist/src/catalog/` once compiled, so
 * it walks up from its own folder to the first one holding `package.json`
 * (the package root) instead of assuming a fixed depth; if none is found it
 * falls back to `../../catalog/catalog.yaml` relative to this module.
 *
 * @example readFileSync(catalogPath(), "utf8")
 */
export function catalogPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "catalog", "catalog.yaml");
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return fileURLToPath(new URL("../../catalog/catalog.yaml", import.meta.url));
}
