/**
 * What the explorer's range fields do to its state (issue 14). An
 * uncertain input has a main field (its whole value: type a plain number to
 * fix it) and one field per parameter of its range, plus `base` for a
 * mapping. A parameter field is named by the `--set` path that reaches it
 * (`defense.layers.f35-aim9x.pk.pert.1`), and its change is recorded at
 * that path whenever the file (or the chosen variant) spells the input as
 * that distribution's mapping; otherwise — an `A to B` string, a value the
 * catalog fills, a main field already changed — the whole range is written
 * at the input's own path.
 */
import type { Override } from "../model/index.js";
import type { ExploreControl } from "./controls.js";
import { type ExploreState, withOverride } from "./explore-state.js";
import { type RangeText, rangeText, rangeTextOf } from "./range-text.js";

/** A parameter's index in its distribution's list, or the mapping's `base`. */
export type RangePart = number | "base";

/** The `--set` path of a range part: `PATH.pert.1`, `PATH.base`. */
export function rangePartPath(control: ExploreControl, kind: string, part: RangePart): string {
  return part === "base" ? `${control.name}.base` : `${control.name}.${kind}.${part}`;
}

/** The control's value before the page's overrides: the chosen variant's, else the file's. */
export function baseText(control: ExploreControl, variant: string | null): string {
  return (variant === null ? undefined : control.byVariant[variant]) ?? control.initial;
}

/** The overrides below a control's path (its range parts). */
function partOverrides(state: ExploreState, control: ExploreControl): Override[] {
  return state.overrides.filter((o) => o.path.startsWith(`${control.name}.`));
}

/** The `base:` entry of a mapping range, or "". */
export function rangeBase(range: RangeText): string {
  const entry = range.extra.find((e) => e.startsWith("base:"));
  return entry === undefined ? "" : entry.slice("base:".length).trim();
}

/** The range with one part set ("" for `base` removes it). */
export function withRangePart(range: RangeText, part: RangePart, value: string): RangeText {
  if (part !== "base") {
    return { ...range, params: range.params.map((p, i) => (i === part ? value : p)) };
  }
  const extra = range.extra.filter((e) => !e.startsWith("base:"));
  return { ...range, extra: value === "" ? extra : [...extra, `base: ${value}`] };
}

/**
 * The control's whole value now: its own override, else its base text with
 * the overrides of its range parts written in.
 */
export function currentText(control: ExploreControl, state: ExploreState): string {
  const own = state.overrides.find((o) => o.path === control.name);
  if (own !== undefined) return own.value;
  const base = baseText(control, state.variant);
  const parts = partOverrides(state, control);
  const range = rangeText(base);
  if (parts.length === 0 || range === null) return base;
  let r = range;
  for (const o of parts) {
    const rest = o.path.slice(control.name.length + 1);
    if (rest === "base") r = withRangePart(r, "base", o.value);
    const m = /^(\w+)\.(\d+)$/.exec(rest);
    if (m !== null && m[1] === r.kind) r = withRangePart(r, Number(m[2]), o.value);
  }
  return rangeTextOf(r);
}

/**
 * The range the fields show: the current value's, or `fallback` (the
 * catalog's, from the loaded input) when the file leaves the value out.
 */
export function currentRange(
  control: ExploreControl,
  state: ExploreState,
  fallback: RangeText | null,
): RangeText | null {
  const text = currentText(control, state);
  return text === "" ? fallback : rangeText(text);
}

/** The state after the main field is set to `text` ("" or the base text: no override). */
export function withMainValue(
  state: ExploreState,
  control: ExploreControl,
  text: string,
): ExploreState {
  let next = state;
  for (const o of partOverrides(state, control)) next = withOverride(next, o.path, null);
  const value = text.trim();
  const unchanged = value === "" || value === baseText(control, state.variant);
  return withOverride(next, control.name, unchanged ? null : value);
}

/** The state after range part `part` is set to `text`; unchanged when there is no range. */
export function withRangeValue(
  state: ExploreState,
  control: ExploreControl,
  part: RangePart,
  text: string,
  fallback: RangeText | null,
): ExploreState {
  const range = currentRange(control, state, fallback);
  if (range === null) return state;
  const value = text.trim();
  const base = rangeText(baseText(control, state.variant));
  const own = state.overrides.some((o) => o.path === control.name);
  if (!own && base !== null && base.form === "mapping" && base.kind === range.kind) {
    const original = part === "base" ? rangeBase(base) : base.params[part];
    const path = rangePartPath(control, range.kind, part);
    return withOverride(state, path, value === original || value === "" ? null : value);
  }
  if (part !== "base" && value === "") return state;
  const whole = rangeTextOf(withRangePart(range, part, value));
  let next = state;
  for (const o of partOverrides(state, control)) next = withOverride(next, o.path, null);
  return withOverride(next, control.name, whole);
}

/**
 * What the "In the file" column shows for an override's path: the control's
 * base text, or a range part's; "(catalog or default)" for what the file
 * leaves out.
 */
export function originalText(
  controls: readonly ExploreControl[],
  variant: string | null,
  path: string,
): string {
  const c =
    controls.find((x) => x.name === path) ?? controls.find((x) => path.startsWith(`${x.name}.`));
  const base = c === undefined ? "" : baseText(c, variant);
  if (c === undefined || c.name === path) return base === "" ? "(catalog or default)" : base;
  const range = rangeText(base);
  const rest = path.slice(c.name.length + 1);
  if (range === null) return "";
  if (rest === "base") return rangeBase(range) === "" ? "(none)" : rangeBase(range);
  const m = /^(\w+)\.(\d+)$/.exec(rest);
  return m === null ? "" : (range.params[Number(m[2])] ?? "");
}
