import { describe, expect, it } from "vitest";
import { CHART_FORMATS, renderChart } from "../../src/render/index.js";
import { stubAssets } from "./assets-stub.js";
import { barSpec } from "./specs.js";

describe("renderChart", () => {
  it("dispatches each format to its renderer and names the extension", async () => {
    const out = await Promise.all(
      CHART_FORMATS.map((f) => renderChart(barSpec, f, { assets: stubAssets, scale: 1 })),
    );
    expect(out.map((o) => o.extension)).toEqual(["svg", "png", "pdf", "vl.json", "html"]);
    const [svg, png, pdf, json, html] = out;
    expect(svg!.bytes).toMatch(/^<svg/);
    // PNG signature: \x89 P N G.
    expect([...(png!.bytes as Uint8Array).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(Buffer.from(pdf!.bytes as Uint8Array).toString("latin1", 0, 5)).toBe("%PDF-");
    expect(json!.bytes).toBe(`${JSON.stringify(barSpec, null, 2)}\n`);
    // The default HTML title is the spec's string title, escaped.
    expect(html!.bytes).toContain("<title>Cost per kill — €</title>");
  });

  it("uses the given title for HTML", async () => {
    const { bytes } = await renderChart(barSpec, "html", { assets: stubAssets, title: "A & B" });
    expect(bytes).toContain("<title>A &amp; B</title>");
  });

  it("refuses HTML without the browser bundles", async () => {
    await expect(renderChart(barSpec, "html")).rejects.toThrow(/assets/);
  });
});
