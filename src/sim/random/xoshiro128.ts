/**
 * xoshiro128** (Blackman & Vigna, 2018): a small, fast 32-bit generator with a
 * 2^128 − 1 period, seeded through splitmix32 or from a full 128-bit key.
 *
 * Hand-written on purpose: the simulator draws tens of millions of numbers a
 * run, so the generator must be monomorphic Int32 arithmetic (`Math.imul`,
 * shifts) that V8 inlines; no package for it is installed, and a general
 * library's indirection costs more than the generator itself.
 *
 * @example
 * const rng = Xoshiro128.fromSeed(42);
 * rng.nextDouble(); // in (0, 1)
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** Uses the four words as the state; an all-zero state is replaced (it is a fixed point). */
  constructor(w0: number, w1: number, w2: number, w3: number) {
    this.s0 = w0 | 0;
    this.s1 = w1 | 0;
    this.s2 = w2 | 0;
    this.s3 = w3 | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 0x9e3779b9 | 0;
  }

  /** State from four successive splitmix32 outputs of a 32-bit seed. */
  static fromSeed(seed: number): Xoshiro128 {
    let x = seed | 0;
    const w: number[] = [];
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) | 0;
      w.push(splitmix32(x));
    }
    return new Xoshiro128(w[0]!, w[1]!, w[2]!, w[3]!);
  }

  /** The next output as an unsigned 32-bit integer. */
  nextU32(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    const s3 = this.s3;
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /**
   * A uniform double in the open interval (0, 1): `(u32 + 0.5) / 2^32`.
   * Never 0 or 1, so `Math.log(u)` and `1 / u` are always finite.
   */
  nextDouble(): number {
    // Kept tiny: V8 always inlines a function this small, so no double is boxed on return.
    return (this.nextU32() + 0.5) * 2.3283064365386963e-10;
  }
}

/**
 * splitmix32's output function: a bijective mix of a 32-bit word
 * (unsigned result).
 */
export function splitmix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}
