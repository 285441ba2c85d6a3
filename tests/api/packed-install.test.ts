// The package as users get it: `npm pack`, the tarball unpacked into an
// empty project's node_modules/cxr (offline: its dependencies are links to
// this clone's node_modules, as an install would resolve them), then a
// script there that imports "cxr" by name — so a missing `exports` entry,
// a file left out of `files`, or types that do not resolve fail here. Uses
// dist/ (npm run build).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(".");
const dir = mkdtempSync(join(tmpdir(), "cxr-pack-"));
const app = join(dir, "app");
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SCRIPT = `
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadScenario, run, compare, chartSpec, renderChart } from "cxr";

const file = createRequire(import.meta.url).resolve("cxr/package.json").replace(/package\\.json$/, "scenarios/poland-2025-09-10.yaml");
const poland = loadScenario(readFileSync(file, "utf8"), { file, sizes: [19] });
const det = await run(poland);
const mc = await run(poland, { trials: 1024, seed: 5, workers: 2 });
const one = await run(poland, { trials: 1024, seed: 5, workers: 1 });
const cases = await compare(poland);
const svg = await renderChart(chartSpec("cer", det), "svg");
console.log(JSON.stringify({
  cer: det.rows[0].cer,
  sources: det.sources.length,
  sameBands: JSON.stringify(mc.rows) === JSON.stringify(one.rows),
  cases: cases.cases.length,
  svg: String(svg).startsWith("<svg"),
}));
`;

const TYPED = `
import { loadScenario, run, type RunDocument } from "cxr";
const doc: RunDocument = await run(loadScenario("title: t"));
const cer: number | null | undefined = doc.rows[0]?.cer;
export { cer };
`;

beforeAll(() => {
  mkdirSync(join(app, "node_modules", "cxr"), { recursive: true });
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dir], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const tgz = join(dir, out.trim().split("\n").at(-1)!);
  execFileSync("tar", [
    "-xzf",
    tgz,
    "-C",
    join(app, "node_modules", "cxr"),
    "--strip-components=1",
  ]);
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
    dependencies: Record<string, string>;
  };
  for (const dep of Object.keys(pkg.dependencies)) {
    const link = join(app, "node_modules", dep);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, "node_modules", dep), link, "dir");
  }
  writeFileSync(
    join(app, "package.json"),
    '{ "name": "app", "private": true, "type": "module" }\n',
  );
  writeFileSync(join(app, "main.mjs"), SCRIPT);
  writeFileSync(join(app, "typed.ts"), TYPED);
}, 120_000);

describe("the packed package, installed into an empty project", () => {
  it("runs the API through import 'cxr': ref: resolved, workers shipped, fonts found", () => {
    const out = execFileSync(process.execPath, ["main.mjs"], { cwd: app, encoding: "utf8" });
    const r = JSON.parse(out) as Record<string, unknown>;
    // Poland has the base and four variants (scenarios/poland-2025-09-10.yaml, variants:).
    expect(r).toMatchObject({ sameBands: true, cases: 5, svg: true });
    expect(r["sources"]).toBeGreaterThan(0);
    expect(r["cer"]).toBeGreaterThan(1);
  });

  it("ships the cxr executable with its code cache, accepted where it is installed", () => {
    const cli = join(app, "node_modules", "cxr", "dist", "cli");
    const scenario = join(app, "node_modules", "cxr", "scenarios", "poland-2025-09-10.yaml");
    const cxr = (...args: string[]): string =>
      execFileSync(process.execPath, [join(cli, "bin.js"), ...args], {
        cwd: app,
        encoding: "utf8",
      });
    expect(cxr("validate", scenario)).toMatch(/^ok /);
    // Poland at 19 drones, as in the library run above.
    const doc = JSON.parse(cxr("run", scenario, "--sizes", "19", "--format", "json")) as {
      rows: { cer: number }[];
    };
    expect(doc.rows[0]!.cer).toBeGreaterThan(1);
    // V8 checks a cache against the source, not its path: the one built in
    // this clone must serve the installed copy too.
    const probe = `import { compileBundle, readCache } from "./node_modules/cxr/dist/src/cli/bundle-script.js";
      const file = ${JSON.stringify(join(cli, "cli.cjs"))};
      process.stdout.write(String(compileBundle(file, readCache(file)).cacheRejected));`;
    const rejected = execFileSync(process.execPath, ["--input-type=module", "-e", probe], {
      cwd: app,
      encoding: "utf8",
    });
    expect(rejected).toBe("false");
  });

  it("type-checks a TypeScript user of 'cxr' against the shipped declarations", () => {
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const args = ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution"];
    const options = [...args, "nodenext", "--target", "es2022", "--skipLibCheck", "typed.ts"];
    expect(() => execFileSync(process.execPath, [tsc, ...options], { cwd: app })).not.toThrow();
  });
});
