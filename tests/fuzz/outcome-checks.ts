// What every CLI outcome must look like, whatever the input: exit 0, or a
// user error (1) or usage error (2) with a message — never an internal error
// (70), a stack trace, or a non-finite number in what was printed.
import { expect } from "vitest";
import type { CliRun } from "../cli/run-cli.js";

const NON_FINITE = /\b(NaN|Infinity)\b|∞/;
/** A number 40 characters wide: an input that should have been refused as out of range. */
const ABSURD_NUMBER = /\d[\d,]{39,}/;

export function expectCleanOutcome(run: CliRun, context: string): void {
  const where = `${context}\nstderr: ${run.stderr.slice(0, 2000)}`;
  expect([0, 1, 2], where).toContain(run.code);
  expect(run.stderr, where).not.toContain("internal error");
  expect(run.stderr, where).not.toMatch(/\n\s+at .+:\d+:\d+/);
  if (run.code !== 0) expect(run.stderr.trim().length, where).toBeGreaterThan(0);
  else {
    expect(run.stdout, where).not.toMatch(NON_FINITE);
    expect(run.stdout, where).not.toMatch(ABSURD_NUMBER);
  }
}

/** A user error (exit 1) on a scenario names the file and a position or path. */
export function expectLocatedError(run: CliRun, file: string, context: string): void {
  if (run.code !== 1) return;
  expect(run.stderr, `${context}\nstderr: ${run.stderr.slice(0, 2000)}`).toContain(file);
}
