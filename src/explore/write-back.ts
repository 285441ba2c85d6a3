/**
 * "Download scenario": the file's YAML with the explorer's overrides written
 * into it. Each value is spliced into the text where the `yaml` package's
 * Document API places the old one (or, for a key the file leaves to the
 * catalog or a default, on a new line after its mapping's last entry), so
 * comments, key order and every untouched spelling stay as written.
 */
import {
  Document,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import type { Override } from "../model/index.js";
import { resolvePath } from "../scenario/overrides.js";

function parsed(text: string, what: string): Document {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0)
    throw new Error(`${what} is not valid YAML: ${doc.errors[0]!.message}`);
  return doc;
}

/** A node on one line: block collections become flow ones, comments inside are dropped. */
export function flowText(node: Node): string {
  const doc = new Document();
  doc.contents = node.clone() as Node;
  const flat = (_: unknown, n: Node): void => {
    n.comment = null;
    n.commentBefore = null;
    if (isCollection(n)) n.flow = true;
  };
  visit(doc, { Map: flat, Seq: flat, Scalar: flat });
  return doc.toString({ lineWidth: 0 }).trim();
}

/**
 * A value's text as the file writes it, on one line (a block collection in
 * flow form); "" for a node the file does not have.
 */
export function nodeText(text: string, node: unknown): string {
  if (!isNode(node) || !node.range) return "";
  const source = text.slice(node.range[0], node.range[1]).trim();
  return source.includes("\n") ? flowText(node) : source;
}

/** One line of YAML for a value: its text when single-line, else its flow form. */
function inline(value: string): string {
  const text = value.trim();
  if (!text.includes("\n")) return text;
  const node = parsed(text, "the value").contents;
  return isNode(node) ? flowText(node) : text;
}

/** Writes one override into the text. */
function applyOne(text: string, o: Override): string {
  const doc = parsed(text, "the scenario");
  parsed(o.value, `the value of ${o.path}`);
  const value = inline(o.value);
  const r = resolvePath(doc.toJS(), o.path);
  if (!r.ok) throw new Error(`${o.path}: no such path in the scenario`);
  const old = doc.getIn(r.path, true);
  if (isNode(old) && old.range) {
    return text.slice(0, old.range[0]) + value + text.slice(old.range[1]);
  }
  const parent = r.path.length === 1 ? doc.contents : doc.getIn(r.path.slice(0, -1), true);
  const key = String(r.path.at(-1));
  if (!isMap(parent) || parent.flow === true || !parent.range || parent.items.length === 0) {
    // Nowhere to splice a line: let the Document API place it.
    doc.setIn(r.path, parseDocument(value).contents);
    return doc.toString({ lineWidth: 0 });
  }
  const first = parent.items[0]!.key;
  const start = isNode(first) && first.range ? first.range[0] : parent.range[0];
  const indent = start - (text.lastIndexOf("\n", start - 1) + 1);
  // After the line on which the mapping's last value ends (its comment included).
  const lineEnd = text.indexOf("\n", Math.max(parent.range[1] - 1, 0));
  const at = lineEnd < 0 ? text.length : lineEnd;
  return `${text.slice(0, at)}\n${" ".repeat(indent)}${key}: ${value}${text.slice(at)}`;
}

/**
 * Writes each override at its path (list items by id or index, as `--set`
 * resolves them). The result loads to the same scenario as the file with the
 * same `--set` overrides.
 *
 * @throws Error when the file or a value is not valid YAML, or a path does not resolve
 *   (the page offers the download only for overrides the loader accepted)
 * @example
 * applyOverrides("pk: 80% # guess\n", [{ path: "pk", value: "90%" }]) // "pk: 90% # guess\n"
 */
export function applyOverrides(text: string, overrides: readonly Override[]): string {
  return overrides.reduce(applyOne, text);
}

/** Each variant of a parsed file: its name and its `set` entries with their value nodes. */
export function variantSets(
  doc: Document,
): { name: string; set: { path: string; node: unknown }[] }[] {
  const list = doc.get("variants", true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    if (!isMap(item)) return [];
    const name = item.get("name");
    const set = item.get("set", true);
    if (typeof name !== "string" || !isMap(set)) return [];
    return [
      {
        name,
        set: set.items.map((pair) => ({
          path: isScalar(pair.key) ? String(pair.key.value) : "",
          node: pair.value,
        })),
      },
    ];
  });
}

/**
 * The `set` entries of variant `name` as overrides, each value as the file
 * writes it; [] for the base case or a variant the file does not have.
 *
 * @example variantOverrides(text, "AMRAAMs only") // [{ path: "defense.layers.f35-aim9x.costPerShot", value: "{ pert: [900k, 1M, 1.2M], currency: USD, year: 2024 }" }]
 */
export function variantOverrides(text: string, name: string | null): Override[] {
  if (name === null) return [];
  const v = variantSets(parseDocument(text)).find((x) => x.name === name);
  return (v?.set ?? []).map((e) => ({ path: e.path, value: nodeText(text, e.node) }));
}

/**
 * "Download scenario": the file with the chosen variant's values and then
 * every override written in (so it loads, with no flags, to what
 * `cxr run FILE --variant V --set …` gives), under a comment that says so.
 *
 * @example exploredScenario("pk: 80%\n", null, [{ path: "pk", value: "60%" }]) // "# Saved by the cxr explorer with pk=60% written in.\npk: 60%\n"
 */
export function exploredScenario(
  text: string,
  variant: string | null,
  overrides: readonly Override[],
): string {
  const all = [...variantOverrides(text, variant), ...overrides];
  if (all.length === 0) return text;
  const what = [
    variant === null ? null : `the values of variant "${variant}"`,
    overrides.length === 0 ? null : overrides.map((o) => `${o.path}=${o.value}`).join("; "),
  ].filter((x) => x !== null);
  const note = `# Saved by the cxr explorer with ${what.join(", then ")} written in.`;
  return `${note.replace(/[\r\n\u2028\u2029]+/g, " ")}\n${applyOverrides(text, all)}`;
}
