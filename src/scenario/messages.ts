/**
 * Every problem the loader can report: its stable code and its message
 * template. Nothing else in `src/scenario/` writes a message text; every
 * problem is built by `issue()` below.
 */
import type { Issue, RawPath } from "./problem.js";

const list = (xs: readonly string[]): string => (xs.length === 0 ? "none" : xs.join(", "));

/** What a field of each kind accepts, for "expected …" messages. */
export const EXPECTED = {
  number: "a number",
  int: "a whole number",
  string: "a string",
  boolean: "true or false",
  array: "a list",
  tuple: "a list",
  object: "a mapping",
  record: "a mapping",
  id: "an id of lower-case letters, digits, '-' and '_' that starts with a letter or digit",
  currency: "an ISO 4217 currency code of three capital letters, like USD",
  year: "a four-digit year",
  count: "a whole number like 8 or 1k",
  fraction: "a number like 0.4 or a percent like 40%",
  probability:
    "a probability like 0.85 or 85%, an interval like 60% to 90%, or a distribution mapping",
  money:
    "money like 470k USD or 2.5M (reporting currency), an interval like 20k to 80k USD, a mapping {value, currency, year} or a distribution mapping",
  "money-item": "an amount like 470k or 470k USD",
  duration:
    "a duration like 12 s, 30 min or 2 h, an interval like 20 to 40 min, or a distribution mapping",
  "duration-item": "a duration like 12 s or 30 min, or a number of seconds",
  "swarm-sizes": "a list of whole numbers or a mapping {from, to, points, scale}",
  capacity: "a mapping {shots} or {channels, window, timePerShot}",
  share: "a share like 0.4 or 40%, or rest (1 − the other shares)",
  rate: "a rate like 30 (per night), 1000/day, 2700/month or 30k/year",
  "lead-time": "a lead time like 30 days, 18 months or 2 years",
  raid: "a whole number of drones per night, or a list of spans {from, to, drones}",
} as const;
export type Expected = keyof typeof EXPECTED;

export const MESSAGES = {
  "file-too-large": (a: { max: number }) =>
    `the file is larger than ${a.max} bytes, the most a scenario file may have`,
  "empty-file": () => "the file is empty: expected a scenario mapping (title, currency, threat, …)",
  "not-a-mapping": (a: { found: string }) =>
    `expected a mapping of scenario keys at the top level, found ${a.found}`,
  "yaml-syntax": (a: { detail: string }) => `YAML syntax error: ${a.detail}`,
  "undefined-alias": (a: { name: string }) =>
    `the alias *${a.name} names no anchor: define &${a.name} before it, or write the value`,
  "complex-key": () =>
    "a mapping key must be plain text, found a list or mapping as a key (? [..] or ? {..})",
  "nesting-too-deep": (a: { max: number }) =>
    `the YAML is nested too deep (limit ${a.max} levels): a scenario needs fewer than 10`,
  "not-text": () =>
    "the file is not text (it holds NUL bytes or is not UTF-8): expected a YAML scenario",
  "too-large": (a: { what: string; max: string; found: string }) =>
    `expected ${a.what} of at most ${a.max}, found ${a.found}`,
  "duplicate-key": (a: { key: string }) => `the key "${a.key}" appears twice in one mapping`,
  "alias-limit": (a: { max: number }) =>
    `too many YAML alias expansions (more than ${a.max}): the file looks like an alias bomb`,
  "unknown-key": (a: { key: string; allowed: readonly string[]; suggestion: string | null }) =>
    `unknown key "${a.key}"${a.suggestion === null ? "" : ` (did you mean "${a.suggestion}"?)`}; expected one of: ${list(a.allowed)}`,
  "missing-field": (a: { key: string; why?: string }) =>
    `missing "${a.key}"${a.why === undefined ? "" : `: ${a.why}`}`,
  "wrong-type": (a: { expected: string; found: string }) =>
    `expected ${a.expected}, found ${a.found}`,
  "not-finite": (a: { found: string }) => `expected a finite number, found ${a.found}`,
  "bad-value": (a: { options: readonly string[]; found: string }) =>
    `expected one of ${list(a.options)}, found ${a.found}`,
  "list-length": (a: { expected: string; found: number }) =>
    `expected ${a.expected}, found ${a.found} item${a.found === 1 ? "" : "s"}`,
  "bad-quantity": (a: { expected: string; found: string }) =>
    `expected ${a.expected}, found ${a.found}`,
  "money-spelling": (a: { found: string; accepted: string }) =>
    `money is written as an amount, a space and an ISO 4217 code: write ${a.accepted}, found ${a.found}`,
  "currency-format": (a: { found: string }) =>
    `expected an ISO 4217 currency code of three capital letters (like USD), found ${a.found}`,
  "bad-id": (a: { found: string }) => `expected ${EXPECTED.id}, found ${a.found}`,
  "probability-range": (a: { found: string; percent?: string }) =>
    `expected a probability in 0..1, found ${a.found}${a.percent === undefined ? "" : ` (did you mean ${a.percent}?)`}`,
  "negative-money": (a: { found: string }) => `expected money ≥ 0, found ${a.found}`,
  "negative-duration": (a: { found: string }) => `expected a duration ≥ 0, found ${a.found}`,
  "base-without-distribution": () =>
    "base: sets a distribution's deterministic value; beside value: it has no meaning (remove one)",
  "beta-not-probability": (a: { unit: string }) =>
    `beta: lives on 0..1 and is for probabilities; for ${a.unit} use triangular, pert, uniform, normal or lognormal`,
  "zero-time-per-shot": (a: { found: string }) =>
    `expected a time per shot above 0 (every value it can take), found ${a.found}`,
  "not-whole": (a: { found: string }) => `expected a whole number, found ${a.found}`,
  "count-range": (a: { min: number; found: string }) =>
    `expected a whole number ≥ ${a.min}, found ${a.found}`,
  "not-positive": (a: { what: string; found: string }) =>
    `expected ${a.what} > 0, found ${a.found}`,
  "share-sum": (a: { sum: number }) =>
    `the drone shares must sum to 1 (within 1e-9), found ${Number(a.sum.toPrecision(12))}`,
  "share-range": (a: { found: string; percent?: string }) =>
    `expected a share in 0..1, found ${a.found}${a.percent === undefined ? "" : ` (did you mean ${a.percent}?)`}`,
  "no-drones": () => "expected at least one drone type in threat.drones, found none",
  "duplicate-id": (a: { id: string; first: string }) =>
    `the id "${a.id}" is already used by ${a.first}`,
  "unknown-drone": (a: { id: string; known: readonly string[] }) =>
    `no drone type with id "${a.id}"; drone ids are: ${list(a.known)}`,
  "distribution-kind": (a: { found: readonly string[] }) =>
    `expected exactly one of triangular, pert, uniform, normal, lognormal, beta${
      a.found.length === 0 ? " (or value)" : ""
    }, found ${a.found.length === 0 ? "none" : a.found.join(" and ")}`,
  "distribution-params": (a: { rule: string; found: string }) =>
    `expected ${a.rule}, found ${a.found}`,
  "currency-mismatch": (a: { found: readonly string[] }) =>
    `one value cannot have two currencies, found ${a.found.join(" and ")}`,
  "unknown-currency": (a: { currency: string }) =>
    `no fx rate for ${a.currency}: add it to fx (reporting-currency units per ${a.currency})`,
  "no-inflation": (a: { year: number; neededBy: string }) =>
    `no inflation index for ${a.year} (needed by ${a.neededBy}): add it to inflation`,
  "sizes-syntax": (a: { found: string }) =>
    `expected sizes like 1,10,100 or FROM..TO[:linear|:log][:POINTS] (log needs POINTS), found ${a.found}`,
  "sizes-range": (a: { rule: string; found: string }) => `expected ${a.rule}, found ${a.found}`,
  "set-syntax": (a: { found: string }) => `expected --set PATH=VALUE, found ${a.found}`,
  "set-path": (a: { missing: string; at: string; existing: readonly string[] }) =>
    `no "${a.missing}" in ${a.at === "" ? "the scenario" : a.at}; it has: ${list(a.existing)}`,
  "unknown-variant": (a: { name: string; known: readonly string[] }) =>
    `no variant named "${a.name}"; the variants are: ${list(a.known)}`,
  "duplicate-variant": (a: { name: string }) => `the variant name "${a.name}" is used twice`,
  "ref-kind": (a: { ref: string; kind: string; role: "drone" | "layer" }) =>
    a.role === "drone"
      ? `catalog entry "${a.ref}" is a ${a.kind}, not a drone`
      : `catalog entry "${a.ref}" is a ${a.kind}: a layer takes a missile, gun, interceptor drone, laser, microwave or electronic-warfare entry`,
  "unknown-ref": (a: { ref: string; suggestions: readonly string[] }) =>
    `no catalog entry "${a.ref}"${
      a.suggestions.length === 0 ? "" : `; did you mean ${a.suggestions.join(", ")}?`
    }`,
  "unknown-source": (a: { id: string; known: readonly string[] }) =>
    `no source with id "${a.id}" in sources:; the source ids are: ${list(a.known)}`,
  "share-rest-twice": (a: { first: string }) =>
    `only one drone type may take share: rest, and ${a.first} already does`,
  "share-rest-negative": (a: { sum: number }) =>
    `share: rest takes 1 − the other shares, but they already sum to ${Number(a.sum.toPrecision(12))} (above 1)`,
  "unknown-layer": (a: { id: string; known: readonly string[] }) =>
    `no layer with id "${a.id}"; layer ids are: ${list(a.known)}`,
  "no-raid": () => "a campaign needs a raid: a whole number of drones per night, or spans",
  "raid-span-order": (a: { from: number; to: number }) =>
    `expected from ≤ to in a raid span, found from ${a.from} and to ${a.to}`,
  "raid-span-outside": (a: { nights: number; found: string }) =>
    `expected a raid span within nights 1..${a.nights}, found ${a.found}`,
  "raid-span-overlap": (a: { other: string; found: string }) =>
    `raid spans must not overlap: nights ${a.found} overlap ${a.other}`,
  "negative-rate": (a: { found: string }) => `expected a rate ≥ 0, found ${a.found}`,
  "reserve-above-stock": (a: { reserve: number; stock: number }) =>
    `the reserve (${a.reserve}) is above the stock (${a.stock}): the defender cannot keep back more than it has`,
  "year-range": (a: { min: number; max: number; found: string }) =>
    `expected a year from ${a.min} to ${a.max}, found ${a.found}`,
  "pk-far-below-catalog": (a: { found: string; ref: string; likely: number }) =>
    `pk ${a.found} is below 1 %, while catalog entry "${a.ref}" gives ${Number((a.likely * 100).toPrecision(6))} %: did you mean ${a.found.replace(/%\s*$/, "").trim()} without the percent sign, or a pk in percent like ${Number((a.likely * 100).toPrecision(3))}%?`,
  "salvo-above-magazine": (a: { shots: number; magazine: number }) =>
    `doctrine.shots (${a.shots}) is larger than magazine (${a.magazine}): not one salvo could be fired; lower shots or raise magazine`,
  "no-catalog": (a: { ref: string }) =>
    `ref "${a.ref}" needs the catalog, but the catalog is not available`,
} as const satisfies Record<string, (a: never) => string>;

export type ProblemCode = keyof typeof MESSAGES;
type Args<C extends ProblemCode> = Parameters<(typeof MESSAGES)[C]>[0];

/**
 * Builds an issue from its code and the template's arguments.
 *
 * @example issue("probability-range", ["defense", "layers", 1, "pk"], { found: "1.2" })
 */
export function issue<C extends ProblemCode>(
  code: C,
  path: RawPath,
  ...rest: Args<C> extends undefined
    ? [args?: undefined, extra?: Partial<Pick<Issue, "atKey" | "place">>]
    : [args: Args<C>, extra?: Partial<Pick<Issue, "atKey" | "place">>]
): Issue {
  const [args, extra] = rest;
  const template = MESSAGES[code] as (a: unknown) => string;
  return { code, path, message: template(args), ...extra };
}

/**
 * The percent a bare number above 1 was probably meant as: `80` → `80%`;
 * undefined for a value that is no such slip (0.8, 250, "80%").
 *
 * @example percentHint(80, 80) // "80%"
 */
export function percentHint(value: number | null, written: unknown): string | undefined {
  if (value === null || !(value > 1 && value <= 100)) return undefined;
  if (typeof written === "string" && written.includes("%")) return undefined;
  return `${value}%`;
}

/** A value as a message shows it: `"abc"`, `1.2`, `true`, `a list`, `a mapping`. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return "nothing";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") {
    if (Number.isNaN(v)) return ".nan";
    if (!Number.isFinite(v)) return v > 0 ? ".inf" : "-.inf";
    return String(v);
  }
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v instanceof Uint8Array) return "binary data (!!binary)";
  if (v instanceof Date) return "a timestamp (!!timestamp)";
  if (typeof v === "object") return "a mapping";
  return typeof v;
}
