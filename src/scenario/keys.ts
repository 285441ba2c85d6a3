/**
 * The keys a mapping may have at a path, read from the zod schema itself so
 * "unknown key" messages can list them without a second list to maintain.
 */
import type { z } from "zod";
import type { RawPath } from "./problem.js";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  items?: z.ZodType[];
}

const defOf = (s: z.ZodType): Def => s._zod.def;

/** Unwraps optional/default wrappers and picks the union branch that fits `value`. */
function resolve(schema: z.ZodType, value: unknown): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if ((def.type === "optional" || def.type === "default") && def.innerType) {
      s = def.innerType;
    } else if (def.type === "union" && def.options) {
      s = bestBranch(def.options, value) ?? s;
      if (defOf(s).type === "union") return s;
    } else {
      return s;
    }
  }
}

/** The object branch sharing most keys with `value` (discriminators count double). */
function bestBranch(options: readonly z.ZodType[], value: unknown): z.ZodType | undefined {
  const keys = value !== null && typeof value === "object" ? Object.keys(value) : [];
  let best: z.ZodType | undefined;
  let bestScore = -1;
  for (const o of options) {
    const shape = defOf(resolve(o, value)).shape;
    if (shape === undefined) continue;
    let score = 0;
    for (const k of keys) {
      if (!Object.hasOwn(shape, k)) continue;
      const lit = defOf(shape[k]!) as { type: string; values?: unknown[] };
      const v = (value as Record<string, unknown>)[k];
      score += lit.type === "literal" ? (lit.values?.includes(v) === true ? 2 : -2) : 1;
    }
    if (score > bestScore) [best, bestScore] = [o, score];
  }
  return best;
}

/**
 * The keys allowed in the mapping at `path` of `root` (parsed by `schema`).
 *
 * @example allowedKeys(scenarioFileSchema, raw, ["threat"]) // ["swarmSizes", "drones"]
 */
export function allowedKeys(schema: z.ZodType, root: unknown, path: RawPath): string[] {
  let s = schema;
  let value = root;
  for (const seg of path) {
    s = resolve(s, value);
    const def = defOf(s);
    value =
      value !== null && typeof value === "object"
        ? (value as Record<string | number, unknown>)[seg]
        : undefined;
    const next =
      def.shape?.[String(seg)] ??
      def.element ??
      def.valueType ??
      (typeof seg === "number" ? def.items?.[seg] : undefined);
    if (next === undefined) return [];
    s = next;
  }
  const shape = defOf(resolve(s, value)).shape;
  return shape === undefined ? [] : Object.keys(shape);
}
