import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quantity, quotes, variantTextProblems } from "./variant-text.js";

const SHIPPED = readdirSync("scenarios")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => join("scenarios", f));

describe("the checker of quoted numbers", () => {
  it("reads the numbers on both sides of 'instead of'", () => {
    expect(quotes("600 interceptor drones in place that night instead of 300.")).toEqual([
      {
        text: "600 interceptor drones in place that night instead of 300",
        variantValue: 600,
        baseValue: 300,
      },
    ]);
    // 20 % = 0.2; "none" = 0; 1,200 = 1200.
    expect(quotes("(20 % instead of none)")[0]).toMatchObject({ variantValue: 0.2, baseValue: 0 });
    expect(quotes("1,200 rather than 400")[0]).toMatchObject({
      variantValue: 1200,
      baseValue: 400,
    });
    expect(quotes("Interceptor drones instead of missiles")).toEqual([]);
  });

  it("reads base values: numbers, percentages, suffixes, modes", () => {
    expect(quantity(400)).toBe(400);
    expect(quantity("55%")).toBeCloseTo(0.55, 12);
    expect(quantity("530M USD")).toBe(530e6);
    expect(quantity({ pert: [12, 15, 20] })).toBe(15);
    expect(quantity({ uniform: ["5", "15"] })).toBe(10);
    expect(quantity({ value: "1M", currency: "USD" })).toBe(1e6);
    expect(quantity("34000/year")).toBe(34000);
    expect(quantity("2.7k / month")).toBe(2700);
    expect(quantity("20k to 80k USD")).toBeNull();
  });

  it("fails a variant whose text quotes a base value the file does not have", () => {
    const file = [
      "defense:",
      "  layers:",
      "    - { id: idrone, magazine: 400 }",
      "variants:",
      "  - name: Twice the drones",
      "    description: 600 interceptor drones instead of 300.",
      "    set: { defense.layers.idrone.magazine: 600 }",
    ].join("\n");
    expect(variantTextProblems(file)).toHaveLength(1);
    expect(variantTextProblems(file.replace("instead of 300", "instead of 400"))).toEqual([]);
    // The variant's own value must match too: 500 is not what it sets.
    expect(variantTextProblems(file.replace("600 interceptor", "500 interceptor")).length).toBe(1);
  });
});

describe("every shipped scenario's variants", () => {
  it.each(SHIPPED)("%s quotes base values that match the file", (file) => {
    expect(variantTextProblems(readFileSync(file, "utf8"))).toEqual([]);
  });
});
