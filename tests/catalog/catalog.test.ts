import { describe, expect, it } from "vitest";
import { Catalog } from "../../src/catalog/catalog.js";
import { shippedCatalog } from "./load-shipped.js";

describe("Catalog", () => {
  const catalog = shippedCatalog();

  it("looks entries up by id and kind, in file order", () => {
    expect(catalog.get("pac3-mse")?.name).toBe("Patriot PAC-3 MSE");
    expect(catalog.get("no-such-thing")).toBeUndefined();
    expect(catalog.ids()[0]).toBe("gerbera");
    expect(catalog.byKind("microwave").map((e) => e.id)).toEqual(["leonidas"]);
    expect(catalog.byKind("electronic-warfare")).toEqual([]);
  });

  it("suggests pac3-mse for pac3, first, although sm-3 is fewer edits away", () => {
    // Levenshtein: pac3 → sm-3 is 3 edits, pac3 → pac3-mse is 4; containing the query ranks first.
    expect(catalog.nearest("pac3")[0]).toBe("pac3-mse");
  });

  it("suggests shahed-136 for shahed, and three ids by default", () => {
    expect(catalog.nearest("shahed")[0]).toBe("shahed-136");
    expect(catalog.nearest("shahed")).toHaveLength(3);
    expect(catalog.nearest("SHAHED", 1)).toEqual(["shahed-136"]);
  });

  it("falls back to edit distance for typos", () => {
    // "gerbra" → "gerbera" is one insertion.
    expect(catalog.nearest("gerbra", 1)).toEqual(["gerbera"]);
    expect(new Catalog([]).nearest("x")).toEqual([]);
  });
});
