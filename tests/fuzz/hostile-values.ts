// Values a hostile or careless user puts where a number, a name or a path
// belongs. Shared by the scenario and command-line fuzzers.
import fc from "fast-check";

/** Scalars that have broken parsers before, or could. */
export const HOSTILE_SCALARS: readonly unknown[] = [
  0,
  -1,
  -0.5,
  1,
  1.5,
  80,
  1e308,
  -1e308,
  2 ** 53 + 2,
  1e20,
  2 ** 31,
  1e-320,
  "",
  " ",
  "-",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e308",
  "1e400",
  "0x10",
  "10K EUR",
  "€10k",
  "$470k",
  "80",
  "0.8%",
  "85%%",
  "1 to",
  "to 5",
  "5 to 1",
  "10k to 1k USD",
  "1e6 XYZ",
  "30 parsecs",
  "12 s",
  "-3 min",
  "rest",
  "=cmd|' /C calc'!A0",
  "+1",
  "@SUM(A1)",
  "\u001b[2J\u001b]0;pwned\u0007",
  "a\rb",
  "\u202eevil",
  "\u0000",
  "<script>alert(1)</script>",
  "x".repeat(10_000),
  true,
  false,
  null,
  [],
  {},
  [1, 2],
  { uniform: [1] },
  { uniform: [5, 1] },
  { normal: [0, -1] },
  { lognormal: [0, 0] },
  { beta: [0, 0] },
  { triangular: [3, 1, 2] },
  { value: 1e308, currency: "EUR" },
  { value: 1, currency: "ZZZ" },
];

/**
 * A deeply nested list (YAML parsers recurse), kept as a marker until it is
 * written so that fast-check can print a failing case without recursing.
 */
export class Nested {
  constructor(readonly depth: number) {}
  [fc.toStringMethod](): string {
    return `Nested(${this.depth})`;
  }
}

/** The value to put into a document: a nesting marker becomes a placeholder string. */
export function materialize(v: unknown): unknown {
  return v instanceof Nested ? `NESTED:${v.depth}` : v;
}

/**
 * YAML text with each placeholder replaced by a flow list nested that deep,
 * written as text because building it as objects overflows the YAML writer.
 */
export function expandNested(yamlText: string): string {
  return yamlText.replace(/NESTED:(\d+)/g, (_, d: string) => {
    const n = Number(d);
    return "[".repeat(n) + "1" + "]".repeat(n);
  });
}

export const hostileScalar = fc.constantFrom(...HOSTILE_SCALARS);

/** Values for a field that wants a number or a quantity: out of range, malformed, or huge. */
export const hostileNumber = fc.constantFrom<unknown>(
  1e308,
  -1e308,
  "1e308",
  2 ** 53 + 2,
  1e20,
  -1,
  -0.5,
  0,
  80,
  1.5,
  1e-320,
  "0.8%",
  "10K EUR",
  "€10k",
  "NaN",
  "",
  "5 to 1",
  { uniform: [5, 1] },
  { normal: [0, -1] },
);

/** Any JSON-ish value, weighted towards the hostile corpus. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileScalar },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 3000 }).map((d) => new Nested(d)) },
);

/** How many generated cases a property runs: small by default, large under `npm run fuzz`. */
export function fuzzRuns(defaultRuns: number): number {
  const env = Number(process.env["CXR_FUZZ_RUNS"]);
  return Number.isFinite(env) && env > 0 ? env : defaultRuns;
}

/**
 * The time limit of a property of `runs` cases: 10 minutes, or 1 s a case
 * when more (a default case takes ~0.2 s; `npm run fuzz` runs 2,000).
 */
export function fuzzTimeoutMs(runs: number): number {
  return Math.max(600_000, runs * 1_000);
}

/** The seed of every fuzz property: fixed, so a failure replays; `CXR_FUZZ_SEED` varies it. */
export function fuzzSeed(): number {
  const env = Number(process.env["CXR_FUZZ_SEED"]);
  return Number.isFinite(env) ? env : 20251209;
}
