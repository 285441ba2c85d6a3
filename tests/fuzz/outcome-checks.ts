// What every CLI outcome must look like, whatever the input: exit 0, or a
// user error (1) or usage error (2) with a message — never an internal error
// (70), a stack trace, or a non-finite number in what was printed.
import { expect } from "vitest";
import type { CliRun } from "../cli/run-cli.js";

const NON_FINITE = /\b(NaN|Infinity)\b|∞/;
/** A number 40 characters wide: an input that should have been refused as out of range. */
const ABSURD_NUMBER = /\d[\d,]{39,}/;

/**
 * The part of an output where numbers are printed: for JSON, everything but
 * its string literals, so a source published by "Infinity" (a hostile
 * string the fuzzer sets) is not mistaken for a non-finite number.
 */
function numberText(stdout: string): string {
  try {
    JSON.parse(stdout);
  } catch {
    return stdout;
  }
  return stdout.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

/**
 * @param injected strings the fuzzer put into the input: a name "NaN" or
 * "Infinity" is printed back as text, which is not a non-finite number.
 */
export function expectCleanOutcome(
  run: CliRun,
  context: string,
  injected: readonly string[] = [],
): void {
  const where = `${context}\nstderr: ${run.stderr.slice(0, 2000)}`;
  expect([0, 1, 2], where).toContain(run.code);
  expect(run.stderr, where).not.toContain("internal error");
  expect(run.stderr, where).not.toMatch(/\n\s+at .+:\d+:\d+/);
  if (run.code !== 0) expect(run.stderr.trim().length, where).toBeGreaterThan(0);
  else {
    const numbers = injected
      .filter((text) => NON_FINITE.test(text))
      .reduce((out, text) => out.replaceAll(text, ""), numberText(run.stdout));
    expect(numbers, where).not.toMatch(NON_FINITE);
    expect(numbers, where).not.toMatch(ABSURD_NUMBER);
  }
}

/** A user error (exit 1) on a scenario names the file and a position or path. */
export function expectLocatedError(run: CliRun, file: string, context: string): void {
  if (run.code !== 1) return;
  expect(run.stderr, `${context}\nstderr: ${run.stderr.slice(0, 2000)}`).toContain(file);
}
