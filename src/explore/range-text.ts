/**
 * The range of an uncertain input as the explorer's range fields edit it
 * (issue 14): the distribution's name and each parameter as the file spells
 * it (`50%`, `27k`, `80k USD`), with the mapping's other keys (`currency`,
 * `year`, `source`, `base`) kept, so a range is moved without retyping the
 * YAML. The spellings are the scenario format's (docs/scenario-format.md
 * "Numbers"); the loader reads and checks them.
 */
import { isMap, isScalar, isSeq, type Node, parseDocument } from "yaml";
import type { Distribution, DistributionKind, Input } from "../model/index.js";

/** The parameters of each distribution, in the order the file lists them. */
export const RANGE_PARAMETERS: Readonly<Record<DistributionKind, readonly string[]>> = {
  uniform: ["min", "max"],
  triangular: ["min", "mode", "max"],
  pert: ["min", "mode", "max"],
  normal: ["mean", "sd"],
  lognormal: ["p5", "p95"],
  beta: ["alpha", "beta"],
};

const KINDS = Object.keys(RANGE_PARAMETERS) as DistributionKind[];

export interface RangeText {
  readonly kind: DistributionKind;
  /** Each parameter's text, in {@link RANGE_PARAMETERS} order. */
  readonly params: readonly string[];
  /** The mapping's other entries as `key: value` texts (`currency: USD`); empty for `A to B`. */
  readonly extra: readonly string[];
  /** `mapping`: `{ pert: [a, b, c], … }`, whose parameters `--set` reaches as `PATH.pert.1`; `to`: `A to B`. */
  readonly form: "mapping" | "to";
}

function nodeText(text: string, node: unknown): string {
  if (isScalar(node) && node.range) return text.slice(node.range[0], node.range[1]).trim();
  if (isScalar(node)) return String(node.value);
  return "";
}

/**
 * Reads a value's text as a range, or null when it is a plain value (or not
 * one the fields can show: a parameter that is not a scalar, a second
 * distribution key, bad YAML).
 *
 * @example rangeText("{ pert: [50%, 70%, 90%] }") // { kind: "pert", params: ["50%", "70%", "90%"], extra: [], form: "mapping" }
 * @example rangeText("20k to 80k USD") // { kind: "lognormal", params: ["20k", "80k USD"], extra: [], form: "to" }
 */
export function rangeText(text: string): RangeText | null {
  // The page asks again for every field on every input event: parse each text once.
  const known = READ.get(text);
  if (known !== undefined) return known;
  const r = readRange(text);
  if (READ.size >= 1000) READ.clear();
  READ.set(text, r);
  return r;
}

const READ = new Map<string, RangeText | null>();

function readRange(text: string): RangeText | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const root = doc.contents;
  if (isScalar(root) && typeof root.value === "string") {
    const parts = root.value.trim().split(/\s+to\s+/);
    if (parts.length !== 2) return null;
    return { kind: "lognormal", params: parts, extra: [], form: "to" };
  }
  if (!isMap(root)) return null;
  let found: { kind: DistributionKind; params: string[] } | null = null;
  const extra: string[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const kind = KINDS.find((k) => k === key);
    if (kind === undefined) {
      const v = pair.value as Node | null;
      const valueText = v?.range ? text.slice(v.range[0], v.range[1]).trim() : String(v);
      extra.push(`${key}: ${valueText}`);
      continue;
    }
    if (found !== null || !isSeq(pair.value)) return null;
    const params = pair.value.items.map((item) => nodeText(text, item));
    if (params.length !== RANGE_PARAMETERS[kind].length || params.includes("")) return null;
    found = { kind, params };
  }
  return found === null ? null : { ...found, extra, form: "mapping" };
}

/**
 * The text of a range, in its own form.
 *
 * @example rangeTextOf({ kind: "pert", params: ["40%", "60%", "80%"], extra: ["source: x"], form: "mapping" }) // "{ pert: [40%, 60%, 80%], source: x }"
 */
export function rangeTextOf(r: RangeText): string {
  if (r.form === "to") return `${r.params[0]} to ${r.params[1]}`;
  return `{ ${[`${r.kind}: [${r.params.join(", ")}]`, ...r.extra].join(", ")} }`;
}

/** A number in at most 10 significant digits, as a file would spell it. */
function plain(x: number): string {
  return String(Number(x.toPrecision(10)));
}

/** The parameters of a distribution, in {@link RANGE_PARAMETERS} order. */
function parameterValues(d: Distribution): number[] {
  switch (d.kind) {
    case "uniform":
      return [d.min, d.max];
    case "triangular":
    case "pert":
      return [d.min, d.mode, d.max];
    case "normal":
      return [d.mean, d.sd];
    case "lognormal":
      return [d.p5, d.p95];
    case "beta":
      return [d.alpha, d.beta];
  }
}

/**
 * The range of an input the file leaves to the catalog, spelled in the
 * input's final unit: money as plain numbers (the reporting currency),
 * probabilities in %, durations in seconds. Null for a plain input, and for
 * a beta on another scale than 0..1 (the format has no spelling for it).
 *
 * @example inputRangeText(pkInput) // { kind: "pert", params: ["50%", "70%", "90%"], extra: [], form: "mapping" }
 */
export function inputRangeText(input: Input): RangeText | null {
  const d = input.dist;
  if (d === null || (d.kind === "beta" && d.scale !== 1)) return null;
  const spell = (x: number): string =>
    d.kind === "beta"
      ? plain(x)
      : input.unit === "probability"
        ? `${plain(x * 100)}%`
        : input.unit === "duration"
          ? `${plain(x)} s`
          : plain(x);
  return { kind: d.kind, params: parameterValues(d).map(spell), extra: [], form: "mapping" };
}
