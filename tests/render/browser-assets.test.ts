import { describe, expect, it } from "vitest";
import { loadBrowserAssets } from "../../src/render/index.js";

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
});
