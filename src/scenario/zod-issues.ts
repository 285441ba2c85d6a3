/**
 * zod issues → loader issues with our codes and messages. Unions are
 * resolved to the branch of the value's own type, so `pk: {uniform: [1]}`
 * reports the short list, not "expected number".
 */
import { distance } from "fastest-levenshtein";
import type { z } from "zod";
import { describeValue, EXPECTED, type Expected, issue } from "./messages.js";
import { allowedKeys } from "./keys.js";
import { moneySpelling } from "./money-spelling.js";
import type { Issue, RawPath } from "./problem.js";

type ZodIssue = z.core.$ZodIssue;

const PARAMS: Record<string, string> = {
  triangular: "3 values [min, mode, max]",
  pert: "3 values [min, mode, max]",
  uniform: "2 values [min, max]",
  normal: "2 values [mean, sd]",
  lognormal: "2 values [p5, p95]",
  beta: "2 values [alpha, beta]",
};

/** The value at `path` inside `root`, or undefined. */
export function valueAt(root: unknown, path: RawPath): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function expectedOf(message: string): string | null {
  if (!message.startsWith("expect:")) return null;
  const key = message.slice("expect:".length);
  return Object.hasOwn(EXPECTED, key) ? EXPECTED[key as Expected] : null;
}

/** The allowed key within edit distance 2 of a misspelt one, if any. */
function closest(key: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = 3;
  for (const a of allowed) {
    const d = distance(key.toLowerCase(), a.toLowerCase());
    if (d < bestD) [best, bestD] = [a, d];
  }
  return best;
}

function typeMismatchOnly(branch: readonly ZodIssue[]): boolean {
  return branch.every((i) => i.code === "invalid_type" && i.path.length === 0);
}

/**
 * Converts zod issues (paths relative to `at`) to loader issues; `root` is
 * the value zod parsed, for "found …" in messages.
 */
export function fromZod(
  issues: readonly ZodIssue[],
  schema: z.ZodType,
  root: unknown,
  at: RawPath = [],
): Issue[] {
  return issues.flatMap((iss) => {
    const rel = iss.path.filter((s): s is string | number => typeof s !== "symbol");
    const path = [...at, ...rel];
    const found = valueAt(root, path);
    const shown = describeValue(found);
    if (typeof found === "number" && !Number.isFinite(found)) {
      return [issue("not-finite", path, { found: shown })];
    }
    return issuesOf(iss, { schema, root, path, key: String(rel.at(-1) ?? ""), found, shown });
  });
}

/** Where a zod issue points: the parsed value there, as found and as shown in a message. */
interface IssueSite {
  readonly schema: z.ZodType;
  readonly root: unknown;
  readonly path: RawPath;
  /** The last key of the path ("" at the root). */
  readonly key: string;
  readonly found: unknown;
  readonly shown: string;
}

/** The loader issues of one zod issue, by its code. */
function issuesOf(iss: ZodIssue, at: IssueSite): Issue[] {
  const { path, found, shown } = at;
  switch (iss.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(at.schema, at.root, path);
      return iss.keys.map((key) =>
        issue(
          "unknown-key",
          [...path, key],
          { key, allowed, suggestion: closest(key, allowed) },
          { atKey: true },
        ),
      );
    }
    case "invalid_union":
      return unionIssues(iss, at);
    case "invalid_type":
      return found === undefined
        ? [issue("missing-field", path, { key: at.key })]
        : [
            issue("wrong-type", path, {
              expected: expectedOf(iss.message) ?? EXPECTED[iss.expected as Expected],
              found: shown,
            }),
          ];
    case "invalid_format":
      return [formatIssue(iss.message, at)];
    case "invalid_value":
      return [issue("bad-value", path, { options: iss.values.map(String), found: shown })];
    case "too_small":
    case "too_big": {
      if (!Array.isArray(found))
        return [issue("wrong-type", path, { expected: "a non-empty string", found: shown })];
      const expected =
        PARAMS[at.key] ??
        `${iss.code === "too_small" ? "at least" : "at most"} ${String(iss.code === "too_small" ? iss.minimum : iss.maximum)} items`;
      return [issue("list-length", path, { expected, found: found.length })];
    }
    case "invalid_key":
      return keyIssues(iss.issues, at);
    default:
      return [issue("wrong-type", path, { expected: "something else", found: shown })];
  }
}

/** A union no branch accepted: the complaints of the branch of the value's own type, else what was expected. */
function unionIssues(iss: Extract<ZodIssue, { code: "invalid_union" }>, at: IssueSite): Issue[] {
  const { path, found, shown } = at;
  const matching = iss.errors.filter((b) => !typeMismatchOnly(b));
  if (matching.length > 0) {
    // The branch of the value's own type with the fewest complaints.
    const best = matching.reduce((a, b) => (b.length < a.length ? b : a));
    return fromZod(best, at.schema, at.root, path);
  }
  if (iss.errors.length === 0 && "options" in iss) {
    const options = (iss.options as unknown[]).map(String);
    return [issue("bad-value", path, { options, found: shown })];
  }
  const expected = expectedOf(iss.message) ?? "another type";
  return [
    found === undefined
      ? issue("missing-field", path, { key: at.key })
      : issue("wrong-type", path, { expected, found: shown }),
  ];
}

/** A string in the wrong form: money spelt another way, a currency, an id, a quantity. */
function formatIssue(message: string, at: IssueSite): Issue {
  const { path, found, shown } = at;
  const what = message.slice("expect:".length);
  const accepted =
    (what === "money" || what === "money-item") && typeof found === "string"
      ? moneySpelling(found)
      : null;
  if (accepted !== null) return issue("money-spelling", path, { found: shown, accepted });
  if (what === "currency") return issue("currency-format", path, { found: shown });
  if (what === "id") return issue("bad-id", path, { found: shown });
  return issue("bad-quantity", path, { expected: expectedOf(message) ?? what, found: shown });
}

/** A bad key of fx or inflation: the inner issue names the expected form. */
function keyIssues(inner: readonly ZodIssue[], at: IssueSite): Issue[] {
  const found = JSON.stringify(at.key);
  return inner.map((i) => {
    const what = i.message.slice("expect:".length);
    return what === "currency"
      ? issue("currency-format", at.path, { found }, { atKey: true })
      : issue(
          "bad-quantity",
          at.path,
          { expected: expectedOf(i.message) ?? what, found },
          { atKey: true },
        );
  });
}
