// Model v2 rules in the loader: base values inside a field's range, hints
// for a bare percent and for money spelt as prices are printed, warnings.
import { describe, expect, it } from "vitest";
import { loadScenario, type LoadOptions } from "../../src/scenario/index.js";
import { moneySpelling } from "../../src/scenario/money-spelling.js";
import { testCatalog, VALID } from "./fixtures.js";

function result(options: Partial<LoadOptions> = {}, text = VALID) {
  return loadScenario(text, { file: "t.yaml", catalog: testCatalog, ...options });
}
function problems(...overrides: string[]) {
  const r = result({ overrides });
  if (r.ok) throw new Error("expected the scenario to fail");
  return r.problems.map((p) => ({ code: p.code, path: p.path, message: p.message }));
}

describe("base values inside the field's range (model.md §4)", () => {
  it("accepts a normal pk whose draws may stray outside 0..1 but whose mean is inside", () => {
    const r = result({ overrides: ["defense.layers.f35-aim9x.pk={normal: [0.9, 0.2]}"] });
    expect(r.ok).toBe(true);
  });

  it("refuses a normal pk or cost whose mean (the base) is outside", () => {
    expect(problems("defense.layers.f35-aim9x.pk={normal: [1.1, 0.1]}")[0]!.code).toBe(
      "probability-range",
    );
    expect(problems("threat.drones.gerbera.unitCost={normal: [-5, 1]}")[0]!.code).toBe(
      "negative-money",
    );
    expect(problems("threat.drones.gerbera.unitCost={uniform: [1, 3], base: -1}")[0]!.code).toBe(
      "negative-money",
    );
  });
});

describe("a bare number above 1 where a probability or share belongs", () => {
  it("hints at the percent", () => {
    const [p] = problems("defense.layers.f35-aim9x.pk=80");
    expect(p).toMatchObject({ code: "probability-range", path: "defense.layers[0].pk" });
    expect(p!.message).toBe("expected a probability in 0..1, found 80 (did you mean 80%?)");
    expect(problems("defense.layers.f35-aim9x.availability={value: 95}")[0]!.message).toContain(
      "did you mean 95%?",
    );
    expect(problems("threat.drones.shahed.share=60")[0]!.message).toContain("did you mean 60%?");
  });

  it("gives no hint where a percent was written or the number is no percent", () => {
    expect(problems("defense.layers.f35-aim9x.pk=180%")[0]!.message).not.toContain("did you");
    expect(problems("defense.layers.f35-aim9x.pk=250")[0]!.message).not.toContain("did you");
  });
});

describe("money spelt as prices are printed", () => {
  it.each([
    ["€10k", "10k EUR"],
    ["10K EUR", "10k EUR"],
    ["$470k", "470k USD"],
    ["470k usd", "470k USD"],
    ["USD 470k", "470k USD"],
    ["10kEUR", "10k EUR"],
    ["£2 million", "2 million GBP"],
    ["$20k to $80k", "20k to 80k USD"],
    ["1,500 EUR", "1500 EUR"],
  ])("%s → %s", (text, accepted) => {
    expect(moneySpelling(text)).toBe(accepted);
  });

  it("has no suggestion for what is no money", () => {
    expect(moneySpelling("ten euros")).toBeNull();
    expect(moneySpelling("€10k to $20k")).toBeNull();
  });

  it("shows the accepted spelling in the error", () => {
    const [p] = problems("threat.drones.gerbera.unitCost=€10k");
    expect(p).toMatchObject({ code: "money-spelling", path: "threat.drones[1].unitCost" });
    expect(p!.message).toBe(
      'money is written as an amount, a space and an ISO 4217 code: write 10k EUR, found "€10k"',
    );
    const [q] = problems("threat.drones.gerbera.unitCost={value: 10K EUR}");
    expect(q).toMatchObject({ code: "money-spelling", path: "threat.drones[1].unitCost.value" });
  });
});

describe("warnings", () => {
  const withRef = VALID.replace(
    "      pk: 85%\n      magazine: 8",
    "      ref: aim-9x\n      magazine: 8",
  );

  it("warns, without failing, when a pk in percent is 10× below the catalog's", () => {
    // The test catalog's aim-9x pk is likely 0.8; 0.8% = 0.008, 100× lower.
    const r = result({ overrides: ["defense.layers.f35-aim9x.pk=0.8%"] }, withRef);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => [w.code, w.path, w.file])).toEqual([
      ["pk-far-below-catalog", "defense.layers[0].pk", "--set"],
    ]);
    expect(r.warnings[0]!.message).toContain("did you mean 0.8 without the percent sign");
  });

  it("does not warn for a low pk written as a fraction, or near the catalog's", () => {
    for (const pk of ["0.008", "9%"]) {
      const r = result({ overrides: [`defense.layers.f35-aim9x.pk=${pk}`] }, withRef);
      expect(r.ok && r.warnings).toEqual([]);
    }
  });
});
