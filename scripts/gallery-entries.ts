// The shipped scenarios in the gallery, and the swarm size each one's titles speak of.
import { readFileSync } from "node:fs";
import { Catalog, catalogPath, parseCatalog } from "../src/catalog/index.js";
import type { GalleryEntry } from "../src/briefing/index.js";
import { loadScenario } from "../src/scenario/index.js";

export const GALLERY = [
  { name: "poland-2025-09-10", focusSize: 19 },
  { name: "ukraine-2025-09-07", focusSize: 810 },
  { name: "red-sea-2024", focusSize: 24 },
  { name: "laser-vs-swarm", focusSize: 100 },
  { name: "airport-closure", focusSize: 4 },
  { name: "ukraine-2025-campaign", focusSize: 170 },
  { name: "eastern-sentry-2025", focusSize: 1 },
] as const;

function shippedCatalog(): Catalog {
  const parsed = parseCatalog(readFileSync(catalogPath(), "utf8"));
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return parsed.catalog;
}

/** Loads every gallery scenario from `scenarios/`. */
export function galleryEntries(root = "."): GalleryEntry[] {
  const catalog = shippedCatalog();
  return GALLERY.map(({ name, focusSize }) => {
    const file = `${root}/scenarios/${name}.yaml`;
    const text = readFileSync(file, "utf8");
    const load = (variant?: string) => {
      const result = loadScenario(text, {
        file,
        catalog,
        ...(variant === undefined ? {} : { variant }),
      });
      if (!result.ok) throw new Error(`${file} does not load (variant ${variant ?? "base"})`);
      return result;
    };
    const base = load();
    const variants = base.variants.map((v) => ({ name: v.name, scenario: load(v.name).scenario }));
    return { name, scenario: base.scenario, variants, focusSize };
  });
}
