// Issue 15: every shipped scenario's strings (title, description, names of
// drones, layers and variants, source titles and publishers) replaced by a
// hostile corpus — terminal escapes, bare CR, bidi override, NUL, HTML,
// spreadsheet formulas, 10,000 characters — then sent into every output
// format: run and campaign as table, JSON and CSV; compare as table and CSV; chart as SVG, HTML and
// Vega-Lite JSON; the report folder; the explorer page. Terminal text holds
// no raw control or bidi character, HTML and SVG no markup of the
// scenario's, CSV no cell a spreadsheet would run, JSON parses and gives the
// strings back exactly. (IDs cannot hold any of these: ^[a-z0-9][a-z0-9_-]*$.)
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { escapeHtml } from "../../src/render/index.js";
import { UNSAFE_CHAR } from "../results/fixtures.js";
import { cli } from "../cli/run-cli.js";

const CORPUS: readonly string[] = [
  "\u001b[2J\u001b]0;pwned\u0007 clear and retitle",
  "bare\rCR overwrites",
  "\u202eRTL override",
  "NUL\u0000inside",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "=cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "x".repeat(10_000),
];
/** The keys whose string values are free text in a scenario file. */
const TEXT_KEYS = new Set(["title", "description", "name", "publisher"]);

const SCENARIOS = readdirSync("scenarios").filter((f) => f.endsWith(".yaml"));
const dir = mkdtempSync(join(tmpdir(), "cxr-hostile-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The scenario with every free-text string replaced by a corpus entry (the
 * i-th string by entry i + offset, so each scenario starts elsewhere in the
 * corpus), made unique by a ` #i` suffix (variant names must differ).
 */
function hostileCopy(name: string, offset: number): { file: string; title: string } {
  const doc: unknown = parse(readFileSync(join("scenarios", name), "utf8"));
  let i = 0;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      for (const [k, x] of Object.entries(o)) {
        if (TEXT_KEYS.has(k) && typeof x === "string") {
          o[k] = `${CORPUS[(i + offset) % CORPUS.length]!} #${i}`;
          i++;
        } else visit(x);
      }
    }
  };
  visit(doc);
  const file = join(dir, name);
  writeFileSync(file, stringify(doc));
  return { file, title: (doc as { title: string }).title };
}

/** Lines with no raw control or bidi character (line breaks aside). */
function expectTerminalSafe(text: string, what: string): void {
  const lines = text.split("\n");
  const bad = lines.findIndex((line) => UNSAFE_CHAR.test(line));
  const shown = JSON.stringify(lines[bad]?.slice(0, 160));
  expect(bad, `${what}: line ${bad + 1} holds a raw control or bidi character: ${shown}`).toBe(-1);
}

/** RFC 4180 cells of a CSV text, `#` comment lines skipped. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  const body = text
    .split("\n")
    .filter((l) => !l.startsWith("#"))
    .join("\n");
  const cell = /("(?:[^"]|"")*"|[^,\n]*)(,|\n|$)/g;
  for (const m of body.matchAll(cell)) {
    const raw = m[1]!;
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (m[2] === "") break;
  }
  return cells;
}

/** No cell a spreadsheet would read as a formula: a leading = + - @ tab or CR only on numbers. */
function expectCsvNeutral(text: string, what: string): void {
  const cells = csvCells(text);
  expect(cells.length, what).toBeGreaterThan(1);
  const formulas = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !Number.isFinite(Number(c)));
  expect(formulas, what).toEqual([]);
  // The formula names that reached the CSV did so defused.
  if (text.includes("cmd|")) expect(text, what).toMatch(/'[=+\-@][^,\n]*cmd\|/);
}

/**
 * The scenario's markup never became HTML: outside the page's own script
 * elements there is no <img> or <script>; the JSON data blocks hold no `<`
 * at all (jsonForScript writes \u003c); there are exactly `scripts` script
 * elements. (The vega bundles themselves mention `<img`, hence the split.)
 */
function expectMarkupInert(html: string, scripts: number, what: string): void {
  const blocks = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)];
  expect(blocks.length, what).toBe(scripts);
  for (const b of blocks) {
    if ((b[1] ?? "").includes('type="application/json"')) expect(b[2], what).not.toContain("<");
  }
  const outside = html.replace(/<script(\s[^>]*)?>[\s\S]*?<\/script>/gi, "");
  expect(outside, what).not.toMatch(/<img\b/i);
  expect(outside, what).not.toMatch(/<script\b/i);
}

function expectSvgInert(svg: string, what: string): void {
  expectMarkupInert(svg, 0, what);
  // Bounded by the text limit (1,200 px a line, src/charts/theme.ts), not by the
  // 10,000-character strings: a label may start at the plot's right edge (760 px).
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  expect(width, `${what}: width`).toBeLessThan(2_400);
  // XML 1.0 allows no C0 control but tab, line feed and carriage return.
  // eslint-disable-next-line no-control-regex -- the characters are the point
  expect(svg, what).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
}

/** Valid JSON that gives the title back exactly; printed JSON is terminal-safe too. */
function expectJsonRoundTrip(text: string, title: string, what: string, printed = true): unknown {
  if (printed) expectTerminalSafe(text, what);
  const value: unknown = JSON.parse(text);
  expect(JSON.parse(JSON.stringify(value)), what).toEqual(value);
  expect(JSON.stringify(value), what).toContain(JSON.stringify(title).slice(1, -1));
  return value;
}

async function ok(args: string[]): Promise<string> {
  const r = await cli(args, { tty: true });
  expectTerminalSafe(r.stderr, `${args.join(" ")} stderr`);
  expect(r.code, `${args.join(" ")}: ${r.stderr.slice(0, 1000)}`).toBe(0);
  return r.stdout;
}

describe("hostile strings in every shipped scenario, into every output format", () => {
  SCENARIOS.forEach((name, k) => {
    it(
      name,
      async () => {
        const { file, title } = hostileCopy(name, k);
        const isCampaign = /^campaign:/m.test(readFileSync(join("scenarios", name), "utf8"));

        expectTerminalSafe(await ok(["run", file, "--format", "table"]), "run table");
        expectJsonRoundTrip(await ok(["run", file, "--format", "json"]), title, "run json");
        // CSV is printed on terminals too: neutral for a spreadsheet and safe on a screen.
        const runCsv = await ok(["run", file, "--format", "csv"]);
        expectCsvNeutral(runCsv, "run csv");
        expectTerminalSafe(runCsv, "run csv");
        expectTerminalSafe(await ok(["compare", file, "--format", "table"]), "compare table");
        const compareCsv = await ok(["compare", file, "--format", "csv"]);
        expectCsvNeutral(compareCsv, "compare csv");
        expectTerminalSafe(compareCsv, "compare csv");
        if (isCampaign) {
          expectTerminalSafe(await ok(["campaign", file, "--format", "table"]), "campaign table");
          const doc = await ok(["campaign", file, "--format", "json"]);
          expectJsonRoundTrip(doc, title, "campaign json");
          const campaignCsv = await ok(["campaign", file, "--format", "csv"]);
          expectCsvNeutral(campaignCsv, "campaign csv");
          expectTerminalSafe(campaignCsv, "campaign csv");
        }

        const chart = join(dir, `${name}.cer`);
        await ok(["chart", file, "--type", "cer", "--out", `${chart}.svg`]);
        expectSvgInert(readFileSync(`${chart}.svg`, "utf8"), "chart svg");
        await ok(["chart", file, "--type", "cer", "--out", `${chart}.html`]);
        // Four bundles, the boot script and one spec block.
        expectMarkupInert(readFileSync(`${chart}.html`, "utf8"), 6, "chart html");
        await ok(["chart", file, "--type", "cer", "--out", `${chart}.vl.json`]);
        const spec = readFileSync(`${chart}.vl.json`, "utf8");
        expectJsonRoundTrip(spec, title, "chart vl.json", false);

        const pack = join(dir, `${name}.pack`);
        await ok(["report", file, "--out", pack]);
        const index = readFileSync(join(pack, "index.html"), "utf8");
        expectMarkupInert(index, 5 + (index.match(/class="vega-spec"/g)?.length ?? 0), "report");
        // The title is there, as text.
        expect(index).toContain(`<h1>${escapeHtml(title)}</h1>`);
        for (const svg of readdirSync(join(pack, "charts")).filter((f) => f.endsWith(".svg")))
          expectSvgInert(readFileSync(join(pack, "charts", svg), "utf8"), `report ${svg}`);
        expectCsvNeutral(readFileSync(join(pack, "results.csv"), "utf8"), "report results.csv");
        expectJsonRoundTrip(
          readFileSync(join(pack, "results.json"), "utf8"),
          title,
          "results.json",
        );
        // Data, worker source and the page's script.
        expectMarkupInert(readFileSync(join(pack, "explorer.html"), "utf8"), 3, "report explorer");

        const page = join(dir, `${name}.explore.html`);
        await ok(["explore", file, "--out", page]);
        expectMarkupInert(readFileSync(page, "utf8"), 3, "explorer");
      },
      300_000,
    );
  });
});
