import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";

// The real loader on a real file. Stock 30, reserve 5, capacity 10, pk 0.5, 20 drones a
// night: dry on night 3 and the 80 % hold broken on night 3 (deterministic.test.ts).
// Sustainable raid: a night holds with shots ≥ 0.4 R; R = 5 fires 25 free shots in 5
// nights, R = 6 runs out on night 5.
const FILE = "tests/campaign/fixtures/small-campaign.yaml";

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
    const r = await cli(["campaign", "tests/cli/fixtures/published-check.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no campaign: block");
    expect(r.stdout).toBe("");
  });
});

describe("--set on a campaign entry the file leaves out", () => {
  it("opens an attacker entry for a drone type of the scenario", async () => {
    const r = await cli([
      "campaign",
      FILE,
      "--format",
      "json",
      "--set",
      "campaign.attacker.shahed.stock=50",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // 50 in stock, 20 a night: 30 left after night 1, 10 after night 2, night 3 launches 10 of 20.
    expect(doc.nights.map((n: { launched: number }) => n.launched)).toEqual([20, 20, 10, 0, 0]);
    expect(doc.summary.drones).toEqual([{ id: "shahed", attackerDryNight: 3 }]);
    expect(doc.overrides).toEqual([{ path: "campaign.attacker.shahed.stock", value: "50" }]);
  });

  it("works on the shipped scenarios: a layer in the block, a layer left out, a block without defender", async () => {
    const poland = "scenarios/poland-2025-09-10.yaml";
    // The command: 120 AIM-9X with 116 held back leaves 4 shots, all fired on night 1.
    const f35 = await cli([
      "campaign",
      poland,
      "--format",
      "table",
      "--set",
      "campaign.defender.f35-aim9x.stock=120",
    ]);
    expect(f35.code).toBe(0);
    expect(f35.stdout).toContain("The F-35A pair with AIM-9X stock runs dry on night 1.");
    const support = await cli([
      "campaign",
      poland,
      "--format",
      "table",
      "--set",
      "campaign.defender.support.stock=120",
    ]);
    expect(support.code).toBe(0);
    expect(support.stdout).toContain("The AEW and tanker support stock");
    const sentry = await cli([
      "campaign",
      "scenarios/eastern-sentry-2025.yaml",
      "--format",
      "table",
      "--set",
      "campaign.defender.patrol.stock=20",
    ]);
    expect(sentry.code).toBe(0);
    expect(sentry.stdout).toContain("on combat air patrol (7 h) stock");
  });

  it("names the layers when the id is none of them", async () => {
    const r = await cli(["campaign", FILE, "--set", "campaign.defender.nasams.stock=5"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no "nasams" in campaign.defender; it has: sam');
    expect(r.stdout).toBe("");
  });
});

describe("cxr chart and cxr report on a campaign", () => {
  const dir = mkdtempSync(join(tmpdir(), "cxr-campaign-"));

  it("writes each campaign chart, PNG and SVG, with the dry and breach nights labelled", async () => {
    const png = join(dir, "stocks.png");
    const r = await cli(["chart", FILE, "--type", "stocks", "--format", "png", "--out", png]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // PNG signature: 0x89 "PNG".
    expect([...readFileSync(png).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const svg = join(dir, "leak.svg");
    const mc = ["--trials", "200", "--seed", "4", "--format", "svg", "--out", svg];
    expect((await cli(["chart", FILE, "--type", "leak-rate", ...mc])).code).toBe(0);
    const text = readFileSync(svg, "utf8");
    expect(text).toContain("Monte Carlo, 200 trials, seed 4");
    expect(text).toContain("(median)");
    const cost = join(dir, "cost.vl.json");
    const c = await cli([
      "chart",
      FILE,
      "--type",
      "campaign-cost",
      "--out",
      cost,
      "--set",
      "campaign.defender.sam.reserve=4",
    ]);
    expect(c.code).toBe(0);
    const spec = readFileSync(cost, "utf8");
    // Reserve 4: the 26 free shots last 10 + 10 + 6, so the stock is down to 4 after night 3.
    expect(spec).toContain("sam dry, night 3");
    // 80 % hold: night 3 fires 6 shots at 20 drones, 3 kills, 17 of 20 leak (85 %).
    expect(spec).toContain("Strike leak rate above 80%, night 3");
    expect(spec).toContain("campaign.defender.sam.reserve = 4");
  });

  it("gives the report a campaign section: the summary in words, the charts, the nights", async () => {
    const out = join(dir, "briefing");
    const r = await cli(["report", FILE, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const page = readFileSync(join(out, "index.html"), "utf8");
    expect(page).toContain('<section id="campaign">');
    expect(page).toContain("The sam stock runs dry on night 3.");
    for (const stem of ["stocks", "leak-rate", "campaign-cost"]) {
      expect(existsSync(join(out, "charts", `${stem}.svg`)), stem).toBe(true);
      expect(existsSync(join(out, "charts", `${stem}.png`)), stem).toBe(true);
      expect(page).toContain(`charts/${stem}.svg`);
    }
    expect(readFileSync(join(out, "campaign.csv"), "utf8").trimEnd().split("\n")).toHaveLength(6);
  });
});
