import { describe, expect, it } from "vitest";
import { csvNumber, csvText, toCsv } from "../../src/results/index.js";
import { deterministicRun, smallScenario } from "./fixtures.js";

describe("CSV cells", () => {
  it("rounds numbers to 12 significant digits", () => {
    // 7 × 15,930 in binary floats: 111510.00000000001 (the flagship's attacker cost at 7 drones).
    expect(0.1 * 3).toBe(0.30000000000000004);
    expect(csvNumber(0.1 * 3)).toBe("0.3");
    expect(csvNumber(111510.00000000001)).toBe("111510");
    expect(csvNumber(1 / 3)).toBe("0.333333333333");
    expect(csvNumber(123456789012345)).toBe("123456789012000");
    expect(csvNumber(null)).toBe("");
    expect(csvNumber(Number.POSITIVE_INFINITY)).toBe("");
  });

  it("keeps negative numbers as numbers", () => {
    expect(csvNumber(-2.5)).toBe("-2.5");
  });

  it("defuses text a spreadsheet would run as a formula (OWASP)", () => {
    expect(csvText("=1+1")).toBe("'=1+1");
    expect(csvText("+1")).toBe("'+1");
    expect(csvText("-2+3")).toBe("'-2+3");
    expect(csvText("@SUM(A1)")).toBe("'@SUM(A1)");
    // Tab and CR are written as visible escapes, which start no formula.
    expect(csvText("\tx")).toBe("\\tx");
    expect(csvText("\rx")).toBe("\\rx");
    expect(csvText('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvText("plain")).toBe("plain");
  });

  it("shows control and bidi characters as escapes, so a printed CSV cannot drive the terminal", () => {
    // ESC [2J clears the screen; a bare CR returns to the line's start; U+202E reverses what follows.
    expect(csvText("a\u001b[2Jb")).toBe("a\\u001b[2Jb");
    expect(csvText("safe\rEVIL")).toBe("safe\\rEVIL");
    expect(csvText("x\u202ey")).toBe("x\\u202ey");
    // A line feed inside a quoted cell is CSV, kept as it is.
    expect(csvText("two\nlines")).toBe('"two\nlines"');
    // A leading "=" is defused whatever follows it.
    expect(csvText("=\u0007")).toBe("'=\\u0007");
  });

  it("writes whole rows with the disruption column and rounded numbers", () => {
    // One drone of 50k, one 100k shot at pk 0.5: kills 0.5, CER 2.
    const csv = toCsv(deterministicRun(smallScenario()).rows).split("\n");
    expect(csv[0]).toBe(
      "swarmSize,attackerCost,defenderCost,defenderCostFull,kills,leakers,damage,damageAverted,disruption,cer,cerFull,netCer,costPerKill,cerPerKill,sam.shots,sam.kills,sam.cost",
    );
    expect(csv[1]).toBe("1,50000,100000,100000,0.5,0.5,0,0,0,2,2,2,200000,4,1,0.5,100000");
  });
});
