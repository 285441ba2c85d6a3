import { describe, expect, it } from "vitest";
import { budgetExhaustion } from "../../src/engine/index.js";
import { drone, layer, scenario } from "./fixtures.js";

describe("budgetExhaustion", () => {
  it("finds where a salvo layer's magazine runs out", () => {
    // Salvo 2, magazine 7 → at most floor(7/2) × 2 = 6 shots, reached at 3 targets.
    const s = scenario(
      [drone({ id: "a", cost: 1, share: 1 })],
      [layer({ id: "sam", costPerShot: 1, pk: 0.5, salvo: 2, magazine: 7 })],
    );
    expect(budgetExhaustion(s)).toEqual([{ layerId: "sam", layerName: "sam", swarmSize: 3 }]);
  });

  it("accounts for the drones an outer layer kills and for eligibility", () => {
    // Outer layer kills half of everything; inner layer engages only the 40 %
    // strike share, magazine 30: inner sees 0.5 × 0.4 × N = 0.2 N ≥ 30 → N = 150.
    const s = scenario(
      [
        drone({ id: "decoy", cost: 1, share: 0.6, decoy: true }),
        drone({ id: "strike", cost: 1, share: 0.4 }),
      ],
      [
        layer({ id: "outer", costPerShot: 1, pk: 0.5 }),
        layer({ id: "inner", costPerShot: 1, pk: 0.9, magazine: 30, discriminates: true }),
      ],
    );
    const [outer, inner] = budgetExhaustion(s);
    expect(outer!.swarmSize).toBeNull();
    expect(inner!.swarmSize).toBe(150);
  });

  it("uses availability-free shot counts and the rate capacity", () => {
    // 1 channel × 60 s / 10 s = 6 shots; shoot-look-shoot pk 0.5, m 2: a target
    // draws 1.5 shots on average → 6 shots reached at N = 4; availability 0.5
    // does not move it.
    const s = scenario(
      [drone({ id: "a", cost: 1, share: 1 })],
      [
        layer({
          id: "laser",
          costPerShot: 1,
          pk: 0.5,
          sls: 2,
          availability: 0.5,
          rate: { channels: 1, window: 60, timePerShot: 10 },
        }),
      ],
    );
    expect(budgetExhaustion(s)[0]!.swarmSize).toBe(4);
  });
});
