/**
 * Variants (docs/scenario-format.md "Variants"): named sets of overrides on the
 * base scenario, in the file itself. Applying one writes its values into
 * the raw document and records where each came from, so a problem inside a
 * variant's value points at its line in the variant.
 */
import type { Overlay } from "./locate.js";
import { issue } from "./messages.js";
import { resolvePath, writeAt } from "./overrides.js";
import type { Issue } from "./problem.js";
import { variantSchema } from "./schema.js";
import { nodeAt, type YamlSource } from "./yaml-source.js";

/** A variant's name and description, as `cxr compare` lists them. */
export interface VariantInfo {
  name: string;
  description: string;
}

export interface RawVariant extends VariantInfo {
  /** Position in the file's `variants` list. */
  readonly index: number;
  readonly set: Readonly<Record<string, unknown>>;
}

/** The well-formed variants of a raw document (zod reports the others); duplicate names are issues. */
export function readVariants(raw: unknown, issues: Issue[]): RawVariant[] {
  const list = (raw as { variants?: unknown }).variants;
  if (!Array.isArray(list)) return [];
  const out: RawVariant[] = [];
  list.forEach((item: unknown, index) => {
    const v = variantSchema.safeParse(item);
    if (!v.success) return;
    if (out.some((o) => o.name === v.data.name)) {
      issues.push(issue("duplicate-variant", ["variants", index, "name"], { name: v.data.name }));
      return;
    }
    out.push({ index, name: v.data.name, description: v.data.description ?? "", set: v.data.set });
  });
  return out;
}

/**
 * Writes a variant's overrides into `doc` (paths resolved against the base).
 * A path that does not resolve is a "set-path" issue at the variant's key.
 * Returns the overlays its values came from.
 */
export function applyVariant(
  doc: unknown,
  v: RawVariant,
  source: YamlSource,
  issues: Issue[],
): Overlay[] {
  const overlays: Overlay[] = [];
  for (const [key, value] of Object.entries(v.set)) {
    const at = ["variants", v.index, "set", key];
    const r = resolvePath(doc, key);
    if (!r.ok) {
      issues.push({ ...r.issue(at), atKey: true });
      continue;
    }
    writeAt(doc, r.path, structuredClone(value));
    overlays.push({ path: r.path, source, node: nodeAt(source.root, at, false).node });
  }
  return overlays;
}
