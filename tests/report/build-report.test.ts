import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport, fileStems, type ReportFile } from "../../src/report/index.js";
import { stubAssets } from "../render/assets-stub.js";
import { decodePng } from "../render/png-decode.js";
import { LAYER, reportInput, XSS } from "./report-fixture.js";

const text = (files: ReportFile[], path: string): string => {
  const data = files.find((f) => f.path === path)?.data;
  if (typeof data !== "string") throw new Error(`no text file ${path}`);
  return data;
};

/** The page with spec blocks removed: the HTML a browser parses as markup. */
const markup = (html: string): string =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "<script></script>");

describe("buildReport", () => {
  it("returns SVG + PNG per chart, the results and one page, in order", async () => {
    const files = await buildReport(reportInput(stubAssets));
    expect(files.map((f) => f.path)).toEqual([
      "charts/cer.svg",
      "charts/cer.png",
      "charts/cost.svg",
      "charts/cost.png",
      "results.csv",
      "results.json",
      "index.html",
    ]);
    expect(text(files, "charts/cer.svg")).toMatch(/^<svg/);
    const png = files.find((f) => f.path === "charts/cost.png")!.data as Uint8Array;
    expect(decodePng(png).width).toBeGreaterThan(0);
  });

  it("passes the CSV and JSON through unchanged", async () => {
    const input = reportInput(stubAssets);
    const files = await buildReport(input);
    expect(text(files, "results.csv")).toBe(input.resultsCsv);
    expect(text(files, "results.json")).toBe(input.resultsJson);
  });

  it("shows every hostile string as text: body, <title>, cells, JSON blocks", async () => {
    const html = text(await buildReport(reportInput(stubAssets)), "index.html");
    const escaped = "&lt;img src=x onerror=alert(1)&gt;";
    expect(html).toContain(`<title>${escaped}</title>`);
    expect(html).toContain(`<h1>${escaped}</h1>`);
    expect(html).toContain(`<p class="description">Description &amp; ${escaped}</p>`);
    expect(html).toContain(`<h3>CER — ${escaped}</h3>`);
    expect(html).toContain(`<th scope="col">Layer ${escaped}</th>`);
    expect(html).toContain("<td>Gun&quot;&#39;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</td>");
    expect(html).toContain(`<td>cat-1 ${escaped}</td>`);
    // No hostile tag survives anywhere, in markup or in the script blocks.
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>alert");
    const blocks = [
      ...html.matchAll(/<script type="application\/json" class="vega-spec">([\s\S]*?)<\/script>/g),
    ];
    expect(blocks).toHaveLength(2);
    for (const [, json] of blocks) expect(json).not.toContain("<");
    const cost = JSON.parse(blocks[1]![1]!) as {
      title: string;
      data: { values: { layer: string }[] };
    };
    expect(cost.title).toBe(`${XSS} cost`);
    expect(cost.data.values[0]!.layer).toBe(LAYER);
  });

  it("adds each further section after the results, escaped, with a safe anchor", async () => {
    const html = text(await buildReport(reportInput(stubAssets)), "index.html");
    const escaped = "&lt;img src=x onerror=alert(1)&gt;";
    expect(html).toContain('<section id="compare-img-src-x-onerror-alert-1">');
    expect(html).toContain(`<h2>Variants — ${escaped}</h2>`);
    expect(html).toContain(`<p class="meta">Note &amp; ${escaped}</p>`);
    expect(html.indexOf('id="results"')).toBeLessThan(html.indexOf('id="compare-'));
  });

  it("links only http(s) sources; others stay text", async () => {
    const html = markup(text(await buildReport(reportInput(stubAssets)), "index.html"));
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noreferrer">Report A</a>, Pub &amp; Co, 2024',
    );
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; (javascript:alert(3)), Evil");
    expect(html).toContain("<li>No link, 2020");
    // Every href is a relative file of the pack or the one http(s) source.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      "charts/cer.svg",
      "charts/cer.png",
      "charts/cost.svg",
      "charts/cost.png",
      "results.csv",
      "results.json",
      "https://example.org/a?b=1&amp;c=2",
    ]);
  });

  it("states mode, trials, seed, currency and price year; formats numbers", async () => {
    const html = text(await buildReport(reportInput(stubAssets)), "index.html");
    expect(html).toContain(
      '<p class="meta">Monte Carlo, 10,000 trials, seed 7 · EUR, 2025 prices</p>',
    );
    // 1234567.891 to 6 significant digits → 1,234,570; null → em dash.
    expect(html).toContain('<td class="num">1,234,570</td><td>—</td>');
    const det = {
      ...reportInput(stubAssets),
      mode: "deterministic" as const,
      trials: null,
      seed: null,
    };
    expect(text(await buildReport(det), "index.html")).toContain(
      '<p class="meta">base values (no uncertainty) · EUR, 2025 prices</p>',
    );
  });

  it("names the variant and overrides in the header, escaped; nothing for the base case", async () => {
    const html = text(await buildReport(reportInput(stubAssets)), "index.html");
    expect(html).toContain(
      '<p class="provenance">Not the base case. Variant: &lt;img src=x onerror=alert(1)&gt; · Override: defense.layers.sam.pk = 70%</p>',
    );
    const base = { ...reportInput(stubAssets), provenance: null };
    expect(text(await buildReport(base), "index.html")).not.toContain('class="provenance"');
  });

  it("keeps chart paths inside the pack whatever the ids", async () => {
    const input = reportInput(stubAssets);
    const charts = [
      { ...input.charts[0]!, id: "../../etc/passwd" },
      { ...input.charts[1]!, id: "/abs" },
      { ...input.charts[1]!, id: "C:\\x" },
      { ...input.charts[1]!, id: ".." },
    ];
    const files = await buildReport({ ...input, charts });
    expect(files.map((f) => f.path).filter((p) => p.endsWith(".svg"))).toEqual([
      "charts/etc-passwd.svg",
      "charts/abs.svg",
      "charts/C-x.svg",
      "charts/chart.svg",
    ]);
  });
});

describe("fileStems", () => {
  it("gives distinct, relative, single-segment stems for any ids", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 8 }), (ids) => {
        const stems = fileStems(ids);
        expect(stems).toHaveLength(ids.length);
        expect(new Set(stems).size).toBe(stems.length);
        for (const stem of stems) expect(stem).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]*$/);
      }),
    );
  });

  it("keeps safe ids as they are and numbers repeats", () => {
    expect(fileStems(["cer", "cost", "cer", "cer"])).toEqual(["cer", "cost", "cer-2", "cer-3"]);
  });
});

describe("htmlTable alignment", () => {
  it("right-aligns numbers and text that is a formatted number, not words", async () => {
    const { htmlTable } = await import("../../src/report/index.js");
    const html = htmlTable(
      ["a"],
      [[1234], ["1,234,568"], ["0.0123"], ["85.0 %"], ["611k"], ["–"], ["base"], ["F-16"]],
    );
    const classes = [...html.matchAll(/<td( class="num")?>/g)].map((m) => m[1] !== undefined);
    expect(classes).toEqual([true, true, true, true, true, true, false, false]);
  });
});
