/**
 * The one range grammar of the command line: `FROM..TO[:linear|:log][:POINTS]`
 * (`--sizes`, `--sweep`, `--x`, `--range`). FROM and TO are quantities as a
 * scenario file writes them (`10k`, `4.1M`, `2 billion`, `1.2e6`, `85%`,
 * read by `readPlain`: `4.1M` is exactly 4,100,000, and `1m` is no number),
 * the scale and the number of points optional, in either order.
 */
import { readPlain } from "./quantity.js";

/** A range as written: its ends, its scale, and its points when given. */
export interface RangeSpec {
  readonly from: number;
  readonly to: number;
  readonly scale: "linear" | "log";
  /** Null when the text gives none (each caller has its default). */
  readonly points: number | null;
}

/**
 * Reads `FROM..TO[:linear|:log][:POINTS]`; an error message (naming what
 * was found) instead of throwing.
 *
 * @example parseRange("10k..4.1M:log:12") // { from: 10000, to: 4100000, scale: "log", points: 12 }
 * @example parseRange("1m..2m") // "expected a range FROM..TO such as 10k..1M or 50%..90%, found '1m..2m'"
 */
export function parseRange(text: string): RangeSpec | string {
  const [span = "", ...mods] = text.split(":");
  const ends = span.split("..");
  const from = ends.length === 2 ? readPlain(ends[0]!.trim()) : null;
  const to = ends.length === 2 ? readPlain(ends[1]!.trim()) : null;
  if (from === null || to === null) {
    return `expected a range FROM..TO such as 10k..1M or 50%..90%, found '${span.trim()}'`;
  }
  let scale: RangeSpec["scale"] | undefined;
  let points: number | undefined;
  for (const raw of mods) {
    const mod = raw.trim();
    if ((mod === "log" || mod === "linear") && scale === undefined) scale = mod;
    else if (/^\d+$/.test(mod) && points === undefined) points = Number(mod);
    else return `expected ':log', ':linear' or a number of points after FROM..TO, found ':${mod}'`;
  }
  return { from, to, scale: scale ?? "linear", points: points ?? null };
}
