/**
 * The loader: `load → validate → normalize`.
 *
 *   text ──parseYaml──▶ raw ──variant, --set, --sizes──▶ raw′
 *        ──zod (shape)──▶ per-part checks ──normalize──▶ Scenario
 *
 * Every stage collects issues instead of stopping at the first; at the end
 * each issue is placed at `file:line:col` through the overlays that record
 * where each part of raw′ was written from.
 */
import type { MoneyContext } from "./money.js";
import type { CatalogLookup } from "../model/catalog-entry.js";
import { BASE_PROVENANCE, type Provenance, type Scenario } from "../model/scenario.js";
import { locate, type Overlay } from "./locate.js";
import { issue } from "./messages.js";
import { normalizeScenario } from "./normalize.js";
import { resolvePath, setSyntaxIssue, splitSet, writeAt } from "./overrides.js";
import { type Issue, type Problem, isPrefix } from "./problem.js";
import { parseSwarmSizes } from "./swarm-sizes.js";
import { applyVariant, readVariants, type RawVariant, type VariantInfo } from "./variants.js";
import { parseYaml } from "./yaml-source.js";

/** The largest scenario text accepted: 5 MiB, checked before parsing. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  /** Name used in messages. */
  file: string;
  /** `--set "PATH=VALUE"` strings, applied in order, after the variant. */
  overrides?: readonly string[];
  /** Name of a variant to apply. */
  variant?: string;
  /** `--sizes` text; replaces `threat.swarmSizes`. */
  sizes?: string;
  /** Needed only if the file uses `ref:`. */
  catalog?: CatalogLookup;
}

export type LoadResult =
  | {
      ok: true;
      scenario: Scenario;
      variants: readonly VariantInfo[];
      /** The reporting currency, price year and the file's fx and inflation tables (docs/model.md §8). */
      money: MoneyContext;
      /** Doubtful values that do not stop the load (`pk: 0.8%` where the catalog says 80 %). */
      warnings: readonly Problem[];
    }
  | { ok: false; problems: readonly Problem[] };

/** UTF-8 length of a string, without allocating the encoded bytes. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Loads a scenario: YAML text in, a validated, normalized `Scenario` out, or
 * every problem found. The chosen variant applies first, then each `--set`
 * in order, then `--sizes`. Every variant is checked, chosen or not.
 *
 * @example
 * const r = loadScenario(text, { file: "poland.yaml", overrides: ["defense.layers.iron-beam.pk=90%"] });
 * if (!r.ok) console.error(r.problems.map(formatProblem).join("\n"));
 */
export function loadScenario(text: string, options: LoadOptions): LoadResult {
  const file = options.file;
  const read = readDocument(text, file);
  if (!read.ok) return read;
  const { raw, parsed, main } = read;

  const issues: Issue[] = [];
  const variants = readVariants(raw, issues);
  const { doc, overlays } = applyRequest(raw, variants, parsed.source, main, options, issues);
  const result = normalizeScenario(doc, options.catalog, file);
  for (const i of result.issues) issues.push(i);
  const problems = locate(issues, overlays);
  const others = variants.filter((v) => v.name !== options.variant);
  // A request that changes nothing has just normalised the base file itself: no need to again.
  const plain =
    options.variant === undefined &&
    (options.overrides ?? []).length === 0 &&
    options.sizes === undefined;
  const base = plain ? result.issues : undefined;
  for (const p of unchosenVariantProblems(raw, others, parsed.source, main, options, base))
    problems.push(p);
  if (problems.length > 0 || result.scenario === null || result.money === null)
    return fail(sortProblems(problems, file));
  return {
    ok: true,
    scenario: { ...result.scenario, provenance: provenanceOf(options) },
    warnings: sortProblems(locate(result.warnings, overlays), file),
    variants: variants.map((v) => ({ name: v.name, description: v.description })),
    money: result.money,
  };
}

type ParsedYaml = Extract<ReturnType<typeof parseYaml>, { ok: true }>;

/**
 * The file's text as a YAML mapping, or the failure that stops everything
 * else: too large, binary, not YAML, empty, not a mapping.
 */
function readDocument(
  text: string,
  file: string,
):
  | { ok: true; raw: object; parsed: ParsedYaml; main: Overlay }
  | { ok: false; problems: readonly Problem[] } {
  const nowhere = { place: { file, line: null, col: null } };
  // text.length ≤ bytes, so the cheap test settles most over-size files.
  if (text.length > MAX_SCENARIO_BYTES || utf8Length(text) > MAX_SCENARIO_BYTES) {
    return fail(locate([issue("file-too-large", [], { max: MAX_SCENARIO_BYTES }, nowhere)], []));
  }
  // A binary file: say so instead of echoing its bytes back in a syntax error.
  if (text.includes("\u0000") || text.includes("\uFFFD"))
    return fail(locate([issue("not-text", [], undefined, nowhere)], []));
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return fail(locate(parsed.issues, []));
  const raw = parsed.value;
  const main: Overlay = { path: [], source: parsed.source, node: parsed.source.root };
  if (raw === null || raw === undefined)
    return fail(locate([issue("empty-file", [], undefined, nowhere)], []));
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return fail(
      locate(
        [
          issue("not-a-mapping", [], {
            found: Array.isArray(raw) ? "a list" : JSON.stringify(raw),
          }),
        ],
        [main],
      ),
    );
  }
  return { ok: true, raw, parsed, main };
}

/** The document the request asks for: the chosen variant, then each `--set`, then `--sizes`. */
function applyRequest(
  raw: object,
  variants: readonly RawVariant[],
  source: ParsedYaml["source"],
  main: Overlay,
  options: LoadOptions,
  issues: Issue[],
): { doc: unknown; overlays: Overlay[] } {
  const nowhere = { place: { file: options.file, line: null, col: null } };
  const doc: unknown = structuredClone(raw);
  const overlays: Overlay[] = [main];
  if (options.variant !== undefined) {
    const v = variants.find((x) => x.name === options.variant);
    if (v === undefined) {
      issues.push(
        issue(
          "unknown-variant",
          ["variants"],
          { name: options.variant, known: variants.map((x) => x.name) },
          nowhere,
        ),
      );
    } else {
      for (const o of applyVariant(doc, v, source, issues)) overlays.push(o);
    }
  }
  for (const text of options.overrides ?? []) applySet(doc, text, overlays, issues);
  if (options.sizes !== undefined) {
    const sizes = parseSwarmSizes(options.sizes);
    const threat = (doc as { threat?: unknown }).threat;
    if (!Array.isArray(sizes)) {
      issues.push({
        code: sizes.code,
        path: ["threat", "swarmSizes"],
        message: sizes.message,
        place: { file: "--sizes", line: null, col: null },
      });
    } else if (threat !== null && typeof threat === "object" && !Array.isArray(threat)) {
      (threat as Record<string, unknown>).swarmSizes = sizes;
    }
  }
  return { doc, overlays };
}

/**
 * The variants not chosen: problems inside their own values, and problems
 * elsewhere that the base file does not have (shares that no longer sum to
 * 1, say), so `cxr validate` rejects what `--variant` would.
 */
function unchosenVariantProblems(
  raw: object,
  others: readonly RawVariant[],
  source: ParsedYaml["source"],
  main: Overlay,
  options: LoadOptions,
  baseIssues?: readonly Issue[],
): Problem[] {
  if (others.length === 0) return [];
  const { file, catalog } = options;
  const key = (i: Issue): string => `${i.code} ${JSON.stringify(i.path)}`;
  const base = baseIssues ?? normalizeScenario(structuredClone(raw), catalog, file).issues;
  const baseKeys = new Set(base.map(key));
  return others.flatMap((v) => {
    const vIssues: Issue[] = [];
    const vDoc: unknown = structuredClone(raw);
    const vOverlays = applyVariant(vDoc, v, source, vIssues);
    const inside = (i: Issue): boolean => vOverlays.some((o) => isPrefix(o.path, i.path));
    const caused = normalizeScenario(vDoc, catalog, file)
      .issues.filter((i) => inside(i) || !baseKeys.has(key(i)))
      .map((i) => (inside(i) ? i : { ...i, message: `with variant "${v.name}": ${i.message}` }));
    return locate([...vIssues, ...caused], [main, ...vOverlays]);
  });
}

/** Problems of the file first, in line order; then --set and --sizes, as given. */
function sortProblems(problems: readonly Problem[], file: string): Problem[] {
  const rank = (p: Problem) => (p.file === file ? 0 : 1);
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        rank(a.p) - rank(b.p) ||
        (a.p.line ?? 0) - (b.p.line ?? 0) ||
        (a.p.col ?? 0) - (b.p.col ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}

/** The variant chosen and each `--set` as written (`path`, the value text trimmed), in order. */
function provenanceOf(options: LoadOptions): Provenance {
  const overrides = (options.overrides ?? []).flatMap((text) => {
    const parts = splitSet(text);
    return parts === null ? [] : [{ path: parts.path, value: parts.value.trim() }];
  });
  if (options.variant === undefined && overrides.length === 0) return BASE_PROVENANCE;
  return { variant: options.variant ?? null, overrides };
}

function fail(problems: readonly Problem[]): { ok: false; problems: readonly Problem[] } {
  return { ok: false, problems };
}

/** One `--set PATH=VALUE`: the value is YAML, placed at the path as written. */
function applySet(doc: unknown, text: string, overlays: Overlay[], issues: Issue[]): void {
  const parts = splitSet(text);
  if (parts === null) {
    issues.push(setSyntaxIssue(text));
    return;
  }
  const value = parseYaml(parts.value, "--set", text.indexOf("=") + 1);
  if (!value.ok) {
    for (const i of value.issues) issues.push(i);
    return;
  }
  const r = resolvePath(doc, parts.path);
  if (!r.ok) {
    issues.push({ ...r.issue(r.at), place: { file: "--set", line: null, col: null } });
    return;
  }
  writeAt(doc, r.path, value.value);
  overlays.push({ path: r.path, source: value.source, node: value.source.root });
}
