/** A swept input: `PATH=FROM..TO[:linear|:log][:POINTS]` (`--x`, `--sweep`). */
export interface Sweep {
  readonly path: string;
  readonly values: readonly number[];
}

const NUMBER = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(k|M|B|%)?$/i;
const SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, "%": 0.01 };

function parseNumber(text: string): number | undefined {
  const m = NUMBER.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === undefined ? 1 : SCALE[m[2].toLowerCase()]!);
}

/**
 * Parses `defense.layers.sam.costPerShot=10k..1M:log:12`: evenly spaced
 * values from FROM to TO, linearly (default) or in log space (FROM, TO > 0),
 * POINTS of them (default 12, 2..200). Numbers take `k`, `M`, `B` or `%`.
 * Returns an error message instead of throwing.
 *
 * @example parseSweep("x.pk=50%..90%:5").values // [0.5, 0.6, 0.7, 0.8, 0.9]
 */
export function parseSweep(text: string): Sweep | string {
  const eq = text.indexOf("=");
  if (eq <= 0) return `expected PATH=FROM..TO[:log][:POINTS], found '${text}'`;
  const path = text.slice(0, eq).trim();
  const [span = "", ...mods] = text.slice(eq + 1).split(":");
  const ends = span.split("..");
  const from = parseNumber(ends[0] ?? "");
  const to = parseNumber(ends[1] ?? "");
  if (ends.length !== 2 || from === undefined || to === undefined) {
    return `expected a range FROM..TO such as 10k..1M or 50%..90%, found '${span}'`;
  }
  let log = false;
  let points = 12;
  for (const m of mods) {
    if (m === "log" || m === "linear") log = m === "log";
    else if (/^\d+$/.test(m) && Number(m) >= 2 && Number(m) <= 200) points = Number(m);
    else return `expected ':log', ':linear' or a number of points from 2 to 200, found ':${m}'`;
  }
  if (log && (from <= 0 || to <= 0)) return "a log sweep needs FROM and TO above 0";
  const values = Array.from({ length: points }, (_, i) => {
    const t = i / (points - 1);
    return log ? from * (to / from) ** t : from + (to - from) * t;
  });
  return { path, values };
}
