import { describe, expect, it } from "vitest";
import { shippedCatalog } from "./load-shipped.js";

// Reference: CSIS, "Cost and Value in Air and Missile Defense Intercepts" (2024),
// https://www.csis.org/analysis/cost-and-value-air-and-missile-defense-intercepts —
// the headline "a $2M SM-2 against a $2,000 drone".
describe("the CSIS SM-2 headline, from the catalog's own figures", () => {
  const catalog = shippedCatalog();

  it("prices the SM-2 at 2M USD and the Houthi drone's published low at 2,000 USD", () => {
    expect(catalog.get("sm-2")?.cost).toMatchObject({ likely: 2_000_000, currency: "USD" });
    expect(catalog.get("houthi-owa")?.cost).toMatchObject({ low: 2_000, currency: "USD" });
  });

  it("gives the 1,000 : 1 per-intercept ratio", () => {
    const sm2 = catalog.get("sm-2")!.cost.likely;
    const drone = catalog.get("houthi-owa")!.cost.low;
    // 2,000,000 USD / 2,000 USD = 1,000: one SM-2 costs a thousand such drones.
    expect(sm2 / drone).toBe(1_000);
  });
});
