// Issue 10, "one error style": every user error of cxr is a CxrError with a
// code, a path and a hint (src/model/cxr-error.ts), whichever folder raises
// it, and the command line renders them in one place (exit 1, no trace).
import { describe, expect, it } from "vitest";
import { AnalysisError, UnknownInputError } from "../../src/analysis/index.js";
import { SweepError } from "../../src/briefing/index.js";
import { InputError } from "../../src/cli/io.js";
import { swarmSizeError } from "../../src/engine/model-limit-error.js";
import { CxrError } from "../../src/model/index.js";
import { cli } from "../cli/run-cli.js";

describe("one error type", () => {
  it("every user error is a CxrError with its own code", () => {
    const errors = [
      new InputError("no such file"),
      new AnalysisError("the range has no room"),
      new UnknownInputError("defense.layers.sam.cost", ["defense.layers.sam.costPerShot"]),
      swarmSizeError(2 ** 60),
      new SweepError("--x: expected PATH=FROM..TO"),
    ];
    for (const e of errors) expect(e).toBeInstanceOf(CxrError);
    expect(errors.map((e) => e.code)).toEqual([
      "input",
      "analysis",
      "unknown-input",
      "swarm-size",
      "sweep-syntax",
    ]);
    expect((errors[2] as CxrError).path).toBe("defense.layers.sam.cost");
    expect((errors[3] as CxrError).hint).toBe("use smaller swarm sizes");
  });

  it("the command line prints each the same way: its message, exit 1, no trace", async () => {
    const file = "scenarios/poland-2025-09-10.yaml";
    for (const args of [
      ["run", "no-such-file.yaml"], // InputError
      ["breakeven", file, "--param", "defense.layers.nope.pk"], // UnknownInputError
      ["run", file, "--sizes", "9007199254740993"], // ModelLimitError
      ["chart", file, "--type", "heatmap", "--x", "nonsense"], // SweepError
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr, args.join(" ")).not.toMatch(/internal error|\n\s+at /);
    }
  });
});
