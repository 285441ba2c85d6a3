// Property-based fuzzing of command lines (issue 15): a command, a shipped
// scenario (or a hostile path), and a few flags with hostile values. The
// only outcomes allowed are success, a user error (1) or a usage error (2),
// each with a message — never exit 70 or a trace. Output paths live in a
// temporary folder. Seeded; `npm run fuzz` runs many more cases.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { cli } from "../cli/run-cli.js";
import { fuzzRuns, fuzzTimeoutMs, fuzzSeed } from "./hostile-values.js";
import { expectCleanOutcome } from "./outcome-checks.js";

const dir = mkdtempSync(join(tmpdir(), "cxr-clifuzz-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const SCENARIOS = readdirSync("scenarios")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => join("scenarios", f));

const COMMANDS = ["run", "validate", "chart", "compare", "sensitivity", "breakeven"] as const;

const FLAG_VALUES: Record<string, readonly string[]> = {
  "--trials": ["0", "-1", "1", "25", "1e6x", "abc", "1e9", "NaN", "9007199254740993", "2.5"],
  "--seed": ["0", "-1", "1", "abc", "1e30", "4294967296"],
  "--sizes": [
    "1,10",
    "0",
    "-5",
    "1..1000:log:5",
    "9007199254740993",
    "1e20",
    "a,b",
    "",
    "1..",
    "10..1",
  ],
  "--set": [
    "defense.layers.0.pk=70%",
    "defense.layers.0.pk=80",
    "threat.drones.0.share=1e308",
    "threat.drones.0.unitCost=1e308",
    "__proto__.x=1",
    "constructor.prototype.x=1",
    "nope=1",
    "=",
    "threat.swarmSizes=[1e20]",
    "defense.layers.0.magazine=-1",
    "title=\u001b[2J",
  ],
  "--variant": ["nope", "", "\u202e", "0"],
  "--format": ["table", "json", "csv", "svg", "png", "vl.json", "jpg", "", "../x"],
  "--type": ["cer", "cost", "leakers", "tornado", "heatmap", "pie", ""],
  "--focus": ["19", "0", "-1", "1e9", "abc", "7"],
  "--metric": ["cer", "netCer", "nope"],
  "--sweep": [
    "defense.layers.0.costPerShot=1k..1M",
    "defense.layers.0.pk=1m..2m",
    "x=1..2",
    "defense.layers.0.pk=0.5..0.9:log:1e9",
    "",
  ],
  "--workers": ["1", "2", "0", "-1", "999"],
  "--x": ["defense.layers.0.costPerShot=1k..1M", "nope=1..2"],
};

const flag = fc
  .constantFrom(...Object.keys(FLAG_VALUES))
  .chain((name) => fc.constantFrom(...FLAG_VALUES[name]!).map((value) => [name, value] as const));

const target = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...SCENARIOS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("/dev/null", "/nonexistent.yaml", "scenarios", "package.json"),
  },
);

let counter = 0;
/** Generated cases: 60 in `npm test`, CXR_FUZZ_RUNS (2,000 in `npm run fuzz`) otherwise. */
const RUNS = fuzzRuns(60);

describe("fuzzing command lines", () => {
  it(
    "never ends in an internal error or a trace",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...COMMANDS),
          target,
          fc.array(flag, { maxLength: 4 }),
          async (command, file, flags) => {
            const args: string[] = [command, file, ...flags.flat()];
            if (command === "chart" && !flags.some(([f]) => f === "--type"))
              args.push("--type", "cer");
            if (command === "chart") args.push("--out", join(dir, `c${counter++}.svg`));
            // Long Monte Carlo runs are not what this property looks for.
            const t = args.indexOf("--trials");
            if (t >= 0 && Number(args[t + 1]) > 100 && Number(args[t + 1]) < 1e8)
              args[t + 1] = "100";
            const run = await cli(args);
            expectCleanOutcome(run, args.join(" "));
          },
        ),
        { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
      );
    },
    fuzzTimeoutMs(RUNS),
  );
});
