import { describe, expect, it, vi } from "vitest";
import { drone, layer } from "../engine/fixtures.js";
import { cli } from "../cli/run-cli.js";
import { campaignScenario } from "./fixtures.js";

// The loader reads no campaign: block yet: the command gets this scenario instead of a file's.
const loaded = vi.hoisted(() => ({ campaign: true }));
vi.mock("../../src/cli/scenario-file.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/cli/scenario-file.js")>();
  return {
    ...original,
    loadScenarioFile: async (file: string, flags: object) => {
      const real = await original.loadScenarioFile(file, flags);
      if (!loaded.campaign) return real;
      // Stock 30, reserve 5, capacity 10, pk 0.5, 20 drones a night: dry on night 3 and the
      // 80 % hold broken on night 3 (deterministic.test.ts). Sustainable raid: a night holds
      // with shots ≥ 0.4 R; R = 5 fires 25 free shots in 5 nights, R = 6 runs out on night 5.
      const s = campaignScenario(
        [drone({ id: "shahed", cost: 20_000, share: 1 })],
        [layer({ id: "sam", costPerShot: 1e6, pk: 0.5, capacityShots: 10 })],
        {
          nights: 5,
          raid: 20,
          defender: [{ id: "sam", stock: 30, reserve: 5 }],
          holdLeakRate: 0.8,
        },
      );
      return { ...real, scenario: { ...s, title: real.scenario.title } };
    },
  };
});

const FILE = "tests/cli/fixtures/published-check.yaml";

describe("cxr campaign", () => {
  it("prints a table of the nights and the summary in words", async () => {
    const r = await cli(["campaign", FILE, "--format", "table"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[1]).toContain("Campaign of 5 nights");
    // Night 3: 17.5 of 20 leak (87.5 %), 5 shots × 1 M; the stock ends at 5.
    expect(lines.find((l) => l.trimStart().startsWith("3 "))).toMatch(
      /^\s*3\s+20\s+20\s+17\.5\s+87\.5 %\s+5,000,000\s+400,000\s+12\.5\s+5$/,
    );
    expect(r.stdout).toContain("The sam stock runs dry on night 3.");
    expect(r.stdout).toContain("The strike leak rate first exceeds 80 % on night 3.");
    expect(r.stdout).toContain("The defence holds an 80 % strike leak rate up to 5 drones a night");
  });

  it("writes JSON with the run header, the nights and the summary", async () => {
    const r = await cli(["campaign", FILE, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const run = JSON.parse((await cli(["run", FILE, "--format", "json"])).stdout);
    const header = Object.keys(run).filter((key) => key !== "rows");
    expect(Object.keys(doc)).toEqual([...header, "nights", "summary"]);
    expect(doc.mode).toBe("deterministic");
    expect(doc.nights).toHaveLength(5);
    expect(doc.nights[2].layers[0]).toEqual({
      id: "sam",
      shots: 5,
      kills: 2.5,
      cost: 5e6,
      stockEnd: 5,
    });
    expect(doc.summary).toMatchObject({
      layers: [{ id: "sam", dryNight: 3 }],
      firstBreachNight: 3,
      sustainableRaid: 5,
    });
  });

  it("writes CSV, one row per night", async () => {
    const r = await cli(["campaign", FILE, "--format", "csv"]);
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout.trimEnd().split("\n");
    expect(head!.split(",")).toContain("sam.stockEnd");
    expect(rows).toHaveLength(5);
    const cols = head!.split(",");
    const night3 = rows[2]!.split(",");
    expect(night3[cols.indexOf("strikeLeakRate")]).toBe("0.875");
    expect(night3[cols.indexOf("shahed.stockEnd")]).toBe("");
  });

  it("runs Monte Carlo with --trials: bands in JSON, the p5–p95 strike leak band in the table", async () => {
    const r = await cli(["campaign", FILE, "--trials", "300", "--seed", "2", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ mode: "monte-carlo", trials: 300, seed: 2 });
    // Nights 4 and 5 have no free shots left in any trial: all 20 drones leak.
    expect(doc.nights[4].bands.leakers).toEqual({ p5: 20, p50: 20, p95: 20 });
    expect(doc.summary.layers[0].dryNightBand.p95).toBeLessThanOrEqual(6);
    const table = await cli(["campaign", FILE, "--trials", "300", "--format", "table"]);
    expect(table.stdout).toContain("strike leak (p5–p95)");
    expect(table.stdout).toContain("Monte Carlo, 300 trials, seed 1: means");
  });

  it("exits 1 with a clear message for a scenario without a campaign block", async () => {
    loaded.campaign = false;
    try {
      const r = await cli(["campaign", FILE]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("no campaign: block");
      expect(r.stdout).toBe("");
    } finally {
      loaded.campaign = true;
    }
  });
});
