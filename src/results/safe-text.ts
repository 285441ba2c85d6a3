/**
 * Text from a scenario or the command line, made safe to show on a terminal:
 * control characters (ESC, OSC, bare CR, NUL, DEL, C1) and bidirectional
 * overrides (RLO, LRI, …) are written as visible `\u…` escapes, so a title
 * cannot clear the screen, set the window title or reorder what follows it.
 * Every text output (tables, headings, errors, warnings) goes through
 * {@link escapeControls}; JSON through {@link escapeJsonText}.
 */

/** C0 controls, DEL and C1 controls. */
const CONTROL = "\\u0000-\\u001f\\u007f-\\u009f";
/** Bidi marks, embeddings, overrides and isolates (Unicode TR9), and the line/paragraph separators. */
const BIDI = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029";

const UNSAFE = new RegExp(`[${CONTROL}${BIDI}]`, "g");
const UNSAFE_KEEP_NEWLINES = new RegExp(`(?!\\n)[${CONTROL}${BIDI}]`, "g");
const UNSAFE_IN_JSON = new RegExp(`[\\u007f-\\u009f${BIDI}]`, "g");

const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(c: string): string {
  return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * `s` with every control and bidi character escaped; line breaks too unless
 * `keepNewlines` (for multi-line messages whose lines are already safe).
 *
 * @example escapeControls("a\u001b[2Jb") // "a\\u001b[2Jb"
 * @example escapeControls("x\u202Ey") // "x\\u202ey"
 */
export function escapeControls(s: string, options: { keepNewlines?: boolean } = {}): string {
  return s.replace(options.keepNewlines === true ? UNSAFE_KEEP_NEWLINES : UNSAFE, escapeOne);
}

/**
 * Serialised JSON with DEL, C1 and bidi characters escaped as `\u…` (JSON
 * itself escapes C0): still the same JSON value, safe to print on a terminal.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escapeOne);
}
