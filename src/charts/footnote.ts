import type { Source, SourceKind } from "../model/index.js";
import type { ChartData } from "./chart-data.js";
import { assumptionLine, modeLine } from "../results/run-header.js";
import { provenanceItems } from "./provenance.js";

/** Characters per footnote line: about what fits 760 px of 11 px Inter. */
export const FOOTNOTE_LINE_CHARS = 125;

/** Lines the source list may take before it ends with "+N more". */
export const MAX_SOURCE_LINES = 4;

type Assumptions = Pick<
  ChartData,
  "title" | "mode" | "trials" | "seed" | "currency" | "priceYear" | "provenance"
>;

/**
 * A source shortened to "publisher year" (the title when there is no publisher).
 *
 * @example
 * shortSource({ id: "a", title: "…", publisher: "RAND", year: 2024, url: null }); // "RAND 2024"
 */
export function shortSource(source: Source): string {
  const who = source.publisher.trim() === "" ? source.title.trim() : source.publisher.trim();
  return source.year === null ? who : `${who} ${source.year}`;
}

/**
 * The footnote's order of source kinds: primary (the maker, the buyer, the
 * official record), then secondary (reporting that names its own source),
 * then sources of no stated kind (catalog sources, our own estimates), then
 * aggregators (copies of others' reporting), so the list cut after
 * {@link MAX_SOURCE_LINES} lines drops aggregators first.
 */
const KIND_RANK: Readonly<Record<SourceKind | "none", number>> = {
  primary: 0,
  secondary: 1,
  none: 2,
  aggregator: 3,
};

/**
 * `sources` primary first, then secondary, unstated, aggregator; in the
 * scenario's order within a kind.
 *
 * @example
 * byKind([{ …, kind: "aggregator" }, { …, kind: "primary" }]); // [primary, aggregator]
 */
export function byKind(sources: readonly Source[]): Source[] {
  const rank = (s: Source) => KIND_RANK[s.kind ?? "none"];
  return sources
    .map((source, i) => ({ source, i }))
    .sort((a, b) => rank(a.source) - rank(b.source) || a.i - b.i)
    .map((e) => e.source);
}

/** A source in a footnote: "publisher year", marked "(aggregator)" where it only summarises others. */
function footnoteSource(source: Source): string {
  return source.kind === "aggregator" ? `${shortSource(source)} (aggregator)` : shortSource(source);
}

/** Characters per subtitle line: about what fits 760 px of 13.5 px Inter. */
const SUBTITLE_LINE_CHARS = 100;

/**
 * The subtitle under a finding title: the scenario's title, then the key
 * assumptions (mode, trials and seed, currency and price year), then — when
 * the run is not the base case — the variant and every override, so a
 * tweaked number never reads as the base case.
 *
 * @example
 * subtitleLines(data); // ["Poland, 10 Sep 2025", "Monte Carlo, 10,000 trials, seed 1 · EUR, 2025 prices"]
 */
export function subtitleLines(data: Assumptions, extra?: string): string[] {
  const line = assumptionLine(data);
  return [
    data.title,
    extra === undefined ? line : `${line} · ${extra}`,
    ...wrapItems(provenanceItems(data.provenance), SUBTITLE_LINE_CHARS),
  ];
}

/**
 * Greedy word-wrap of `items` joined by "; " into lines of at most `width`
 * characters (an item longer than a line gets a line of its own).
 */
function wrapItems(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    const next = line === "" ? item : `${line}; ${item}`;
    if (line !== "" && next.length + 1 > width) {
      lines.push(`${line};`);
      line = item;
    } else {
      line = next;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * The footnote of a chart: "Source: cxr · <title> · <mode>", then the sources
 * by kind ({@link byKind}: primary first, aggregators last) shortened to
 * "publisher year" (an aggregator marked so), `; `-separated and de-duplicated, wrapped to
 * {@link FOOTNOTE_LINE_CHARS} characters and cut after {@link MAX_SOURCE_LINES}
 * lines with "+N more".
 *
 * @example
 * footnoteLines(data); // ["Source: cxr · Poland · seed 1 (Monte Carlo, 10,000 trials)", "Sources: RAND 2024; CSIS 2025"]
 */
export function footnoteLines(data: Assumptions & Pick<ChartData, "sources">): string[] {
  const head = `Source: cxr · ${data.title} · ${modeLine(data)}`;
  const changed = wrapItems(provenanceItems(data.provenance), FOOTNOTE_LINE_CHARS);
  const items = [...new Set(byKind(data.sources).map(footnoteSource))];
  if (items.length === 0) return [head, ...changed];

  const labelled = (list: readonly string[], more: number): string[] =>
    wrapItems(
      [`Sources: ${list[0] ?? ""}`, ...list.slice(1), ...(more > 0 ? [`+${more} more`] : [])],
      FOOTNOTE_LINE_CHARS,
    );

  // Drop sources from the end until the list, with its "+N more", fits.
  let kept = items.length;
  let lines = labelled(items, 0);
  while (lines.length > MAX_SOURCE_LINES && kept > 1) {
    kept--;
    lines = labelled(items.slice(0, kept), items.length - kept);
  }
  return [head, ...changed, ...lines];
}
