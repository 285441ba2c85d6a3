import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The global setup compiled dist/: the CLI bundle, its loader and its code
// cache (src/cli/bundle-script.ts, scripts/build-cli.ts).
const BIN = "dist/cli/bin.js";
const BUNDLE = "dist/cli/cli.cjs";
const out = mkdtempSync(join(tmpdir(), "cxr-code-cache-"));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe("the CLI bundle's code cache", () => {
  it("is accepted by the Node that built it, in a fresh process", () => {
    // A rejected cache still runs, only slower: nothing else would notice.
    const probe = `
      import { resolve } from "node:path";
      import { compileBundle, readCache } from "./dist/src/cli/bundle-script.js";
      const file = resolve(${JSON.stringify(BUNDLE)});
      process.stdout.write(String(compileBundle(file, readCache(file)).cacheRejected));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe], {
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("false");
  });

  it("is left out of nothing the bundle needs: no import() of its own", () => {
    // A script compiled by vm cannot run import() on Node 20 without a flag;
    // vega and vega-lite come through the loader's (vegaThroughLoader).
    const text = readFileSync(BUNDLE, "utf8");
    expect(text).toContain('__cxrImport("vega")');
    expect(text.match(/[^.\w$]import\(/g) ?? []).toEqual([]);
  });

  it("renders a chart through the loader's import of vega, with nothing on stderr", () => {
    const png = join(out, "cer.png");
    const r = spawnSync(
      process.execPath,
      [BIN, "chart", "scenarios/red-sea-2024.yaml", "--type", "cer", "--out", png],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
  });
});
