/**
 * What the explorer page changes from the scenario file, as plain data: the
 * `--set` overrides in the order they were first made, the variant, and the
 * Monte Carlo settings. The URL hash, the "Copy command" line and the
 * provenance list are all written from this one value (issue 14).
 */
import type { Override } from "../model/index.js";

export interface ExploreState {
  /** A variant of the file, or null for the base case. */
  readonly variant: string | null;
  /** `--set PATH=VALUE` overrides, one per path, in the order first made. */
  readonly overrides: readonly Override[];
  /** Null: deterministic; otherwise `--trials`. */
  readonly trials: number | null;
  readonly seed: number;
  /** The swarm size the key numbers speak of; null: the scenario's own. */
  readonly focus: number | null;
}

export const DEFAULT_SEED = 1;

/** The explorer's Monte Carlo trial count unless `--trials` says otherwise: the band fills in within a second. */
export const DEFAULT_TRIALS = 1000;

/** The state with `path` set to `value` (kept in its place if already set), or removed for null. */
export function withOverride(
  state: ExploreState,
  path: string,
  value: string | null,
): ExploreState {
  const at = state.overrides.findIndex((o) => o.path === path);
  const overrides = [...state.overrides];
  if (value === null) {
    if (at >= 0) overrides.splice(at, 1);
  } else if (at >= 0) overrides[at] = { path, value };
  else overrides.push({ path, value });
  return { ...state, overrides };
}

/** The `--set` arguments of a state, as the loader's `overrides` option takes them. */
export function setArguments(state: Pick<ExploreState, "overrides">): string[] {
  return state.overrides.map((o) => `${o.path}=${o.value}`);
}

/**
 * One shell word: kept bare when it is made of safe characters only, else
 * single-quoted (a `'` inside becomes `'\''`).
 *
 * @example shellWord("defense.layers.sam.pk=80%") // "defense.layers.sam.pk=80%"
 * @example shellWord("x=470k USD") // "'x=470k USD'"
 */
export function shellWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `cxr run` line that reproduces a state from the command line.
 *
 * @example
 * commandLine("poland.yaml", { variant: null, overrides: [{ path: "a.b", value: "1k USD" }], trials: null, seed: 1, focus: null })
 * // "cxr run poland.yaml --set 'a.b=1k USD'"
 */
export function commandLine(file: string, state: ExploreState): string {
  const words = ["cxr", "run", shellWord(file)];
  if (state.variant !== null) words.push("--variant", shellWord(state.variant));
  for (const arg of setArguments(state)) words.push("--set", shellWord(arg));
  if (state.trials !== null)
    words.push("--trials", String(state.trials), "--seed", String(state.seed));
  return words.join(" ");
}

/**
 * The URL hash of a state: `set=` once per override (`PATH=VALUE`, URI
 * encoded), then `variant=`, `trials=` (always: 0 for deterministic), and `seed=` and `focus=` when set.
 *
 * @example toHash({ variant: null, overrides: [{ path: "a", value: "80%" }], trials: 500, seed: 1, focus: null }) // "#set=a%3D80%25&trials=500"
 */
export function toHash(state: ExploreState): string {
  const parts = state.overrides.map((o) => `set=${encodeURIComponent(`${o.path}=${o.value}`)}`);
  if (state.variant !== null) parts.push(`variant=${encodeURIComponent(state.variant)}`);
  parts.push(`trials=${state.trials ?? 0}`);
  if (state.seed !== DEFAULT_SEED) parts.push(`seed=${state.seed}`);
  if (state.focus !== null) parts.push(`focus=${state.focus}`);
  return `#${parts.join("&")}`;
}

const WHOLE = /^\d{1,15}$/;

/**
 * Reads a hash written by {@link toHash}; parts it does not understand are
 * ignored (a hand-edited link must not break the page), and null is returned
 * for an empty hash.
 */
export function fromHash(hash: string): ExploreState | null {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (text === "") return null;
  let state: ExploreState = {
    variant: null,
    overrides: [],
    trials: null,
    seed: DEFAULT_SEED,
    focus: null,
  };
  for (const part of text.split("&")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      continue;
    }
    if (key === "set") {
      const at = value.indexOf("=");
      if (at > 0) state = withOverride(state, value.slice(0, at), value.slice(at + 1));
    } else if (key === "variant") state = { ...state, variant: value };
    else if (key === "trials" && WHOLE.test(value))
      state = { ...state, trials: Number(value) === 0 ? null : Number(value) };
    else if (key === "seed" && WHOLE.test(value)) state = { ...state, seed: Number(value) };
    else if (key === "focus" && WHOLE.test(value) && Number(value) >= 1)
      state = { ...state, focus: Number(value) };
  }
  return state;
}
