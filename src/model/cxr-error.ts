/** What a {@link CxrError} carries beside its message. */
export interface CxrErrorDetails {
  readonly code: string;
  readonly path?: string;
  readonly hint?: string;
}

/**
 * The one error type of cxr for a user's mistake: a stable `code`, the
 * `path` of the input at fault (`defense.layers[1].pk`; "" for the whole
 * scenario or request) and a `hint` saying what to change. The command line
 * prints `message` and exits 1; the library throws it as is.
 *
 * @example
 * throw new CxrError("the scenario has no campaign: block", {
 *   code: "no-campaign",
 *   hint: "add one with nights and raid (docs/campaign.md)",
 * });
 */
export class CxrError extends Error {
  override readonly name: string = "CxrError";
  /** Stable code, e.g. `"run-memory"`, `"unknown-input"`, `"sweep-syntax"`. */
  readonly code: string;
  /** The input at fault, "" when the whole request is. */
  readonly path: string;
  /** What to change; "" when the message says it all. */
  readonly hint: string;

  constructor(what: string, details: CxrErrorDetails) {
    const hint = details.hint ?? "";
    super(hint === "" ? what : `${what}: ${hint}`);
    this.code = details.code;
    this.path = details.path ?? "";
    this.hint = hint;
  }
}
