/**
 * YAML text → raw JavaScript value, with a map back from paths to line and
 * column (the `yaml` package's `LineCounter`). Every YAML problem is an
 * issue: syntax errors, duplicate keys, alias bombs, an empty file.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { issue } from "./messages.js";
import type { Issue, RawPath } from "./problem.js";

/** The most alias expansions a file may use; a billion-laughs file fails fast. */
export const MAX_ALIAS_COUNT = 100;

/** Parsed YAML that positions can be looked up in. */
export interface YamlSource {
  /** File name for messages ("--set" for an override value). */
  readonly file: string;
  readonly root: Node | null;
  readonly lines: LineCounter;
  /** Added to the column of line 1 (the `PATH=` before a `--set` value). */
  readonly colOffset: number;
}

export type ParsedYaml =
  { ok: true; value: unknown; source: YamlSource } | { ok: false; issues: Issue[] };

/**
 * Parses one YAML document. `colOffset` shifts columns on line 1, for a value
 * cut out of a longer string (`--set PATH=VALUE`).
 */
export function parseYaml(text: string, file: string, colOffset = 0): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const place = (line: number | undefined, col: number | undefined) => ({
    file,
    line: line ?? null,
    col: col === undefined ? null : col + (line === 1 ? colOffset : 0),
  });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      const where = { place: place(pos?.line, pos?.col) };
      if (e.code === "DUPLICATE_KEY") {
        // The message does not name the key; read it from the text.
        const key = /^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0].trim() ?? "";
        return issue("duplicate-key", [], { key }, where);
      }
      const detail = (e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
      return issue("yaml-syntax", [], { detail }, where);
    });
    return { ok: false, issues };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // toJS throws a ReferenceError when the alias count is exceeded.
    if (e instanceof ReferenceError) {
      const place = { file, line: null, col: null };
      return { ok: false, issues: [issue("alias-limit", [], { max: MAX_ALIAS_COUNT }, { place })] };
    }
    throw e;
  }
  const root = doc.contents;
  return { ok: true, value, source: { file, root, lines, colOffset } };
}

/** The node at `path` below `node`, and how far down the path it got. */
export function nodeAt(
  node: Node | null,
  path: RawPath,
  atKey: boolean,
): { node: Node | null; depth: number } {
  let cur: Node | null = node;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(cur)) {
      const pair = cur.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      if (pair === undefined) return { node: cur, depth: i };
      const last = i === path.length - 1;
      const next = (last && atKey ? pair.key : pair.value) as Node | null;
      if (next === null) return { node: pair.key as Node | null, depth: i + 1 };
      cur = next;
    } else if (isSeq(cur) && typeof seg === "number") {
      const item = cur.items[seg] as Node | undefined;
      if (item === undefined) return { node: cur, depth: i };
      cur = item;
    } else {
      return { node: cur, depth: i };
    }
  }
  return { node: cur, depth: path.length };
}

function keyText(key: unknown): string | null {
  return isScalar(key) ? String(key.value) : null;
}

/** 1-based line and column of a node's start. */
export function positionOf(
  source: YamlSource,
  node: Node | null,
): { line: number; col: number } | null {
  const start = node?.range?.[0];
  if (start === undefined) return null;
  const pos = source.lines.linePos(start);
  return { line: pos.line, col: pos.col + (pos.line === 1 ? source.colOffset : 0) };
}
