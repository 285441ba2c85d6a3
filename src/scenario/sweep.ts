import { parseRange } from "./range.js";

/** A swept input: `PATH=FROM..TO[:linear|:log][:POINTS]` (`--sweep`, `--x`). */
export interface Sweep {
  readonly path: string;
  readonly values: readonly number[];
}

/** Points of a sweep when the text gives none, and the most it may ask for. */
export const SWEEP_POINTS = { default: 12, min: 2, max: 200 } as const;

/**
 * Parses `defense.layers.sam.costPerShot=10k..1M:log:12`: evenly spaced
 * values from FROM to TO, linearly (default) or in log space (FROM, TO > 0),
 * POINTS of them (default 12, 2..200); the range as `parseRange` reads it.
 * Returns an error message instead of throwing.
 *
 * @example parseSweep("x.pk=50%..90%:5").values // [0.5, 0.6, 0.7, 0.8, 0.9]
 */
export function parseSweep(text: string): Sweep | string {
  const eq = text.indexOf("=");
  if (eq <= 0) return `expected PATH=FROM..TO[:log][:POINTS], found '${text}'`;
  const path = text.slice(0, eq).trim();
  const range = parseRange(text.slice(eq + 1));
  if (typeof range === "string") return range;
  const { from, to } = range;
  const points = range.points ?? SWEEP_POINTS.default;
  if (points < SWEEP_POINTS.min || points > SWEEP_POINTS.max)
    return `expected a number of points from ${SWEEP_POINTS.min} to ${SWEEP_POINTS.max}, found ${points}`;
  const log = range.scale === "log";
  if (log && (from <= 0 || to <= 0)) return "a log sweep needs FROM and TO above 0";
  const values = Array.from({ length: points }, (_, i) => {
    const t = i / (points - 1);
    return log ? from * (to / from) ** t : from + (to - from) * t;
  });
  return { path, values };
}
