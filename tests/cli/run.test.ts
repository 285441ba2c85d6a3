import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const CHECK = "tests/cli/fixtures/published-check.yaml";
const FLAGSHIP = "scenarios/poland-2025-09-10.yaml";

describe("cxr run", () => {
  it("prints the JSON contract of cli.md", async () => {
    const r = await cli(["run", CHECK, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual([
      "cxr",
      "title",
      "currency",
      "priceYear",
      "mode",
      "trials",
      "seed",
      "variant",
      "overrides",
      "sources",
      "rows",
    ]);
    expect(doc).toMatchObject({
      cxr: "1",
      currency: "USD",
      priceYear: 2025,
      mode: "deterministic",
      trials: null,
      seed: null,
      variant: null,
      overrides: [],
    });
    expect(Object.keys(doc.rows[0])).toEqual([
      "swarmSize",
      "attackerCost",
      "defenderCost",
      "defenderCostFull",
      "kills",
      "leakers",
      "damage",
      "damageAverted",
      "disruption",
      "cer",
      "cerFull",
      "netCer",
      "costPerKill",
      "cerPerKill",
      "layers",
      "bands",
    ]);
  });

  it("gets the published magazine-limited check through the whole pipeline", async () => {
    // e = min(24, floor(48/2)) = 24 engaged, P(kill) = 1 − 0.3² = 0.91:
    // kills 21.84, leakers 2.16; cost 48 × 4.3M = 206.4M; per kill
    // 206.4M / 21.84 = 9.4505M; cerPerKill = 9.4505M / 1.5M = 6.30;
    // cer = 206.4M / 36M = 5.7333.
    const r = await cli(["run", CHECK, "--format", "json"]);
    const row = JSON.parse(r.stdout).rows[0];
    expect(row.leakers).toBeCloseTo(2.16, 10);
    expect(row.costPerKill / 1e6).toBeCloseTo(9.4505, 4);
    expect(row.cerPerKill).toBeCloseTo(6.3004, 4);
    expect(row.cer).toBeCloseTo(5.7333, 4);
    expect(row.layers).toEqual([
      { id: "sam", name: "sam", shots: 48, kills: expect.closeTo(21.84, 10), cost: 206.4e6 },
    ]);
  });

  it("applies --set by id and by index, and --sizes", async () => {
    // pk 0.9 → P(kill) = 1 − 0.01 = 0.99 → 24 × 0.01 = 0.24 leakers;
    // the magazine 10 → floor(10/2) = 5 engaged at P(kill) 0.91 → 4.55 kills,
    // 19.45 leakers.
    const byId = await cli([
      "run",
      CHECK,
      "--format",
      "json",
      "--set",
      "defense.layers.sam.pk=90%",
    ]);
    expect(JSON.parse(byId.stdout).rows[0].leakers).toBeCloseTo(0.24, 10);
    const byIndex = await cli([
      "run",
      CHECK,
      "--format",
      "json",
      "--set",
      "defense.layers.0.magazine=10",
    ]);
    expect(JSON.parse(byIndex.stdout).rows[0].leakers).toBeCloseTo(19.45, 10);
    const sizes = await cli(["run", CHECK, "--format", "json", "--sizes", "1,10,100"]);
    expect(JSON.parse(sizes.stdout).rows.map((x: { swarmSize: number }) => x.swarmSize)).toEqual([
      1, 10, 100,
    ]);
  });

  it("prints CSV with a row per swarm size and per-layer columns", async () => {
    const r = await cli(["run", CHECK, "--format", "csv", "--sizes", "1,24"]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("swarmSize,attackerCost,defenderCost");
    expect(lines[0]).toContain("sam.shots,sam.kills,sam.cost");
    expect(lines[2]!.split(",")[0]).toBe("24");
  });

  it("prints a readable table on a terminal", async () => {
    const r = await cli(["run", FLAGSHIP], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("base values (no uncertainty) · EUR, 2025 prices");
    expect(r.stdout).toMatch(/\d{1,3}(,\d{3})+/);
    expect(r.stdout).toContain("Per layer");
  });

  it("exits 1 with file:line and path for a bad scenario, without a stack trace", async () => {
    const r = await cli(["run", "tests/cli/fixtures/broken.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("tests/cli/fixtures/broken.yaml:14:");
    expect(r.stderr).toContain("defense.layers[0].pk");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("exits 1 when the file does not exist, and 2 for a bad command line", async () => {
    const missing = await cli(["run", "no-such-file.yaml"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no-such-file.yaml");
    expect((await cli(["run"])).code).toBe(2);
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli(["run", CHECK, "--format", "xml"])).code).toBe(2);
    expect((await cli(["run", CHECK, "--trials", "-3"])).code).toBe(2);
  });

  it("rejects an override of a path that does not exist", async () => {
    const r = await cli(["run", CHECK, "--set", "defense.layers.nope.pk=0.5"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nope");
  });
});
