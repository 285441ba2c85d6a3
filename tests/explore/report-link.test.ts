import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";

describe("cxr report and the explorer", () => {
  it("writes the explorer beside the report, with the report's overrides, and links it", async () => {
    const out = await mkdtemp(join(tmpdir(), "cxr-report-explorer-"));
    const r = await cli([
      "report",
      "scenarios/red-sea-2024.yaml",
      "--out",
      out,
      "--set",
      "defense.layers.sm-2.magazine=6",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const index = await readFile(join(out, "index.html"), "utf8");
    expect(index).toContain('<a href="explorer.html">Explore the assumptions</a>');
    const page = await readFile(join(out, "explorer.html"), "utf8");
    // The page opens with the report's override (in its JSON data block).
    expect(page).toContain('"overrides":[{"path":"defense.layers.sm-2.magazine","value":"6"}]');
  }, 120_000);
});
