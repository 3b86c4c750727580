// Shared inputs for the CPython golden tables of src/runtime/text: a seeded PRNG, float argument
// tags, tricky and random doubles, sampled code points. Imported by scripts/update-text-goldens.mjs
// through the case builders next to this file; tests never import it.

/** Deterministic 32-bit PRNG (mulberry32) so regenerated tables only change when cases change. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A float argument tag: text both JS Number() and Python float() read exactly. */
export function f(x) {
  return { f: Object.is(x, -0) ? '-0' : Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : String(x) };
}

export function randomDoubles(count, seed) {
  const next = rng(seed);
  const view = new DataView(new ArrayBuffer(8));
  const out = [];
  while (out.length < count) {
    view.setUint32(0, Math.floor(next() * 2 ** 32));
    view.setUint32(4, Math.floor(next() * 2 ** 32));
    const x = view.getFloat64(0);
    if (Number.isFinite(x)) out.push(x);
  }
  return out;
}

/** Doubles that stress digit generation and layout: boundaries, powers of ten, subnormals. */
export function trickyDoubles() {
  const xs = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 0.5, 1.5, 2.5,
    5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, Number.MAX_VALUE, Number.MIN_VALUE,
    Number.EPSILON, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 64, 123456789012345.0, 1234567890123456.0,
    12345678901234567.0, 9007199254740993, 1e22, 1e23, 5e-5, 0.0001, 0.00011, 1.5e300, 4.35, 0.545, 1.005,
    2.675, 1e-7, 123.456, 100, 1e15, 9.999999999999999e15, 1e16, 1.7976931348623157e308, 3.14159, 2.5e-5];
  for (let e = -30; e <= 30; e++) xs.push(10 ** e, 1.5 * 10 ** e, -(10 ** e) * 7.25);
  for (let e = 300; e <= 308; e++) xs.push(Number(`1e${e}`), Number(`9.5e${e}`));
  for (let e = -324; e <= -300; e += 3) xs.push(Number(`1e${e}`), Number(`4.9e${e}`));
  return xs;
}

/** One string per sampled code point across all planes, plus the classes repr cares about. */
export function sampleCodePoints() {
  const cps = [0, 7, 9, 10, 13, 27, 31, 32, 34, 39, 92, 126, 127, 128, 159, 160, 161, 173, 255, 256, 0x378, 0x85,
    0x2028, 0x2029, 0x200b, 0x200e, 0x3000, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xf8ff, 0xfeff, 0xfffd,
    0xfffe, 0xffff, 0x10000, 0x1f600, 0x1f9ff, 0xe0001, 0xe0100, 0xf0000, 0x10fffd, 0x10ffff, 0x88f, 0x1acf, 0x1e030];
  for (let cp = 0; cp < 0x110000; cp += cp < 0x3000 ? 37 : 997) cps.push(cp);
  return cps.map((cp) => String.fromCodePoint(cp));
}
