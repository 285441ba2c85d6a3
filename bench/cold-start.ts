import { execFileSync } from "node:child_process";
import { median } from "simple-statistics";

/** Median wall time (ms) of a whole process over `runs` runs, after one warm-up. */
export function timeProcess(args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [...args], { stdio: "ignore" });
    if (i > 0) times.push(performance.now() - t0);
  }
  return median(times);
}

export interface ColdStart {
  readonly label: string;
  readonly ms: number;
  readonly ratio: number;
  readonly goal: number;
}

/**
 * Cold start as ratios: `cxr --help` and `cxr run` against bare `node -e 0`
 * (issue 1), and `cxr validate` and a deterministic `cxr run` of the
 * flagship against `cxr --version` (issue 10: at most 1.5×).
 */
export function coldStart(bin: string, flagship: string, runs = 15): ColdStart[] {
  const bare = timeProcess(["-e", "0"], runs);
  const version = timeProcess([bin, "--version"], runs);
  const help = timeProcess([bin, "--help"], runs);
  const run = timeProcess([bin, "run", flagship, "--format", "json"], runs);
  const validate = timeProcess([bin, "validate", flagship], runs);
  return [
    { label: "node -e 0", ms: bare, ratio: 1, goal: 1 },
    { label: "cxr --help", ms: help, ratio: help / bare, goal: 1.5 },
    { label: "cxr run (flagship)", ms: run, ratio: run / bare, goal: 3 },
    { label: "cxr --version", ms: version, ratio: 1, goal: 1 },
    {
      label: "cxr validate (flagship) / --version",
      ms: validate,
      ratio: validate / version,
      goal: 1.5,
    },
    { label: "cxr run, deterministic / --version", ms: run, ratio: run / version, goal: 1.5 },
  ];
}

// `node dist/bench/cold-start.js` prints these alone (`npm run bench` prints everything).
if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  const root = process.cwd();
  for (const c of coldStart(
    `${root}/dist/cli/bin.js`,
    `${root}/scenarios/poland-2025-09-10.yaml`,
  )) {
    const goal = c.goal === 1 ? "" : `   goal ≤ ${c.goal}×`;
    process.stdout.write(
      `${c.label.padEnd(40)} ${c.ms.toFixed(0).padStart(5)} ms  ${c.ratio.toFixed(2)}×${goal}\n`,
    );
  }
}
