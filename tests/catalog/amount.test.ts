import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, parseAmount } from "../../src/catalog/amount.js";

describe("parseAmount", () => {
  it("reads plain numbers and k / M / B suffixes", () => {
    expect(parseAmount(560)).toBe(560);
    expect(parseAmount("10k")).toBe(10_000);
    expect(parseAmount("3.5M")).toBe(3_500_000);
    expect(parseAmount("1.1B")).toBe(1_100_000_000);
    expect(parseAmount("0.1")).toBe(0.1);
  });

  it("refuses anything else", () => {
    for (const bad of ["", "k", "-3k", "3m", "3 M", "1e6", "3.5MM", "$10"])
      expect([bad, parseAmount(bad)]).toEqual([bad, undefined]);
    expect(parseAmount(Number.NaN)).toBeUndefined();
  });

  it("agrees with plain multiplication for every integer amount and suffix", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.constantFrom(
          ...([
            ["k", 1e3],
            ["M", 1e6],
            ["B", 1e9],
          ] as const),
        ),
        (n, [suffix, factor]) => {
          expect(parseAmount(`${n}${suffix}`)).toBe(n * factor);
        },
      ),
    );
  });
});

describe("formatAmount", () => {
  it("uses separators below 10k, k below a million, M above", () => {
    expect(formatAmount(0.1)).toBe("0.1");
    expect(formatAmount(560)).toBe("560");
    expect(formatAmount(2_500)).toBe("2,500");
    expect(formatAmount(16_800)).toBe("16.8k");
    expect(formatAmount(232_000)).toBe("232k");
    expect(formatAmount(3_500_000)).toBe("3.5M");
    expect(formatAmount(1_100_000_000)).toBe("1,100M");
  });
});
