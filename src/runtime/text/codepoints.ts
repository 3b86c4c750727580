// Code-point indexing over JS strings. Python str counts code points; JS strings are UTF-16, so an
// astral character (U+10000 and up) is two JS units but one Python character. Every text function
// that takes or returns an index or length goes through these helpers. Strings without surrogates
// (all ASCII and almost all BMP text) take the fast path where both views coincide.
//
// A surrogate pair always reads as one code point and a lone surrogate as one code point of its
// own; the Python string '\ud800\udc00' (two lone surrogates) is therefore indistinguishable from
// '\U00010000' here, a documented limitation of the JS string representation.

const CP_SURROGATE = /[\uD800-\uDFFF]/;

/** True when s contains any surrogate unit, i.e. UTF-16 offsets and code-point indices may differ. */
export function hasSurrogates(s: string): boolean {
  return CP_SURROGATE.test(s);
}

/**
 * True when the first n units of s hold no surrogate, so code-point indices up to n are offsets.
 * Indexing near the start of a long non-Latin-1 string then scans only that prefix (V8 answers the
 * surrogate test on Latin-1 strings without scanning at all).
 */
function cpNarrowPrefix(s: string, n: number): boolean {
  return !CP_SURROGATE.test(n >= s.length ? s : s.slice(0, n));
}

function cpIsHighSurrogate(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

function cpIsLowSurrogate(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** Width in UTF-16 units of the code point starting at offset `off`. */
export function cpWidthAt(s: string, off: number): number {
  return cpIsHighSurrogate(s.charCodeAt(off)) && cpIsLowSurrogate(s.charCodeAt(off + 1)) ? 2 : 1;
}

/** Number of code points in s: Python's len(s). */
export function cpLength(s: string): number {
  if (!CP_SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let off = 0; off < s.length; n++) off += cpWidthAt(s, off);
  return n;
}

/** UTF-16 offset of code point index i (0 ≤ i ≤ cpLength(s)); i = length gives s.length. */
export function cpOffset(s: string, i: number): number {
  if (cpNarrowPrefix(s, i)) return i;
  let off = 0;
  for (let k = 0; k < i && off < s.length; k++) off += cpWidthAt(s, off);
  return off;
}

/** Code point index of UTF-16 offset `off`, which must sit on a code point boundary. */
export function cpIndexOfOffset(s: string, off: number): number {
  if (cpNarrowPrefix(s, off)) return off;
  let n = 0;
  for (let o = 0; o < off; n++) o += cpWidthAt(s, o);
  return n;
}

/** The code point at index i (0 ≤ i < cpLength(s)) as a 1- or 2-unit string. */
export function cpAt(s: string, i: number): string {
  if (cpNarrowPrefix(s, i + 1)) return s.charAt(i);
  const off = cpOffset(s, i);
  return s.slice(off, off + cpWidthAt(s, off));
}

/** s[start:stop] with bounds already normalised (0 ≤ start, stop ≤ len); empty when stop ≤ start. */
export function cpSlice(s: string, start: number, stop: number): string {
  if (stop <= start) return '';
  if (cpNarrowPrefix(s, stop)) return s.slice(start, stop);
  const from = cpOffset(s, start);
  let to = from;
  for (let k = start; k < stop && to < s.length; k++) to += cpWidthAt(s, to);
  return s.slice(from, to);
}

/** The code points of s, one string each. */
export function cpArray(s: string): string[] {
  if (!CP_SURROGATE.test(s)) return s.split('');
  return Array.from(s);
}

/**
 * s[start:stop:step] with start/stop normalised as CPython's slice.indices gives them (step ≠ 0;
 * for a negative step start may be len-1 and stop may be -1).
 */
export function cpSliceStep(s: string, start: number, stop: number, step: number): string {
  if (step === 1) return cpSlice(s, start, stop);
  const chars: ArrayLike<string> = CP_SURROGATE.test(s) ? cpArray(s) : s;
  let out = '';
  if (step > 0) {
    for (let i = start; i < stop; i += step) out += chars[i];
  } else {
    for (let i = start; i > stop; i += step) out += chars[i];
  }
  return out;
}
