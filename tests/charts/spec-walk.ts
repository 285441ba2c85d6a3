// Helpers that look inside generated specs as plain JSON.
import type { TopLevelSpec } from "vega-lite";

/** A view with a mark, as the tests read it. */
export interface Unit {
  readonly mark: string | { readonly type: string; readonly [k: string]: unknown };
  readonly data?: { readonly values: readonly Record<string, unknown>[] };
  readonly encoding?: Record<string, Record<string, unknown> | undefined>;
  readonly transform?: readonly unknown[];
}

/** The mark type of a unit. */
export function markType(unit: Unit): string {
  return typeof unit.mark === "string" ? unit.mark : unit.mark.type;
}

/** Every unit (view with a mark) anywhere in the spec, depth first. */
export function units(spec: TopLevelSpec): Unit[] {
  const found: Unit[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (typeof node === "object" && node !== null) {
      if ("mark" in node) found.push(node as Unit);
      for (const [key, value] of Object.entries(node))
        if (key === "layer" || key === "vconcat") walk(value);
    }
  };
  walk(spec);
  return found;
}

/** The data values a unit draws: its own, or those of the nearest enclosing view. */
export function unitValues(spec: TopLevelSpec, unit: Unit): readonly Record<string, unknown>[] {
  let result: readonly Record<string, unknown>[] = [];
  const walk = (node: unknown, inherited: readonly Record<string, unknown>[]): void => {
    if (Array.isArray(node)) {
      node.forEach((n) => {
        walk(n, inherited);
      });
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const own = (node as Unit).data?.values ?? inherited;
    if (node === unit) result = own;
    for (const [key, value] of Object.entries(node))
      if (key === "layer" || key === "vconcat") walk(value, own);
  };
  walk(spec, []);
  return result;
}

/** The spec as plain JSON, for reading fields the Vega-Lite types make awkward. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read deep, untyped JSON paths
export function json(spec: TopLevelSpec): Record<string, any> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  return JSON.parse(JSON.stringify(spec)) as Record<string, any>;
}
