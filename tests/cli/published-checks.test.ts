import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

// Published reference figures, reproduced through the whole pipeline; the
// table with sources is docs/validation.md.
describe("published reference checks", () => {
  it("CSIS: a $2M SM-2 against a $2,000 drone, one shot, pk 1 → CER 1,000", async () => {
    // CSIS, "Cost and Value in Air and Missile Defense Intercepts" (2024).
    // The red-sea scenario's "CSIS headline" variant: one drone at $2,000,
    // one SM-2 (catalog likely $2M, 2024 prices = the scenario's price year)
    // fired as a salvo of 1 at pk 1; the ESSM layer then has nothing left.
    // CER = 2,000,000 / 2,000 = 1,000.
    const r = await cli([
      "run",
      "scenarios/red-sea-2024.yaml",
      "--variant",
      "CSIS headline",
      "--sizes",
      "1",
      "--format",
      "json",
    ]);
    const row = JSON.parse(r.stdout).rows[0];
    expect(row.attackerCost).toBe(2000);
    expect(row.defenderCost).toBe(2_000_000);
    expect(row.cer).toBe(1000);
    expect(row.leakers).toBe(0);
  });
});
