import type { Provenance } from "../model/index.js";

/**
 * What a chart or report says about how its run differs from the scenario
 * file as written: the variant's name, then every `--set` override in order
 * (`defense.layers.sam.pk = 70%`). Empty for the base case. Every chart names
 * these in its subtitle and footnote, and the report in its header, so a
 * tweaked number never passes for the base case (docs/scenario-format.md,
 * variants and overrides).
 *
 * @example
 * provenanceItems({ variant: "Cheap interceptors", overrides: [{ path: "defense.layers.sam.pk", value: "70%" }] });
 * // ["Variant: Cheap interceptors", "Override: defense.layers.sam.pk = 70%"]
 */
export function provenanceItems(provenance: Provenance): string[] {
  const items: string[] = [];
  if (provenance.variant !== null) items.push(`Variant: ${provenance.variant}`);
  const label = provenance.overrides.length === 1 ? "Override" : "Overrides";
  provenance.overrides.forEach((o, i) => {
    items.push(`${i === 0 ? `${label}: ` : ""}${o.path} = ${o.value}`);
  });
  return items;
}

/**
 * {@link provenanceItems} as one line (`" · "` after the variant, `"; "`
 * between overrides), or null for the base case.
 *
 * @example
 * provenanceText({ variant: "Cheap", overrides: [{ path: "a.b", value: "3" }] }); // "Variant: Cheap · Override: a.b = 3"
 */
export function provenanceText(provenance: Provenance): string | null {
  const items = provenanceItems(provenance);
  if (items.length === 0) return null;
  const [first, ...rest] = provenance.variant === null ? ["", ...items] : items;
  const overrides = rest.join("; ");
  return first === "" ? overrides : overrides === "" ? first! : `${first!} · ${overrides}`;
}
