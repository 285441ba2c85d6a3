import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("Ctrl-C during a long Monte Carlo run", () => {
  it("stops with status 130 and leaves no output file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxr-int-"));
    const out = join(dir, "pack");
    // Two million trials take far longer than the 1.5 s before the interrupt.
    const child = spawn(process.execPath, [
      "dist/cli/bin.js",
      "report",
      "scenarios/poland-2025-09-10.yaml",
      "--trials",
      "2000000",
      "--workers",
      "2",
      "--out",
      out,
    ]);
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("close", r));
    expect(code).toBe(130);
    expect(stderr).toContain("interrupted");
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  }, 30_000);
});
