import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The global setup compiled dist/; this runs the real executable.
const BIN = "dist/cli/bin.js";

describe("the built cxr binary", () => {
  it("runs the flagship scenario and prints JSON", () => {
    const r = spawnSync(
      process.execPath,
      [BIN, "run", "scenarios/poland-2025-09-10.yaml", "--format", "json"],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.title).toContain("Poland");
    expect(doc.rows.find((x: { swarmSize: number }) => x.swarmSize === 19)).toBeDefined();
  });

  it("exits 1 on a user mistake with no stack trace, and 2 on a bad flag", () => {
    const bad = spawnSync(process.execPath, [BIN, "run", "tests/cli/fixtures/broken.yaml"], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const flag = spawnSync(process.execPath, [BIN, "run", "--no-such-flag"], { encoding: "utf8" });
    expect(flag.status).toBe(2);
  });
});
