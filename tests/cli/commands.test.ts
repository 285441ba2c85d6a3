import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

describe("cxr validate", () => {
  it("accepts every shipped scenario", async () => {
    const files = readdirSync("scenarios")
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => join("scenarios", f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    const r = await cli(["validate", ...files]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(files.length);
  });

  it("reports every problem of a broken file and exits 1", async () => {
    const r = await cli([
      "validate",
      "tests/cli/fixtures/published-check.yaml",
      "tests/cli/fixtures/broken.yaml",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("ok  tests/cli/fixtures/published-check.yaml");
    expect(r.stderr).toContain("broken.yaml:14:");
    expect(r.stderr).toContain("1 of 2 file(s) have problems");
  });
});

describe("cxr init", () => {
  it("writes a starter that validates, and never overwrites without --force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxr-init-"));
    const file = join(dir, "mine.yaml");
    expect((await cli(["init", file])).code).toBe(0);
    expect((await cli(["validate", file])).code).toBe(0);
    writeFileSync(file, "keep me");
    const again = await cli(["init", file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect((await cli(["init", file, "--force"])).code).toBe(0);
    expect(readFileSync(file, "utf8")).not.toBe("keep me");
  });
});

describe("cxr schema, --help, --version", () => {
  it("prints the JSON Schema that the repository carries", async () => {
    const r = await cli(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(readFileSync("schema/scenario.schema.json", "utf8")),
    );
  });

  it("lists every command in --help and prints the version", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    for (const c of ["run", "validate", "init", "schema", "catalog"])
      expect(help.stdout).toContain(c);
    const version = await cli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});

describe("cxr catalog", () => {
  it("lists entries, filters by kind as JSON, and shows one", async () => {
    const table = await cli(["catalog"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("pac3-mse");
    const lasers = JSON.parse((await cli(["catalog", "--kind", "laser", "--json"])).stdout);
    expect(lasers.length).toBeGreaterThan(0);
    for (const e of lasers) {
      expect(e.kind).toBe("laser");
      expect(Object.keys(e.cost)).toEqual([
        "low",
        "likely",
        "high",
        "currency",
        "year",
        "basis",
        "measure",
        "sourced",
      ]);
    }
    const show = await cli(["catalog", "show", "pac3-mse"]);
    expect(show.stdout).toContain("Patriot");
  });

  it("names the nearest ids for an unknown entry or kind", async () => {
    const r = await cli(["catalog", "show", "pac3"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("pac3-mse");
    expect((await cli(["catalog", "--kind", "rayguns"])).code).toBe(1);
  });
});
