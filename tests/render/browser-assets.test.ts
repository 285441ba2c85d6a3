import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { interpreterScript, loadBrowserAssets } from "../../src/render/index.js";

describe("loadBrowserAssets", () => {
  it("reads the three UMD bundles, which define the browser globals", async () => {
    const assets = await loadBrowserAssets();
    // Sizes from stack.md: 521 KB, 251 KB, 60 KB; a lower bound catches an
    // accidental read of the ESM entry point instead of the bundle.
    expect(assets.vega.length).toBeGreaterThan(400_000);
    expect(assets.vegaLite.length).toBeGreaterThan(200_000);
    expect(assets.vegaEmbed.length).toBeGreaterThan(40_000);
    expect(assets.vega).toContain(".vega={}");
    expect(assets.vegaLite).toContain(".vegaLite={}");
    expect(assets.vegaEmbed).toContain(".vegaEmbed=");
  });

  it("wraps vega-interpreter's ES module as a classic script defining vegaInterpreter", async () => {
    const { vegaInterpreter } = await loadBrowserAssets();
    expect(vegaInterpreter).not.toMatch(/^\s*(import|export)\b/m);
    expect(vegaInterpreter).toContain(
      "window.vegaInterpreter = { expressionInterpreter: expression };",
    );
    // Run it against a stand-in for the vega global, then interpret the AST of
    // `x + 1` with the signal x = 41 (vega passes signals as `$name` params).
    const vega = {
      ascending: () => 0,
      isString: (x: unknown) => typeof x === "string",
      DisallowedObjectProperties: new Set(),
    };
    const window: { vegaInterpreter?: { expressionInterpreter: unknown } } = {};
    runInNewContext(vegaInterpreter, { vega, window, setTimeout, setInterval });
    const interpreter = window.vegaInterpreter!.expressionInterpreter as {
      operator: (ctx: unknown, expr: unknown) => (params: unknown) => unknown;
    };
    const ast = {
      type: "BinaryExpression",
      operator: "+",
      left: { type: "Identifier", name: "x" },
      right: { type: "Literal", value: 1 },
    };
    // 41 + 1 = 42
    expect(interpreter.operator({ functions: {} }, { ast })({ $x: 41 })).toBe(42);
  });

  it("refuses a vega-interpreter build whose import or export lines changed", () => {
    expect(() => interpreterScript("export default 1;")).toThrow("unexpected build layout");
  });
});
