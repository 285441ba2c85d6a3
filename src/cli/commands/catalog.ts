import { readFileSync } from "node:fs";
import {
  auditCatalog,
  auditText,
  catalogJson,
  catalogPath,
  catalogShow,
  catalogTable,
  parseCatalog,
  scenarioAuditText,
} from "../../catalog/index.js";
import { CATALOG_KINDS, type CatalogKind } from "../../model/index.js";
import { loadShippedCatalog } from "../catalog-file.js";
import { type CliIo, InputError } from "../io.js";
import { auditScenarioFiles, shippedScenarioFiles } from "../scenario-audit-files.js";

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

/**
 * `cxr catalog [--kind K] [--json]`: the cost catalog as a table or JSON;
 * `--audit [FILE...]` audits it and the scenarios (the shipped ones, or FILEs).
 */
export async function catalogListCommand(
  io: CliIo,
  opts: CatalogOptions,
  files: readonly string[] = [],
): Promise<void> {
  if (opts.audit === true) {
    await catalogAuditCommand(io, opts, files.length > 0 ? { scenarioFiles: files } : {});
    return;
  }
  if (files.length > 0)
    throw new InputError(
      `unexpected argument '${files[0]}': scenario files are audited with 'cxr catalog --audit FILE'`,
    );
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

/** What the audit reads; each defaults to the shipped file or files. */
export interface AuditInputs {
  /** Replaces the shipped catalog's text (tests audit hand-built catalogs through it). */
  readonly catalogText?: string;
  /** Scenario files to audit instead of the shipped `scenarios/*.yaml`. */
  readonly scenarioFiles?: readonly string[];
}

/**
 * `cxr catalog --audit [--json] [FILE...]`: entries by grade and source
 * kind, grades their sources do not support, likely values no source gives,
 * production rates and lead times (catalog README "Audit"), then where every
 * number of the scenarios comes from (catalog, published source, our
 * estimate, nothing). Reads the YAML itself, not the build's snapshot, so an
 * unsupported grade is listed rather than refused. Exit status 1 when a
 * grade is unsupported or a scenario number has no source.
 */
export async function catalogAuditCommand(
  io: CliIo,
  opts: { json?: boolean },
  inputs: AuditInputs = {},
): Promise<void> {
  const parsed = parseCatalog(inputs.catalogText ?? readFileSync(catalogPath(), "utf8"), {
    checkGrades: false,
  });
  if (!parsed.ok) {
    throw new InputError(`catalog audit: the catalog is invalid:\n${parsed.problems.join("\n")}`);
  }
  const audit = auditCatalog(parsed.catalog.entries());
  const files = inputs.scenarioFiles;
  const scenarios = await auditScenarioFiles(
    files ?? shippedScenarioFiles(),
    parsed.catalog,
    files === undefined ? undefined : (f) => f,
  );
  io.stdout.write(
    opts.json === true
      ? `${JSON.stringify({ ...audit, scenarios }, null, 2)}\n`
      : `${auditText(audit)}\n\n${scenarioAuditText(scenarios)}\n`,
  );
  const unsourced = scenarios.reduce((n, s) => n + s.unsourced.length, 0);
  const failures = [
    ...(audit.unsupported.length > 0
      ? [`${audit.unsupported.length} grade(s) not supported by their sources`]
      : []),
    ...(unsourced > 0
      ? [`${unsourced} scenario number(s) with no source and no catalog entry`]
      : []),
  ];
  if (failures.length > 0) throw new InputError(`catalog audit: ${failures.join("; ")}`);
}
