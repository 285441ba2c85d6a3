import { readFileSync } from "node:fs";
import {
  auditCatalog,
  auditText,
  catalogJson,
  catalogPath,
  catalogShow,
  catalogTable,
  parseCatalog,
} from "../../catalog/index.js";
import { CATALOG_KINDS, type CatalogKind } from "../../model/index.js";
import { loadShippedCatalog } from "../catalog-file.js";
import { type CliIo, InputError } from "../io.js";

export interface CatalogOptions {
  kind?: string;
  json?: boolean;
  audit?: boolean;
}

function checkKind(kind: string | undefined): CatalogKind | undefined {
  if (kind === undefined) return undefined;
  if ((CATALOG_KINDS as readonly string[]).includes(kind)) return kind as CatalogKind;
  throw new InputError(`unknown kind '${kind}': expected one of ${CATALOG_KINDS.join(", ")}`);
}

/** `cxr catalog [--kind K] [--json]`: the cost catalog as a table or JSON; `--audit` audits it. */
export function catalogListCommand(io: CliIo, opts: CatalogOptions): void {
  if (opts.audit === true) {
    catalogAuditCommand(io, opts);
    return;
  }
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

/**
 * `cxr catalog --audit [--json]`: entries by grade and source kind, grades
 * their sources do not support, likely values no source gives, production
 * rates and lead times (catalog README "Audit"). Reads the YAML itself, not
 * the build's snapshot, so an unsupported grade is listed rather than
 * refused; exit status 1 when there is one. `text` replaces the shipped
 * file's text (tests audit hand-built catalogs through it).
 */
export function catalogAuditCommand(
  io: CliIo,
  opts: { json?: boolean },
  text = readFileSync(catalogPath(), "utf8"),
): void {
  const parsed = parseCatalog(text, { checkGrades: false });
  if (!parsed.ok) {
    throw new InputError(`catalog audit: the catalog is invalid:\n${parsed.problems.join("\n")}`);
  }
  const audit = auditCatalog(parsed.catalog.entries());
  io.stdout.write(
    opts.json === true ? `${JSON.stringify(audit, null, 2)}\n` : `${auditText(audit)}\n`,
  );
  if (audit.unsupported.length > 0) {
    throw new InputError(
      `catalog audit: ${audit.unsupported.length} grade(s) not supported by their sources`,
    );
  }
}
