/**
 * `--set PATH=VALUE` and variant overrides (docs/scenario-format.md): a dotted
 * path into the raw document, list items by `id` or index, the value read
 * as YAML. Applied to the raw document before validation, so an override
 * is checked exactly like the file.
 */
import { issue } from "./messages.js";
import type { Issue, RawPath } from "./problem.js";
import { displayPath } from "./problem.js";

export type Resolved =
  | { ok: true; path: RawPath }
  /** `at`: the part of the path that exists; `issue(where)` reports the failure at `where`. */
  | { ok: false; at: RawPath; issue: (where: RawPath) => Issue };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** The ids of the raw list at `path` (items without a string id left out). */
function listIds(root: unknown, path: readonly string[]): string[] {
  let cur = root;
  for (const seg of path) cur = isRecord(cur) ? cur[seg] : undefined;
  return Array.isArray(cur)
    ? cur.flatMap((item) => (isRecord(item) && typeof item.id === "string" ? [item.id] : []))
    : [];
}

/**
 * The keys an override may open below `path` although the file does not
 * have them (docs/campaign.md §1: a layer or drone type left out of the
 * campaign block has no stock limit, and `--set` can give it one): under
 * `campaign`, `attacker` and `defender`; under `campaign.defender`, every
 * layer id; under `campaign.attacker`, every drone type id. Null elsewhere.
 */
function campaignIds(root: unknown, path: readonly (string | number)[]): string[] | null {
  const at = path.join(".");
  if (at === "campaign") return ["attacker", "defender"];
  if (at === "campaign.defender") return listIds(root, ["defense", "layers"]);
  if (at === "campaign.attacker") return listIds(root, ["threat", "drones"]);
  return null;
}

/**
 * Resolves a dotted path against `root`. A list item is matched by its `id`
 * first, then by index (an id wins, so `0` names the item with id "0" if
 * there is one). Every segment but the last must exist; a missing last key
 * of a mapping is allowed (the schema then decides whether it may be
 * there), and so is a missing campaign entry of a layer or drone type of
 * the scenario (`campaign.defender.<layer id>.stock`), which {@link writeAt}
 * creates. `at` is where a failure is reported.
 *
 * @example resolvePath(raw, "defense.layers.iron-beam.pk") // { ok: true, path: ["defense", "layers", 1, "pk"] }
 */
export function resolvePath(root: unknown, dotted: string): Resolved {
  const segments = dotted.split(".");
  const path: (string | number)[] = [];
  let cur = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    const fail = (existing: readonly string[]): Resolved => {
      const at = displayPath(path);
      return {
        ok: false,
        at: [...path],
        issue: (where) => issue("set-path", where, { missing: seg, at, existing }),
      };
    };
    if (Array.isArray(cur)) {
      const items: unknown[] = cur;
      let idx = items.findIndex((item) => isRecord(item) && item.id === seg);
      if (idx < 0 && /^\d+$/.test(seg) && Number(seg) < items.length) idx = Number(seg);
      if (idx < 0) {
        const ids = items.map((item, j) =>
          isRecord(item) && typeof item.id === "string" ? item.id : String(j),
        );
        return fail(ids);
      }
      path.push(idx);
      cur = items[idx];
    } else if (isRecord(cur)) {
      // Object's own machinery is never a scenario key.
      const reserved = seg === "__proto__" || seg === "constructor" || seg === "prototype";
      if (seg === "" || reserved) return fail(Object.keys(cur));
      if (!Object.hasOwn(cur, seg) && !last) {
        // A campaign entry may be opened for any layer or drone type of the scenario.
        const ids = campaignIds(root, path);
        if (ids === null) return fail(Object.keys(cur));
        if (!ids.includes(seg)) return fail(ids);
        path.push(seg);
        cur = {};
        continue;
      }
      path.push(seg);
      cur = cur[seg];
    } else {
      return fail([]);
    }
  }
  return { ok: true, path };
}

/** Writes `value` at a resolved path, creating the campaign entries the path opens. */
export function writeAt(root: unknown, path: RawPath, value: unknown): void {
  let cur = root as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) {
    cur[seg] ??= {};
    cur = cur[seg] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last !== undefined) cur[last] = value;
}

/** Splits `PATH=VALUE` at the first `=`; null when malformed. */
export function splitSet(text: string): { path: string; value: string } | null {
  const eq = text.indexOf("=");
  if (eq <= 0) return null;
  const path = text.slice(0, eq).trim();
  return path === "" ? null : { path, value: text.slice(eq + 1) };
}

/** The issue for a malformed `--set`. */
export function setSyntaxIssue(text: string): Issue {
  return issue(
    "set-syntax",
    [],
    { found: JSON.stringify(text) },
    { place: { file: "--set", line: null, col: null } },
  );
}
