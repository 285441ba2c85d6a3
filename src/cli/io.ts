/** What a command may touch of the outside world, so that commands run in-process in tests. */
export interface Stream {
  write(text: string): void;
  readonly isTTY: boolean;
}

export interface CliIo {
  readonly stdout: Stream;
  readonly stderr: Stream;
  /** Fires when the user presses Ctrl-C; the run aborts cleanly. */
  readonly interrupt?: AbortSignal;
}

/** A user's mistake: printed without a stack trace, exit status 1. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** The command line itself is wrong: exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
