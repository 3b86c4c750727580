// A small deterministic PRNG (sfc32 seeded through splitmix32), so every fuzz case is reproducible
// from (seed, case index). Plain ESM with JSDoc types: scripts/fuzz.mjs and the vitest file share it.

/** @param {number} x */
function splitmix32(x) {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Rng {
  /** @param {number} seed @param {number} [stream] e.g. the case index */
  constructor(seed, stream = 0) {
    let s = splitmix32((seed >>> 0) ^ Math.imul(stream + 1, 0x27d4eb2d));
    /** @type {number[]} */
    this.s = [];
    for (let i = 0; i < 4; i++) this.s.push((s = splitmix32(s + i)));
    for (let i = 0; i < 12; i++) this.next();
  }

  /** @returns {number} a uint32 */
  next() {
    let [a, b, c, d] = /** @type {[number, number, number, number]} */ (this.s);
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.s = [a, b, c, d];
    return t >>> 0;
  }

  /** @returns {number} in [0, 1) */
  float() {
    return this.next() / 4294967296;
  }

  /** @param {number} n @returns {number} an integer in [0, n) */
  int(n) {
    return Math.floor(this.float() * n);
  }

  /** @param {number} lo @param {number} hi @returns {number} an integer in [lo, hi] */
  range(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }

  /** @param {number} p @returns {boolean} true with probability p */
  chance(p) {
    return this.float() < p;
  }

  /** @template T @param {readonly T[]} items @returns {T} */
  pick(items) {
    if (items.length === 0) throw new Error('pick from an empty list');
    return /** @type {T} */ (items[this.int(items.length)]);
  }

  /**
   * Picks by weight: `weighted([[3, 'a'], [1, 'b']])` gives 'a' three times as often.
   * @template T @param {readonly (readonly [number, T])[]} table @returns {T}
   */
  weighted(table) {
    let total = 0;
    for (const [w] of table) total += w;
    let r = this.float() * total;
    for (const [w, v] of table) {
      if ((r -= w) < 0) return v;
    }
    return /** @type {T} */ (table[table.length - 1]?.[1]);
  }
}
