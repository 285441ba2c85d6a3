import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const FLAGSHIP = "scenarios/poland-2025-09-10.yaml";

describe("cxr chart", () => {
  it("writes each format, inferred from --out, with the right file signature", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxr-chart-"));
    const expectations: [string, (b: Buffer) => boolean][] = [
      ["cer.svg", (b) => b.toString("utf8", 0, 4) === "<svg"],
      ["cer.png", (b) => b.subarray(1, 4).toString() === "PNG"],
      ["cer.pdf", (b) => b.toString("utf8", 0, 5) === "%PDF-"],
      [
        "cer.vl.json",
        (b) => (JSON.parse(b.toString()) as { $schema: string }).$schema.includes("vega-lite"),
      ],
      ["cer.html", (b) => b.toString().startsWith("<!doctype html>")],
    ];
    for (const [name, check] of expectations) {
      const out = join(dir, name);
      const r = await cli(["chart", FLAGSHIP, "--type", "cer", "--out", out, "--focus", "19"]);
      expect(r.code, r.stderr).toBe(0);
      expect(check(readFileSync(out)), name).toBe(true);
    }
  });

  it("draws a heatmap over a swept input and rejects a malformed --x", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxr-heat-"));
    const out = join(dir, "heat.vl.json");
    const ok = await cli([
      "chart",
      FLAGSHIP,
      "--type",
      "heatmap",
      "--x",
      "defense.layers.f35-aim9x.costPerShot=10k..1M:log:5",
      "--out",
      out,
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    const spec = JSON.parse(readFileSync(out, "utf8"));
    // 5 swept values × 16 swarm sizes.
    expect(spec.vconcat[0].data.values).toHaveLength(5 * 16);
    const bad = await cli([
      "chart",
      FLAGSHIP,
      "--type",
      "heatmap",
      "--x",
      "defense.layers.f35-aim9x.costPerShot=cheap",
      "--out",
      out,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--x");
    expect((await cli(["chart", FLAGSHIP, "--type", "pie"])).code).toBe(2);
  });
});

describe("a scenario file over the size limit", () => {
  it("is refused before it is read, with exit 1", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "cxr-big-")), "big.yaml");
    writeFileSync(file, "title: big\n");
    truncateSync(file, 50 * 2 ** 20);
    const r = await cli(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("50.0 MiB");
    expect(r.stderr).toContain("limited to 5 MiB");
  });
});

describe("flags checked before any work", () => {
  it("refuses a bad --scale or --size, and a --format that contradicts --out, with exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxr-flags-"));
    expect(
      (await cli(["chart", FLAGSHIP, "--type", "cer", "--scale", "0", "--out", join(dir, "a.png")]))
        .code,
    ).toBe(2);
    expect(
      (
        await cli([
          "chart",
          FLAGSHIP,
          "--type",
          "cer",
          "--scale",
          "abc",
          "--out",
          join(dir, "a.png"),
        ])
      ).code,
    ).toBe(2);
    expect((await cli(["sensitivity", FLAGSHIP, "--size", "2.5"])).code).toBe(2);
    expect(
      (
        await cli([
          "chart",
          FLAGSHIP,
          "--type",
          "cer",
          "--format",
          "svg",
          "--out",
          join(dir, "a.png"),
        ])
      ).code,
    ).toBe(2);
  });

  it("takes the format from an upper-case extension too", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxr-case-")), "A.PNG");
    expect((await cli(["chart", FLAGSHIP, "--type", "cer", "--out", out])).code).toBe(0);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe("PNG");
  });

  it("refuses a Monte Carlo run whose bands would not fit in memory, with exit 1", async () => {
    // 6e7 trials × 16 sizes = 9.6e8 trial-sizes, under the 1e9 bound checked first.
    const r = await cli(["run", FLAGSHIP, "--trials", "60000000"]);
    expect(r.code).toBe(1);
    // The estimate is an upper bound of the run's peak memory (src/sim/memory.ts).
    expect(r.stderr).toContain("GiB of memory (at most 4 GiB)");
  });

  it("says where an output path runs into a file, with exit 1", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "cxr-notdir-")), "afile");
    writeFileSync(file, "x");
    const r = await cli(["chart", FLAGSHIP, "--type", "cer", "--out", join(file, "x.svg")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cannot write");
  });
});

describe("cxr chart --type tornado", () => {
  it("draws the one-at-a-time sensitivity at the focus size", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxr-tor-")), "t.vl.json");
    const r = await cli(["chart", FLAGSHIP, "--type", "tornado", "--focus", "19", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const spec = JSON.parse(readFileSync(out, "utf8"));
    expect(spec.title.text).toContain("at 19 drones");
  });
});
