// Golden files of the terminal table and the CSV of `cxr run`, for a scenario
// of round numbers (golden/gun-and-missile.yaml). Every figure in them was
// worked by hand before the files were accepted (docs/model.md §4,
// deterministic: expected values, layers in order, budgets by magazine):
//
//   N = 1:   gun 1 shot × 50 % = 0.5 kills; 0.5 left → missile 0.5 shots × 90 % = 0.45;
//            leakers 0.05; defender 1 × 1k + 0.5 × 100k = 51,000; attacker 10,000;
//            CER 5.1; damage 0.05 × 50k = 2,500; net CER 53,500 / 10,000 = 5.35;
//            kills 0.95; cost/kill 51,000 / 0.95 = 53,684.2; CER/kill 5.368.
//   N = 10:  gun 10 shots → 5 kills; missile 4 shots (magazine) → 3.6; leakers 1.4;
//            defender 10k + 400k = 410,000; CER 4.1; damage 70,000; net CER 4.8;
//            cost/kill 410,000 / 8.6 = 47,674.4; CER/kill 4.767.
//   N = 100: gun 20 shots (magazine) → 10; missile 4 → 3.6; leakers 86.4;
//            defender 420,000; attacker 1,000,000; CER 0.42; damage 4,320,000;
//            net CER 4.74; cost/kill 420,000 / 13.6 = 30,882.35; CER/kill 3.088.
//   damage averted = kills × 50k: 47,500, 430,000, 680,000. No purchase
//   price: full CER = CER. Per layer: shots / kills / cost as above.
//
// A change to the table's or the CSV's layout shows here as a diff to review;
// CXR_UPDATE_GOLDEN=1 rewrites the files (then check them against the above).
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";

const SCENARIO = "tests/results/golden/gun-and-missile.yaml";

async function matches(format: "table" | "csv", file: string): Promise<void> {
  const r = await cli(["run", SCENARIO, "--format", format]);
  expect(r.code).toBe(0);
  const path = `tests/results/golden/${file}`;
  if (process.env["CXR_UPDATE_GOLDEN"] === "1") writeFileSync(path, r.stdout);
  expect(r.stdout).toBe(readFileSync(path, "utf8"));
}

describe("golden files of cxr run", () => {
  it("the terminal table", async () => {
    await matches("table", "gun-and-missile.table.txt");
  });

  it("the CSV", async () => {
    await matches("csv", "gun-and-missile.csv");
  });

  it("the CSV holds the hand-worked figures above", () => {
    const [header, ...rows] = readFileSync("tests/results/golden/gun-and-missile.csv", "utf8")
      .trim()
      .split("\n");
    const col = (row: string, name: string): number =>
      Number(row.split(",")[header!.split(",").indexOf(name)]);
    expect(rows.map((r) => col(r, "defenderCost"))).toEqual([51_000, 410_000, 420_000]);
    expect(rows.map((r) => col(r, "leakers"))).toEqual([0.05, 1.4, 86.4]);
    expect(rows.map((r) => col(r, "netCer"))).toEqual([5.35, 4.8, 4.74]);
    expect(col(rows[0]!, "costPerKill")).toBeCloseTo(51_000 / 0.95, 4);
    expect(rows.map((r) => col(r, "damageAverted"))).toEqual([47_500, 430_000, 680_000]);
  });
});
