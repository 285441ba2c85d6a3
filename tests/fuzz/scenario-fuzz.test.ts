// Property-based fuzzing of scenario files (issue 15): take a shipped
// scenario, break it in one to three places with values from a hostile
// corpus, and run it through `validate`, a deterministic `run` and a short
// Monte Carlo `run`. Whatever the damage, the only outcomes allowed are a
// result or a user error that names the file — never exit 70, never a
// trace, never a non-finite number. Seeded; `npm run fuzz` runs many more.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { parse, stringify } from "yaml";
import { cli } from "../cli/run-cli.js";
import {
  expandNested,
  fuzzRuns,
  fuzzTimeoutMs,
  fuzzSeed,
  hostileNumber,
  hostileScalar,
  hostileValue,
  materialize,
} from "./hostile-values.js";
import { expectCleanOutcome, expectLocatedError } from "./outcome-checks.js";

type Json = unknown;
type Path = readonly (string | number)[];

const SHIPPED = readdirSync("scenarios")
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => ({ name: f, doc: parse(readFileSync(join("scenarios", f), "utf8")) as Json }));

/** Every path into a document, containers included. */
function paths(v: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v !== null && typeof v === "object")
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

type Mutation =
  | { readonly kind: "set"; readonly pick: number; readonly value: Json }
  | { readonly kind: "set-leaf"; readonly pick: number; readonly value: Json }
  | { readonly kind: "set-known"; readonly pick: number; readonly value: Json }
  | { readonly kind: "delete"; readonly pick: number }
  | { readonly kind: "unknown-key"; readonly pick: number; readonly value: Json };

function valueAt(doc: Json, path: Path): Json {
  return path.reduce<Json>(
    (o, k) => (o !== null && typeof o === "object" ? (o as Record<string, Json>)[k] : undefined),
    doc,
  );
}

/** A number or a short string: where quantities live. */
function isLeaf(v: Json): boolean {
  return typeof v === "number" || (typeof v === "string" && v.length < 40);
}

/** Fields every scenario may have, whether or not this one writes them (as `--set` reaches them). */
const KNOWN_FIELDS: readonly Path[] = [
  ["priceYear"],
  ["focus"],
  ["threat", "swarmSizes"],
  ["threat", "disruption"],
  ...["unitCost", "share", "damage", "decoy"].map((k) => ["threat", "drones", 0, k]),
  ...["costPerShot", "pk", "magazine", "availability", "fixedCost", "capacity", "doctrine"].flatMap(
    (k) => [0, 1].map((i) => ["defense", "layers", i, k]),
  ),
  ["defense", "layers", 0, "doctrine", "shots"],
  ["defense", "layers", 0, "acquisition"],
  ["campaign", "nights"],
  ["campaign", "raid"],
  ["campaign", "holdLeakRate"],
];

/** Sets a known field where its parent exists. */
function setKnown(doc: Json, m: { pick: number; value: Json }): Json {
  const copy = structuredClone(doc);
  const path = KNOWN_FIELDS[m.pick % KNOWN_FIELDS.length]!;
  const parent = valueAt(copy, path.slice(0, -1));
  if (parent !== null && typeof parent === "object")
    (parent as Record<string | number, Json>)[path[path.length - 1]!] = materialize(m.value);
  return copy;
}

function mutate(doc: Json, m: Mutation): Json {
  if (m.kind === "set-known") return setKnown(doc, m);
  const copy = structuredClone(doc);
  const all = paths(copy).filter(
    (p) => p.length > 0 && (m.kind !== "set-leaf" || isLeaf(valueAt(copy, p))),
  );
  const path = all[m.pick % all.length]!;
  const parent = valueAt(copy, path.slice(0, -1));
  const key = path[path.length - 1]!;
  const box = parent as Record<string | number, Json>;
  if (m.kind === "set" || m.kind === "set-leaf") box[key] = materialize(m.value);
  else if (m.kind === "delete") {
    if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- deleting a random key is the point
    else delete box[key];
  } else if (box[key] !== null && typeof box[key] === "object" && !Array.isArray(box[key]))
    (box[key] as Record<string, Json>)["unexpectedKey"] = materialize(m.value);
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      pick: fc.nat(),
      value: hostileValue,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("set-known" as const),
      pick: fc.nat(),
      value: fc.oneof(hostileNumber, hostileScalar),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("set-leaf" as const),
      pick: fc.nat(),
      value: hostileScalar,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("unknown-key" as const),
      pick: fc.nat(),
      value: hostileValue,
    }),
  },
);

const dir = mkdtempSync(join(tmpdir(), "cxr-fuzz-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
let counter = 0;
/** Generated cases: 40 in `npm test`, CXR_FUZZ_RUNS (2,000 in `npm run fuzz`) otherwise. */
const RUNS = fuzzRuns(40);

describe("fuzzing scenario files", () => {
  it(
    "never ends in an internal error, a trace or a non-finite number",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: SHIPPED.length - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          async (which, mutations) => {
            const base = SHIPPED[which]!;
            const doc = mutations.reduce(mutate, base.doc);
            const file = join(dir, `case-${counter++}.yaml`);
            writeFileSync(file, expandNested(stringify(doc, { aliasDuplicateObjects: false })));
            const context = `${base.name} with ${JSON.stringify(mutations).slice(0, 500)}`;
            const injected = mutations.flatMap((m) =>
              "value" in m && typeof m.value === "string" ? [m.value] : [],
            );
            const validate = await cli(["validate", file]);
            expectCleanOutcome(validate, context);
            expectLocatedError(validate, file, context);
            for (const args of [
              ["run", file, "--format", "json"],
              ["run", file, "--format", "table", "--sizes", "1,19,250"],
              ["run", file, "--format", "csv", "--trials", "40", "--seed", "3", "--sizes", "1,19"],
              [
                "chart",
                file,
                "--type",
                "tornado",
                "--format",
                "vl.json",
                "--out",
                `${file}.vl.json`,
              ],
              ["chart", file, "--type", "cost", "--format", "svg", "--out", `${file}.svg`],
            ]) {
              const run = await cli(args);
              expectCleanOutcome(run, `${args.join(" ")}: ${context}`, injected);
            }
          },
        ),
        { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
      );
    },
    fuzzTimeoutMs(RUNS),
  );
});
