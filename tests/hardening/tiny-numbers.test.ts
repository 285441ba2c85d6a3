// Found by `npm run fuzz` (issue 15): a cost of 1e-320 EUR (a denormal
// number, valid as money) made the table print a CER as "0.000…0134" with
// some 300 zeros. Numbers below 1e-6 are written with an exponent.
import { describe, expect, it } from "vitest";
import { chartRatio } from "../../src/charts/index.js";
import { formatCompact, formatRatio } from "../../src/results/index.js";
import { cli } from "../cli/run-cli.js";

describe("tiny numbers in tables", () => {
  it("are written with an exponent, three significant figures", () => {
    expect(formatRatio(1.339e-303)).toBe("1.34e-303");
    expect(formatRatio(-2.5e-7)).toBe("-2.50e-7");
    expect(formatCompact(7.13e-318)).toBe("7.13e-318");
    // At 1e-6 and above, as before: 3 significant figures, plain.
    expect(formatRatio(0.0000012345)).toBe("0.00000123");
    expect(formatRatio(0)).toBe("0");
  });

  it("in chart labels are written with an exponent (toFixed takes at most 100 decimals)", () => {
    // Before: toFixed(304) threw, and `chart --type tornado` ended in internal error 70.
    expect(chartRatio(1.339e-303)).toBe("1.3e-303");
    expect(chartRatio(0.4834)).toBe("0.48");
  });

  it("keep the run table narrow for a cost per shot of 1e-320", async () => {
    const r = await cli([
      "run",
      "scenarios/airport-closure.yaml",
      "--format",
      "table",
      "--set",
      "defense.layers.f16-aim9x.costPerShot=1e-320",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/0\.0{30,}/);
    expect(r.stdout).toMatch(/\de-3\d\d/);
  });
});
