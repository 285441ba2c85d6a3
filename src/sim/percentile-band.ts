import { select } from "./select.js";
import { BAND_SLOTS, type SimBuffers } from "./sim-buffers.js";

const BAND_PS = [0.05, 0.5, 0.95] as const;
/** Values sampled per row to bracket the percentiles; rows shorter than 8× this are selected directly. */
const SAMPLE = 512;
/** Buckets by value within a bracket, for {@link orderStatistic}. */
const BUCKETS = 64;

/** Work arrays for {@link bandRows}, reusable across rows and calls. */
export interface BandScratch {
  readonly all: Float64Array;
  readonly sample: Float64Array;
  readonly windows: [Float64Array, Float64Array, Float64Array];
  /** Per percentile: its bracket's bounds, the count below it and the count inside it. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly below: Float64Array;
  readonly inside: Float64Array;
  /** Bucket counts and one bucket's values, for {@link orderStatistic}. */
  readonly buckets: Int32Array;
  readonly bucket: Float64Array;
}

/**
 * Work arrays for {@link bandRows} over rows of `trials` values: about
 * `trials × 8` bytes, plus three brackets of ~100 × trials / 512 values.
 *
 * @example const ws = bandScratch(10_000);
 */
export function bandScratch(trials: number): BandScratch {
  // A bracket spans at most 2 × (3 sqrt(SAMPLE / 4) + 3) + 1 = 75 sample steps of
  // trials / SAMPLE values each: room for 100 such steps.
  const room = Math.min(trials, 100 * Math.ceil(trials / SAMPLE) + 64);
  return {
    all: new Float64Array(trials),
    sample: new Float64Array(SAMPLE),
    windows: [new Float64Array(room), new Float64Array(room), new Float64Array(room)],
    lo: new Float64Array(3),
    hi: new Float64Array(3),
    below: new Float64Array(3),
    inside: new Float64Array(3),
    buckets: new Int32Array(BUCKETS),
    bucket: new Float64Array(room),
  };
}

/**
 * Fills the bands of rows `from … to − 1` (row `m × S + s`, see
 * {@link SimBuffers}) from the per-trial values: p5, p50 and p95 of the
 * defined (non-NaN) values with linear interpolation between order
 * statistics, R/NumPy type 7, exactly as simple-statistics `quantileSorted`
 * computes it on a sorted copy (`idx = (n − 1) p`; `x[idx]` when whole, else
 * `x[⌊idx⌋] + (idx − ⌊idx⌋)(x[⌈idx⌉] − x[⌊idx⌋])`); a row with no defined
 * value is marked undefined. Rows are independent, so threads may share them.
 *
 * @example bandRows(buf, 10_000, 0, 8 * sizes, bandScratch(10_000))
 */
export function bandRows(
  buf: SimBuffers,
  trials: number,
  from: number,
  to: number,
  ws: BandScratch,
): void {
  const b = buf.bands;
  for (let row = from; row < to; row++) {
    const o = row * BAND_SLOTS;
    const start = row * trials;
    let n = trials >= 8 * SAMPLE ? bracketed(buf.perTrial, start, start + trials, ws, b, o) : -1;
    if (n < 0) n = selected(buf.perTrial, start, start + trials, ws, b, o);
    b[o] = n > 0 ? 1 : 0;
  }
}

/** `x[⌊idx⌋] + (idx − ⌊idx⌋)(x[⌈idx⌉] − x[⌊idx⌋])`, or `x[idx]` for a whole idx: quantileSorted's formula. */
function interpolate(idx: number, lower: number, upper: number): number {
  return idx % 1 !== 0 ? lower + (idx - Math.floor(idx)) * (upper - lower) : lower;
}

/**
 * The percentiles by one pass: a strided sample of the row, sorted, gives
 * for each p a bracket `[lo, hi]` around its rank (±6 sample steps); the
 * pass counts the values below each bracket and collects those inside it;
 * the order statistics are then selected within the brackets. Exact: returns
 * -1 (nothing written) unless every wanted rank fell inside its bracket;
 * else writes the percentiles after `bands[o]` and returns the defined count.
 */
function bracketed(
  values: Float64Array,
  start: number,
  end: number,
  ws: BandScratch,
  bands: Float64Array,
  o: number,
): number {
  const { sample, windows, lo, hi, below, inside } = ws;
  const room = windows[0].length;
  const stride = Math.floor((end - start) / SAMPLE);
  let m = 0;
  for (let i = start; m < SAMPLE && i < end; i += stride) {
    const v = values[i]!;
    if (v === v) sample[m++] = v; // v !== v only for NaN
  }
  if (m < SAMPLE / 2) return -1;
  sample.subarray(0, m).sort();
  for (let j = 0; j < 3; j++) {
    const r = BAND_PS[j]! * (m - 1);
    const d = 3 * Math.sqrt(m * BAND_PS[j]! * (1 - BAND_PS[j]!)) + 3;
    lo[j] = r - d < 0 ? Number.NEGATIVE_INFINITY : sample[Math.floor(r - d)]!;
    hi[j] = r + d > m - 1 ? Number.POSITIVE_INFINITY : sample[Math.ceil(r + d)]!;
  }
  const n = scanAll(values, start, end, ws);
  for (let j = 0; j < 3; j++) {
    const idx = (n - 1) * BAND_PS[j]!;
    if (Math.floor(idx) < below[j]! || Math.ceil(idx) >= below[j]! + inside[j]!) return -1;
    // A full bracket is usable only if it is one repeated value (integer metrics at small N).
    if (inside[j]! >= room && lo[j] !== hi[j]) return -1;
  }
  for (let j = 0; j < 3; j++) {
    const w = windows[j]!;
    const idx = (n - 1) * BAND_PS[j]!;
    const k0 = Math.floor(idx) - below[j]!;
    const k1 = Math.ceil(idx) - below[j]!;
    if (inside[j]! >= room) {
      bands[o + 1 + j] = interpolate(idx, lo[j]!, lo[j]!);
      continue;
    }
    const x0 = orderStatistic(w, inside[j]!, lo[j]!, hi[j]!, k0, ws);
    const x1 = k1 > k0 ? orderStatistic(w, inside[j]!, lo[j]!, hi[j]!, k1, ws) : x0;
    bands[o + 1 + j] = interpolate(idx, x0, x1);
  }
  return n;
}

/** Values per call of {@link scan}. */
const CHUNK = 4096;

/**
 * The pass of {@link bracketed} over `values[start … end − 1]`, one chunk
 * of {@link CHUNK} values per call of the loop: counts the defined values
 * (returned), and for each bracket those below it (`ws.below`) and inside it
 * (`ws.inside`), keeping up to `room` of the latter in its window.
 */
function scanAll(values: Float64Array, start: number, end: number, ws: BandScratch): number {
  ws.below.fill(0);
  ws.inside.fill(0);
  let n = 0;
  // In chunks, so that V8 optimizes `scan` as a whole function after a few calls: as one
  // long loop, its on-stack-replaced code deoptimized on every row in fresh worker threads
  // (hundreds of times a run, measured with --trace-deopt).
  for (let i = start; i < end; i += CHUNK) n += scan(values, i, Math.min(end, i + CHUNK), ws);
  return n;
}

function scan(values: Float64Array, start: number, end: number, ws: BandScratch): number {
  const { lo, hi, below, inside } = ws;
  const [w0, w1, w2] = ws.windows;
  const last = w0.length - 1;
  const lo0 = lo[0]!;
  const lo1 = lo[1]!;
  const lo2 = lo[2]!;
  const hi0 = hi[0]!;
  const hi1 = hi[1]!;
  const hi2 = hi[2]!;
  let n = 0;
  let below0 = below[0]! | 0;
  let below1 = below[1]! | 0;
  let below2 = below[2]! | 0;
  let in0 = inside[0]! | 0;
  let in1 = inside[1]! | 0;
  let in2 = inside[2]! | 0;
  // Branch-free counting and collecting (int32 arithmetic on the comparisons): they are as
  // good as coin flips around p50, and mispredicted branches made this pass 2.5× slower
  // (measured). Each value is stored, at the window's last slot once it is full (a full
  // window is not read), and counted if inside.
  for (let i = start; i < end; i++) {
    const x = values[i]!;
    if (x !== x) continue; // NaN
    n++;
    below0 += +(x < lo0) | 0;
    below1 += +(x < lo1) | 0;
    below2 += +(x < lo2) | 0;
    w0[in0 < last ? in0 : last] = x;
    in0 += +(x >= lo0) & +(x <= hi0);
    w1[in1 < last ? in1 : last] = x;
    in1 += +(x >= lo1) & +(x <= hi1);
    w2[in2 < last ? in2 : last] = x;
    in2 += +(x >= lo2) & +(x <= hi2);
  }
  below[0] = below0;
  below[1] = below1;
  below[2] = below2;
  inside[0] = in0;
  inside[1] = in1;
  inside[2] = in2;
  return n;
}

/**
 * The value of rank `k` among `w[0 … count − 1]`, all in `[lo, hi]`, without
 * reordering `w`: one pass counts them in {@link BUCKETS} equal buckets of
 * value (the bucket index `⌊(x − lo) × B / (hi − lo)⌋` never decreases as x
 * grows, in floating point too, so buckets hold consecutive ranks), a
 * second collects the bucket that holds rank `k`, and a selection within it
 * finishes. About 2 passes without branches to mispredict, where selecting
 * in `w` itself took ~5. Falls back to that selection on a copy when the
 * bounds are not finite or equal.
 */
function orderStatistic(
  w: Float64Array,
  count: number,
  lo: number,
  hi: number,
  k: number,
  ws: BandScratch,
): number {
  const out = ws.bucket;
  const scale = BUCKETS / (hi - lo);
  if (!(scale > 0 && scale < Number.POSITIVE_INFINITY)) {
    out.set(w.subarray(0, count));
    select(out, k, 0, count - 1);
    return out[k]!;
  }
  const b = ws.buckets;
  b.fill(0);
  for (let i = 0; i < count; i++) {
    const q = Math.floor((w[i]! - lo) * scale);
    b[q < BUCKETS ? q : BUCKETS - 1]!++;
  }
  let target = 0;
  let before = 0;
  while (before + b[target]! <= k) before += b[target++]!;
  let m = 0;
  for (let i = 0; i < count; i++) {
    const x = w[i]!;
    const q = Math.floor((x - lo) * scale);
    if ((q < BUCKETS ? q : BUCKETS - 1) === target) out[m++] = x;
  }
  select(out, k - before, 0, m - 1);
  return out[k - before]!;
}

/**
 * Copies the defined (non-NaN) values of `values[start … end − 1]` to the
 * start of `out`; returns their count. Its own function for the reason
 * given at {@link scan}.
 */
function compact(values: Float64Array, start: number, end: number, out: Float64Array): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const v = values[i]!;
    if (v === v) out[n++] = v; // v !== v only for NaN
  }
  return n;
}

/**
 * The percentiles by selection on a copy of the defined values: each
 * wanted order statistic put in sorted place within the range the previous
 * one left above it, O(n). Writes them after `bands[o]`; returns the count.
 */
function selected(
  values: Float64Array,
  start: number,
  end: number,
  ws: BandScratch,
  bands: Float64Array,
  o: number,
): number {
  const a = ws.all;
  const n = compact(values, start, end, a);
  if (n === 0) return 0;
  let left = 0;
  for (let j = 0; j < 3; j++) {
    const idx = (n - 1) * BAND_PS[j]!;
    const k0 = Math.floor(idx);
    const k1 = Math.ceil(idx);
    if (k0 >= left) {
      select(a, k0, left, n - 1);
      left = k0 + 1;
    }
    if (k1 >= left) {
      select(a, k1, left, n - 1);
      left = k1 + 1;
    }
    bands[o + 1 + j] = interpolate(idx, a[k0]!, a[k1]!);
  }
  return n;
}
