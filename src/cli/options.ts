import { type Command, InvalidArgumentError, Option } from "commander";

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** A number in (0, max]; a usage error (exit 2) otherwise. */
export function positiveNumber(name: string, max: number) {
  return (value: string): number => {
    const x = Number(value);
    if (value.trim() === "" || !Number.isFinite(x) || x <= 0 || x > max) {
      throw new InvalidArgumentError(`${name} must be a number above 0 and at most ${max}`);
    }
    return x;
  };
}

/** Digits, optionally with a whole exponent: `20000`, `1e6`, `2.5e4` (then checked whole). */
const WHOLE_NUMBER = /^\d+(?:\.\d+)?(?:e\d+)?$/i;

/** A whole number in [1, max], plain or as `1e6`; a usage error (exit 2) otherwise. */
export function positiveInt(name: string, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const x = Number(value);
    if (!WHOLE_NUMBER.test(value.trim()) || !Number.isInteger(x) || x < 1 || x > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${max}`);
    }
    return x;
  };
}

function seed(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 0xffffffff) {
    throw new InvalidArgumentError("the seed must be a whole number from 0 to 4294967295");
  }
  return Number(value);
}

/** `--set` and `--sizes`: overrides that apply to any scenario. */
export function overrideOptions(cmd: Command): Command {
  return cmd
    .option("--set <PATH=VALUE>", "override an input; repeatable (VALUE is YAML)", collect)
    .option("--sizes <LIST>", "swarm sizes: 1,10,100 or 1..1000:log:40");
}

/** Options shared by the commands that run a scenario (cli.md). */
export function scenarioOptions(cmd: Command): Command {
  return overrideOptions(cmd).option(
    "--variant <NAME>",
    "run one of the scenario's named variants",
  );
}

/** `--focus N`: the swarm size chart titles speak of. */
export function focusOption(cmd: Command): Command {
  return cmd.option(
    "--focus <N>",
    "the swarm size the chart titles speak of",
    positiveInt("--focus"),
  );
}

/** Options for Monte Carlo runs. */
export function simulationOptions(cmd: Command): Command {
  return cmd
    .option(
      "--trials <N>",
      "Monte Carlo with N trials (default: deterministic)",
      positiveInt("--trials", 1e8),
    )
    .option("--seed <S>", "seed for Monte Carlo", seed, 1)
    .addOption(
      new Option(
        "--workers <N>",
        "threads for Monte Carlo, the main one included (default: one per core, at most 8)",
      ).argParser(positiveInt("--workers", 64)),
    )
    .option("--quiet", "no progress bar");
}
