/**
 * YAML text → raw JavaScript value, with a map back from paths to line and
 * column (the `yaml` package's `LineCounter`). Every YAML problem is an
 * issue: syntax errors, duplicate keys, alias bombs, an empty file.
 */
import {
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type Pair,
  visit,
  type YAMLMap,
} from "yaml";
import { issue } from "./messages.js";
import type { Issue, RawPath } from "./problem.js";

/** The most alias expansions a file may use; a billion-laughs file fails fast. */
export const MAX_ALIAS_COUNT = 100;

/** The deepest nesting a file may have; the parser would overflow its stack long before 10 000. */
export const MAX_NESTING = 100;

/**
 * An upper estimate of the nesting depth of YAML text, without parsing it:
 * open flow brackets, plus block levels (a stack of indents, `- ` markers
 * counting one each). Quoted text and comments are skipped.
 */
export function nestingDepth(text: string): number {
  let deepest = 0;
  let flow = 0;
  const indents: number[] = [];
  for (const line of text.split("\n")) {
    const body = line.replace(/^\s*/, "");
    if (body === "" || body.startsWith("#")) continue;
    const indent = line.length - body.length;
    while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
    indents.push(indent);
    const dashes = /^(?:-\s+)*/.exec(body)![0].split("-").length - 1;
    let quote: string | null = null;
    for (const ch of body) {
      if (quote !== null) quote = ch === quote ? null : quote;
      else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "#") break;
      else if (ch === "[" || ch === "{") flow++;
      else if (ch === "]" || ch === "}") flow = Math.max(0, flow - 1);
      deepest = Math.max(deepest, flow + indents.length + dashes);
    }
  }
  return deepest;
}

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
  if (nestingDepth(text) > MAX_NESTING) {
    const place = { file, line: null, col: null };
    return { ok: false, issues: [issue("nesting-too-deep", [], { max: MAX_NESTING }, { place })] };
  }
  const lines = new LineCounter();
  // yaml's own duplicate-key check compares every key with every other key of
  // its mapping (20,000 keys took seconds); duplicateKeys() does it with a Set.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: true });
  const place = (line: number | undefined, col: number | undefined) => ({
    file,
    line: line ?? null,
    col: col === undefined ? null : col + (line === 1 ? colOffset : 0),
  });
  const duplicates = duplicateKeys(doc.contents);
  if (doc.errors.length > 0 || duplicates.length > 0) {
    const syntax = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      const detail = (e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
      return {
        at: e.pos[0],
        issue: issue("yaml-syntax", [], { detail }, { place: place(pos?.line, pos?.col) }),
      };
    });
    const twice = duplicates.map((d) => {
      const pos = lines.linePos(d.at);
      return {
        at: d.at,
        issue: issue("duplicate-key", [], { key: d.key }, { place: place(pos.line, pos.col) }),
      };
    });
    return {
      ok: false,
      issues: [...syntax, ...twice].sort((x, y) => x.at - y.at).map((x) => x.issue),
    };
  }
  const complex = complexKey(doc.contents);
  if (complex !== null) {
    const start = complex.range?.[0];
    const pos = start === undefined ? undefined : lines.linePos(start);
    return {
      ok: false,
      issues: [issue("complex-key", [], undefined, { place: place(pos?.line, pos?.col) })],
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // toJS throws a ReferenceError for an alias with no anchor, and when the
    // alias count is exceeded.
    if (e instanceof ReferenceError) {
      const where = { place: { file, line: null, col: null } };
      const unresolved = /^Unresolved alias.*: (.*)$/.exec(e.message);
      return {
        ok: false,
        issues: [
          unresolved === null
            ? issue("alias-limit", [], { max: MAX_ALIAS_COUNT }, where)
            : issue("undefined-alias", [], { name: unresolved[1]! }, where),
        ],
      };
    }
    throw e;
  }
  const root = doc.contents;
  return { ok: true, value, source: { file, root, lines, colOffset } };
}

/**
 * The first mapping key that is a list or a mapping (`? [1, 2]`): JavaScript
 * objects cannot hold one, and `yaml` would stringify it with a Node warning.
 */
function complexKey(root: Node | null): Node | null {
  let found: Node | null = null;
  visit(root, {
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        found = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Each scalar key that appears a second time in its mapping, with its offset in the text. */
function duplicateKeys(root: Node | null): { key: string; at: number }[] {
  const found: { key: string; at: number }[] = [];
  visit(root, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = keyText(pair.key);
        if (key === null) continue;
        if (seen.has(key)) found.push({ key, at: (pair.key as Node).range?.[0] ?? 0 });
        seen.add(key);
      }
    },
  });
  return found;
}

/** Each mapping's pairs by key text, built once: a lookup per issue would be quadratic. */
const PAIRS = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let byKey = PAIRS.get(map);
  if (byKey === undefined) {
    byKey = new Map();
    for (const p of map.items) {
      const text = isPair(p) ? keyText(p.key) : null;
      // The first pair wins, as a linear search would find it.
      if (text !== null && !byKey.has(text)) byKey.set(text, p);
    }
    PAIRS.set(map, byKey);
  }
  return byKey.get(key);
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
      const pair = pairOf(cur, String(seg));
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
