import { catalogJson, catalogShow, catalogTable } from "../../catalog/index.js";
import { CATALOG_KINDS, type CatalogKind } from "../../model/index.js";
import { loadShippedCatalog } from "../catalog-file.js";
import { type CliIo, InputError } from "../io.js";

export interface CatalogOptions {
  kind?: string;
  json?: boolean;
}

function checkKind(kind: string | undefined): CatalogKind | undefined {
  if (kind === undefined) return undefined;
  if ((CATALOG_KINDS as readonly string[]).includes(kind)) return kind as CatalogKind;
  throw new InputError(`unknown kind '${kind}': expected one of ${CATALOG_KINDS.join(", ")}`);
}

/** `cxr catalog [--kind K] [--json]`: the cost catalog as a table or JSON. */
export function catalogListCommand(io: CliIo, opts: CatalogOptions): void {
  const catalog = loadShippedCatalog();
  const kind = checkKind(opts.kind);
  const entries = kind === undefined ? catalog.entries() : catalog.byKind(kind);
  if (opts.json === true) io.stdout.write(catalogJson(entries));
  else io.stdout.write(catalogTable(entries, { color: io.color === true }) + "\n");
}

/** `cxr catalog show ID`: one entry with its sources and notes. */
export function catalogShowCommand(io: CliIo, id: string, opts: { json?: boolean }): void {
  const catalog = loadShippedCatalog();
  const entry = catalog.get(id);
  if (entry === undefined) {
    const near = catalog.nearest(id);
    throw new InputError(
      `no catalog entry '${id}'${near.length > 0 ? `; did you mean ${near.map((n) => `'${n}'`).join(", ")}?` : ""}`,
    );
  }
  if (opts.json === true) io.stdout.write(catalogJson([entry]));
  else io.stdout.write(catalogShow(entry, { width: 100 }) + "\n");
}
