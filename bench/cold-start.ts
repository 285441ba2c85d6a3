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

/** Cold start of `cxr --help` and `cxr run` on the flagship, as ratios to bare `node -e 0`. */
export function coldStart(bin: string, flagship: string, runs = 15): ColdStart[] {
  const bare = timeProcess(["-e", "0"], runs);
  const help = timeProcess([bin, "--help"], runs);
  const run = timeProcess([bin, "run", flagship, "--format", "json"], runs);
  return [
    { label: "node -e 0", ms: bare, ratio: 1, goal: 1 },
    { label: "cxr --help", ms: help, ratio: help / bare, goal: 1.5 },
    { label: "cxr run (flagship)", ms: run, ratio: run / bare, goal: 3 },
  ];
}
