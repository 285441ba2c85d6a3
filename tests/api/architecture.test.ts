// The folders of src/ depend one way (TEAM.md, docs): a folder may import
// its own tier or the tiers below, never one above, and no two folders may
// import each other, directly or round a longer loop.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, dirname, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve("src");

/** Tier of each folder: 0 is the top (the command line and the library entry). */
const TIER: Readonly<Record<string, number>> = {
  "index.ts": 0,
  api: 0,
  cli: 0,
  explore: 1,
  report: 1,
  briefing: 1,
  render: 1,
  charts: 1,
  results: 1,
  analysis: 2,
  campaign: 2,
  engine: 3,
  sim: 3,
  scenario: 4,
  catalog: 4,
  distributions: 5,
  random: 5,
  model: 6,
  types: 6,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The folder of src/ a file belongs to (`index.ts` for src/index.ts itself). */
function folderOf(path: string): string {
  return relative(SRC, path).split(sep)[0]!;
}

/** Every relative import of a file, static or dynamic, as the folder it lands in. */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/\bfrom\s+"(\.[^"]+)"/g),
    ...text.matchAll(/\bimport\(\s*"(\.[^"]+)"\s*\)/g),
    ...text.matchAll(/^\s*import\s+"(\.[^"]+)"/gm),
  ].map((m) => m[1]!);
  return specs.map((s) => folderOf(resolve(dirname(file), s)));
}

const EDGES = new Map<string, Set<string>>();
const VIOLATIONS: string[] = [];
for (const file of files(SRC)) {
  const from = folderOf(file);
  for (const to of importedFolders(file)) {
    if (to === from) continue;
    if (!EDGES.has(from)) EDGES.set(from, new Set());
    EDGES.get(from)!.add(to);
    const a = TIER[from];
    const b = TIER[to];
    if (a === undefined || b === undefined) VIOLATIONS.push(`${from} or ${to} has no tier`);
    else if (b < a) VIOLATIONS.push(`${relative(SRC, file)} imports ${to} (a folder above it)`);
  }
}

/** One folder cycle, or null: depth-first search with a colour per folder. */
function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, "open");
    stack.push(n);
    for (const m of edges.get(n) ?? []) {
      if (state.get(m) === "open") return [...stack.slice(stack.indexOf(m)), m];
      if (state.get(m) === undefined) {
        const found = visit(m);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(n, "done");
    return null;
  };
  for (const n of edges.keys()) {
    if (state.get(n) !== undefined) continue;
    const found = visit(n);
    if (found) return found;
  }
  return null;
}

describe("the folders of src/ depend one way", () => {
  it("never imports a folder above", () => {
    expect(VIOLATIONS).toEqual([]);
  });

  it("has no folder cycle", () => {
    expect(findCycle(EDGES)).toBeNull();
  });

  it("finds a cycle and an upward import when there is one (the check can fail)", () => {
    const loop = new Map([
      ["analysis", new Set(["results"])],
      ["results", new Set(["analysis"])],
    ]);
    expect(findCycle(loop)).toEqual(["analysis", "results", "analysis"]);
    expect(TIER["analysis"]! > TIER["results"]!).toBe(true);
  });
});
