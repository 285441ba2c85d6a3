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
  const out: Issue[] = [];
  for (const iss of issues) {
    const rel = iss.path.filter((s): s is string | number => typeof s !== "symbol");
    const path = [...at, ...rel];
    const found = valueAt(root, path);
    const shown = describeValue(found);
    if (typeof found === "number" && !Number.isFinite(found)) {
      out.push(issue("not-finite", path, { found: shown }));
      continue;
    }
    switch (iss.code) {
      case "unrecognized_keys": {
        const allowed = allowedKeys(schema, root, path);
        for (const key of iss.keys) {
          const suggestion = closest(key, allowed);
          out.push(
            issue("unknown-key", [...path, key], { key, allowed, suggestion }, { atKey: true }),
          );
        }
        break;
      }
      case "invalid_union": {
        const matching = iss.errors.filter((b) => !typeMismatchOnly(b));
        if (matching.length > 0) {
          // The branch of the value's own type with the fewest complaints.
          const best = matching.reduce((a, b) => (b.length < a.length ? b : a));
          for (const i of fromZod(best, schema, root, path)) out.push(i);
        } else if (iss.errors.length === 0 && "options" in iss) {
          const options = (iss.options as unknown[]).map(String);
          out.push(issue("bad-value", path, { options, found: shown }));
        } else {
          const expected = expectedOf(iss.message) ?? "another type";
          out.push(
            found === undefined
              ? issue("missing-field", path, { key: String(rel.at(-1) ?? "") })
              : issue("wrong-type", path, { expected, found: shown }),
          );
        }
        break;
      }
      case "invalid_type": {
        if (found === undefined) {
          out.push(issue("missing-field", path, { key: String(rel.at(-1) ?? "") }));
        } else {
          const expected = expectedOf(iss.message) ?? EXPECTED[iss.expected as Expected];
          out.push(issue("wrong-type", path, { expected, found: shown }));
        }
        break;
      }
      case "invalid_format": {
        const what = iss.message.slice("expect:".length);
        const accepted =
          (what === "money" || what === "money-item") && typeof found === "string"
            ? moneySpelling(found)
            : null;
        if (accepted !== null) out.push(issue("money-spelling", path, { found: shown, accepted }));
        else if (what === "currency") out.push(issue("currency-format", path, { found: shown }));
        else if (what === "id") out.push(issue("bad-id", path, { found: shown }));
        else
          out.push(
            issue("bad-quantity", path, {
              expected: expectedOf(iss.message) ?? what,
              found: shown,
            }),
          );
        break;
      }
      case "invalid_value":
        out.push(issue("bad-value", path, { options: iss.values.map(String), found: shown }));
        break;
      case "too_small":
      case "too_big": {
        const key = String(rel.at(-1) ?? "");
        if (Array.isArray(found)) {
          const expected =
            PARAMS[key] ??
            `${iss.code === "too_small" ? "at least" : "at most"} ${String(iss.code === "too_small" ? iss.minimum : iss.maximum)} items`;
          out.push(issue("list-length", path, { expected, found: found.length }));
        } else {
          out.push(issue("wrong-type", path, { expected: "a non-empty string", found: shown }));
        }
        break;
      }
      case "invalid_key": {
        // A bad key of fx or inflation: the inner issue names the expected form.
        const key = String(rel.at(-1) ?? "");
        for (const inner of iss.issues) {
          const what = inner.message.slice("expect:".length);
          out.push(
            what === "currency"
              ? issue("currency-format", path, { found: JSON.stringify(key) }, { atKey: true })
              : issue(
                  "bad-quantity",
                  path,
                  { expected: expectedOf(inner.message) ?? what, found: JSON.stringify(key) },
                  { atKey: true },
                ),
          );
        }
        break;
      }
      default:
        out.push(issue("wrong-type", path, { expected: "something else", found: shown }));
    }
  }
  return out;
}
