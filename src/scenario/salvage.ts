import type { z } from "zod";
import { type Issue, type RawPath, isPrefix } from "./problem.js";

/**
 * The part of a mapping that fits an object schema, key by key: keys whose
 * value fails (zod has already reported them) or that the schema lacks are
 * dropped, so the rest can still be normalized and its own mistakes
 * reported in the same run. Null if even the remainder does not fit (a
 * required key is bad).
 */
export function salvage<S extends z.ZodObject>(
  schema: S,
  value: unknown,
): { data: z.infer<S>; dropped: string[] } | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    // Own keys only: a key named `constructor` or `toString` must not find Object's.
    const shape = schema.shape as Record<string, z.ZodType | undefined>;
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (field?.safeParse(v).success === true) kept[key] = v;
    else dropped.push(key);
  }
  const parsed = schema.safeParse(kept);
  return parsed.success ? { data: parsed.data, dropped } : null;
}

/** Drops issues about keys `salvage` removed (zod reported those already). */
export function withoutDropped(
  issues: Issue[],
  from: number,
  path: RawPath,
  dropped: readonly string[],
): void {
  if (dropped.length === 0) return;
  const keep = issues.slice(from).filter((iss) => {
    const key = iss.path[path.length];
    return !(isPrefix(path, iss.path) && typeof key === "string" && dropped.includes(key));
  });
  issues.length = from;
  for (const iss of keep) issues.push(iss);
}
