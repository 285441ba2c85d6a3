// The README's "Library API" section names the functions the package
// exports, and only those: each `name(` in the section is a function the
// library exports under that name and declares in its types, and every
// function it exports is named there. Uses dist/.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as cxr from "../../dist/lib/index.js";

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const text = section(readFileSync("README.md", "utf8"), "Library API");
/** `run(scenario, …)` in a table cell or code: the names called in the section's backticks. */
const named = new Set([...text.matchAll(/`([a-z][A-Za-z]*)\(/g)].map((m) => m[1]!));
const exported = Object.entries(cxr)
  .filter(([name, value]) => typeof value === "function" && !/^[A-Z]/.test(name))
  .map(([name]) => name);
const types = readFileSync("dist/src/api/index.d.ts", "utf8");

describe("README: Library API", () => {
  it("names at least the calls of the issue", () => {
    for (const f of ["loadScenario", "run", "campaign", "sweep", "compare", "tornado", "breakEven"])
      expect(named).toContain(f);
    for (const f of ["chartSpec", "renderChart"]) expect(named).toContain(f);
  });

  it("every function it names is exported, and declared in the types", () => {
    for (const name of named) {
      expect(typeof (cxr as Record<string, unknown>)[name], name).toBe("function");
      expect(types, name).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it("every function the package exports is named there", () => {
    expect(exported.filter((name) => !named.has(name))).toEqual([]);
  });
});
