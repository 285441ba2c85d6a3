import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  drones,
  chartCount,
  chartMoney,
  formatPercent,
  chartRatio,
  moneyLabelExpr,
  roundSig,
} from "../../src/charts/index.js";

describe("number formats", () => {
  it("rounds to 6 significant digits", () => {
    expect(roundSig(1 / 3)).toBe(0.333333);
    expect(roundSig(28.947368421)).toBe(28.9474); // 11,000,000 / 380,000
    expect(roundSig(0)).toBe(0);
  });

  it("keeps roundSig within half a unit of the 6th digit", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        expect(Math.abs(roundSig(x) - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-6);
      }),
    );
  });

  it("writes counts with thousands separators, one decimal below 10", () => {
    expect(chartCount(1234.4)).toBe("1,234");
    expect(chartCount(1_000_000)).toBe("1,000,000");
    expect(chartCount(3.75)).toBe("3.8");
    expect(chartCount(2)).toBe("2");
    expect(chartCount(-0.01)).toBe("0");
    // One decimal would print 0.0123 as "0": 2 significant figures instead.
    expect(chartCount(0.0123)).toBe("0.012");
    expect(chartCount(0.049)).toBe("0.049");
    expect(chartCount(0.00123)).toBe("0.0012");
    // Never an exponent in a title: a strong defence's 2.4e-7 leakers.
    expect(chartCount(2.4e-7)).toBe("<0.001");
    expect(chartCount(0.05)).toBe("0.1");
    expect(chartCount(0)).toBe("0");
  });

  it("writes ratios to 2 significant figures, 3 from 100 up", () => {
    expect(chartRatio(48.3)).toBe("48");
    expect(chartRatio(312.4)).toBe("312");
    expect(chartRatio(1234)).toBe("1,230");
    expect(chartRatio(5.65)).toBe("5.7"); // toPrecision rounds the binary float 5.6500000000000004 up
    expect(chartRatio(0.4834)).toBe("0.48");
    expect(chartRatio(0.048)).toBe("0.048");
    expect(chartRatio(99.7)).toBe("100");
    expect(chartRatio(1)).toBe("1");
  });

  it("writes money with a symbol and an SI-ish suffix", () => {
    expect(chartMoney(1_234_000, "EUR")).toBe("€1.2M");
    expect(chartMoney(380_000, "EUR")).toBe("€380k");
    expect(chartMoney(2_500_000_000, "USD")).toBe("$2.5B");
    expect(chartMoney(999_600, "GBP")).toBe("£1M"); // rounds up into the next suffix
    expect(chartMoney(950, "EUR")).toBe("€950");
    expect(chartMoney(95_000, "PLN")).toBe("95k PLN");
  });

  it("writes shares and swarm sizes", () => {
    expect(formatPercent(0.9558)).toBe("96%");
    expect(drones(1)).toBe("1 drone");
    expect(drones(1000)).toBe("1,000 drones");
  });

  it("labels money axes with the currency symbol where there is one", () => {
    expect(moneyLabelExpr("EUR").startsWith("'€' + ")).toBe(true);
    expect(moneyLabelExpr("PLN").startsWith("(abs(")).toBe(true);
  });
});
