import { describe, expect, it } from "vitest";
import { loadBrowserAssets, renderHtml } from "../../src/render/index.js";
import { stubAssets } from "./assets-stub.js";
import { barSpec, hostileSpec, lineSpec } from "./specs.js";

/** The markup with every inline script's body removed: what could load things. */
function markupOnly(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "<script></script>");
}

/** The contents of every `<script type="application/json">` block. */
function specBlocks(html: string): string[] {
  return [
    ...html.matchAll(/<script type="application\/json" class="vega-spec">([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]!);
}

describe("renderHtml", () => {
  it("embeds one spec block per chart, parseable back to the spec", () => {
    const html = renderHtml([barSpec, lineSpec], { title: "Two charts", assets: stubAssets });
    const blocks = specBlocks(html);
    expect(blocks.map((b) => JSON.parse(b) as unknown)).toEqual([barSpec, lineSpec]);
    expect(html.match(/<div class="vega-chart"><\/div>/g)).toHaveLength(2);
    expect(
      renderHtml(barSpec, { title: "One", assets: stubAssets }).match(/class="vega-spec"/g),
    ).toHaveLength(1);
  });

  it("inlines the bundles and loads nothing from outside", async () => {
    const html = renderHtml(barSpec, { title: "CER", assets: await loadBrowserAssets() });
    expect(html.length).toBeGreaterThan(800_000);
    const markup = markupOnly(html);
    expect(markup).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(markup).not.toMatch(/<link\b/i);
    expect(markup).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(markup).not.toMatch(/@import/i);
    // The one url() is Inter, embedded as data: (one per weight), never a fetch.
    const urls = [...markup.matchAll(/url\(([^)]{0,40})/gi)].map((m) => m[1]);
    expect(urls).toHaveLength(4);
    expect(urls.every((u) => u!.startsWith("data:font/woff2;base64,"))).toBe(true);
    expect(markup).toContain("default-src 'none'");
    expect(markup).toContain("font-family: Inter, system-ui, sans-serif");
    // The only http(s) text in the markup is inside the (trusted) bundles
    // and the spec's own "$schema", which is data, not a load.
    expect(markup).not.toMatch(/https?:/);
  });

  it("escapes hostile strings in the title and inside the JSON blocks", () => {
    const title = "<img src=x onerror=alert(1)>";
    const html = renderHtml(hostileSpec, { title, assets: stubAssets });
    expect(html).not.toContain("<img");
    expect(html).toContain("<title>&lt;img src=x onerror=alert(1)&gt;</title>");
    const [block] = specBlocks(html);
    expect(block).not.toContain("<");
    expect(block).toContain("\\u003c/script\\u003e\\u003cimg");
    expect((JSON.parse(block!) as { title: string }).title).toBe(hostileSpec.title);
    // Exactly the six scripts we wrote: 3 bundles, the interpreter, 1 spec, 1 boot.
    expect(html.match(/<script\b/g)).toHaveLength(6);
  });
});
