import { CxrError, type CxrErrorDetails } from "../model/cxr-error.js";
/** What a command may touch of the outside world, so that commands run in-process in tests. */
export interface Stream {
  write(text: string): void;
  readonly isTTY: boolean;
}

export interface CliIo {
  readonly stdout: Stream;
  readonly stderr: Stream;
  /** Colour on standard output: see {@link colorWanted}. Absent: no colour. */
  readonly color?: boolean;
  /** How long a run lasts before its progress bar shows (default 1,000 ms; tests set 0). */
  readonly progressAfterMs?: number;
  /** A test seam: a pause after each file of a report folder, so a test can interrupt mid-write. */
  readonly writePauseMs?: number;
  /** Fires when the user presses Ctrl-C; the run aborts cleanly. */
  readonly interrupt?: AbortSignal;
}

/**
 * A user's mistake found by the command line (a file, an output path), a
 * {@link CxrError} like every other: printed without a stack trace, exit
 * status 1.
 */
export class InputError extends CxrError {
  override readonly name: string = "InputError";

  constructor(message: string, details: Partial<CxrErrorDetails> = {}) {
    super(message, { ...details, code: details.code ?? "input" });
  }
}

/** The command line itself is wrong: exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Whether to colour a stream: only a terminal, and not when `NO_COLOR` is set
 * to a non-empty value (no-color.org: an empty `NO_COLOR=` does not count).
 */
export function colorWanted(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  const noColor = env["NO_COLOR"];
  return isTTY && (noColor === undefined || noColor === "");
}
