import { describe, expect, it } from "vitest";
import { formatCompact, formatCount, formatMoney, formatRatio } from "../../src/results/index.js";

describe("number formats for people", () => {
  it("puts thousands separators in money and rounds to whole units", () => {
    expect(formatMoney(1234567.8)).toBe("1,234,568");
    expect(formatMoney(0)).toBe("0");
  });

  it("gives ratios three significant figures, separators from 1,000, and a dash for none", () => {
    expect(formatRatio(47.96)).toBe("48.0");
    expect(formatRatio(0.012345)).toBe("0.0123");
    expect(formatRatio(12345.6)).toBe("12,346");
    expect(formatRatio(null)).toBe("–");
    expect(formatRatio(0)).toBe("0");
  });

  it("keeps fractional counts to two decimals and whole counts whole", () => {
    expect(formatCount(12.345)).toBe("12.35");
    expect(formatCount(1200)).toBe("1,200");
  });

  it("writes compact money with k, M and B", () => {
    expect(formatCompact(611_000)).toBe("611k");
    expect(formatCompact(3_800_000)).toBe("3.8M");
    expect(formatCompact(2_000_000_000)).toBe("2B");
  });
});
