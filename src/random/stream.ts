import { Xoshiro128, splitmix32 } from "./xoshiro128.js";

/** What a stream is for: the per-trial input draws, or one swarm size's engagements. */
export const STREAM_INPUTS = 1;
export const STREAM_ENGAGEMENT = 2;
/** A throwaway stream for warming up a thread's JIT; its draws never reach a result. */
export const STREAM_WARM_UP = 3;
/** One campaign night's availability and engagement draws: key `(seed, STREAM_NIGHT, batch, night)` (docs/campaign.md §2). */
export const STREAM_NIGHT = 4;

const TWO_32 = 4294967296;

function absorb(h: number, word: number): number {
  // Golden-ratio step then a full avalanche: every key word changes every output bit.
  return splitmix32((h ^ word) + 0x9e3779b9);
}

/**
 * The generator of one independent stream, derived from the key
 * `(seed, kind, batch, size)` (docs/model.md §7): each of the four 128-bit state
 * words is a splitmix32 hash chain over the key's 32-bit words (the seed and
 * the size split into low and high halves, so any safe integer counts) with
 * its own starting constant. Distinct keys give unrelated 128-bit states, so
 * streams neither overlap nor repeat in practice.
 *
 * @param seed non-negative safe integer
 * @param kind {@link STREAM_INPUTS} or {@link STREAM_ENGAGEMENT}
 * @param batch trial batch index
 * @param size swarm size (0 for the input stream)
 * @example const rng = deriveStream(1, STREAM_ENGAGEMENT, 0, 100);
 */
export function deriveStream(seed: number, kind: number, batch: number, size: number): Xoshiro128 {
  const key = [
    seed % TWO_32,
    Math.floor(seed / TWO_32),
    kind,
    batch,
    size % TWO_32,
    Math.floor(size / TWO_32),
  ];
  const w = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344].map((start) => {
    let h = start;
    for (const k of key) h = absorb(h, k | 0);
    return h;
  });
  return new Xoshiro128(w[0]!, w[1]!, w[2]!, w[3]!);
}
