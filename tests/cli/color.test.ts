import { describe, expect, it } from "vitest";
import { colorWanted } from "../../src/cli/io.js";

describe("colorWanted", () => {
  it("colours a terminal only, and NO_COLOR turns it off only when non-empty (no-color.org)", () => {
    expect(colorWanted(true, {})).toBe(true);
    expect(colorWanted(false, {})).toBe(false);
    expect(colorWanted(true, { NO_COLOR: "1" })).toBe(false);
    expect(colorWanted(true, { NO_COLOR: "" })).toBe(true);
    expect(colorWanted(false, { NO_COLOR: "" })).toBe(false);
  });
});
