// `cxr chart --out`: the extension chooses the format when --format is not
// given, and an extension that names no format, or another one, is a usage
// error (exit 2) with nothing written (issue 11 item 6).
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";

const FLAGSHIP = "scenarios/poland-2025-09-10.yaml";

describe("cxr chart --out extension", () => {
  it("refuses --out x.jpg without --format (it used to write SVG bytes and exit 0)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxr-ext-")), "x.jpg");
    const r = await cli(["chart", FLAGSHIP, "--type", "cer", "--sizes", "1,19", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".jpg");
    expect(r.stderr).toContain(".png");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses --out x.jpg with --format png and --out x.svg with --format pdf", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxr-ext-"));
    for (const [file, format] of [
      ["x.jpg", "png"],
      ["x.svg", "pdf"],
    ] as const) {
      const out = join(dir, file);
      const r = await cli(["chart", FLAGSHIP, "--type", "cer", "--format", format, "--out", out]);
      expect(r.code, file).toBe(2);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("lets the extension choose: .pdf writes a PDF, .vl.json a spec", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxr-ext-"));
    const pdf = join(dir, "c.pdf");
    expect(
      (await cli(["chart", FLAGSHIP, "--type", "cost", "--sizes", "1,19", "--out", pdf])).code,
    ).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const spec = join(dir, "c.vl.json");
    expect(
      (await cli(["chart", FLAGSHIP, "--type", "cost", "--sizes", "1,19", "--out", spec])).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(spec, "utf8")).$schema).toContain("vega-lite");
  });
});
