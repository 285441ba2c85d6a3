// Golden-file comparison for SVG, Observable Plot style: long floats are
// rounded and generated ids renumbered before comparing, so harmless noise
// does not fail the test; on a mismatch the new output is written next to the
// golden file as `<name>-changed.svg` for review.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/**
 * Rounds numbers with 4 or more decimals to 2, renumbers `id`s in order of
 * appearance, and puts each tag on its own line so `git diff` is readable.
 */
export function normalizeSvg(svg: string): string {
  const rounded = svg.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
  const ids = new Map<string, string>();
  for (const match of rounded.matchAll(/\sid="([^"]+)"/g)) {
    if (!ids.has(match[1]!)) ids.set(match[1]!, `id${ids.size + 1}`);
  }
  const renumbered = rounded.replace(
    /(\sid="|url\(#|href="#)([^")]+)/g,
    (whole, prefix: string, id: string) => {
      const renamed = ids.get(id);
      return renamed === undefined ? whole : `${prefix}${renamed}`;
    },
  );
  return `${renumbered.replace(/></g, ">\n<")}\n`;
}

/** Compares `svg` (normalised) with `tests/render/__snapshots__/<name>.svg`. */
export async function expectSvgGolden(svg: string, name: string): Promise<void> {
  const golden = fileURLToPath(new URL(`./__snapshots__/${name}.svg`, import.meta.url));
  const changed = fileURLToPath(new URL(`./__snapshots__/${name}-changed.svg`, import.meta.url));
  const normalized = normalizeSvg(svg);
  try {
    await expect(normalized).toMatchFileSnapshot(golden);
  } catch (error) {
    writeFileSync(changed, normalized);
    throw error;
  }
  if (existsSync(changed)) rmSync(changed);
}
