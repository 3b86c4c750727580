// Code-point indexing over JS strings. Python str counts code points; JS strings are UTF-16, so an
// astral character (U+10000 and up) is two JS units but one Python character. Every text function
// that takes or returns an index or length goes through these helpers. Strings without surrogates
// (all ASCII and almost all BMP text) take the fast path where both views coincide.
//
// A surrogate pair always reads as one code point and a lone surrogate as one code point of its
// own; the Python string '\ud800\udc00' (two lone surrogates) is therefore indistinguishable from
// '\U00010000' here, a documented limitation of the JS string representation.
//
// Cost (security invariant 5). Mapping code points to UTF-16 offsets needs a scan of the string.
// Strings up to LONG_TEXT units are scanned on every call (bounded work, part of the op that runs
// it). Longer strings are looked up in a small cache of recently used long strings (CpInfo: the
// code-point length and every CP_STRIDE-th code point's offset), so len(s) is O(1) and s[i] walks
// at most CP_STRIDE code points; a miss scans the string once and charges the text rate on its
// length. Hits and misses depend only on the sequence of string values the script uses (the cache
// is keyed by content, evicts least-recently-used, and starts empty in each run's fresh context),
// so the ops stay deterministic. `s + t` and `s += t` carry a cached entry over to the result
// (cpNoteConcat), so growing a long string and indexing it does not rescan it.

import { chargeText } from './text-cost.js';
import { getTextSizeLimit } from './size-limit.js';

const CP_SURROGATE = /[\uD800-\uDFFF]/;

/** Strings longer than this (UTF-16 units) go through the cache. */
export const LONG_TEXT = 4096;
/** Code points between two recorded offsets of a cached wide string. */
const CP_STRIDE = 1024;
/** Long strings cached at a time. */
const CP_CACHE_SIZE = 4;

interface CpInfo {
  s: string;
  /** True when s holds a surrogate (code-point indices and UTF-16 offsets may differ). */
  wide: boolean;
  /** Code points in s. */
  len: number;
  /** marks[k] = UTF-16 offset of code point k·CP_STRIDE, for k < nMarks (possibly shared with a longer string's entry). */
  marks: number[];
  nMarks: number;
  /** Whether s ends with a high surrogate. */
  lastHigh: boolean;
}

/** Most recently used last. */
let cpCache: CpInfo[] = [];

/** Empties the cache (a fresh run's context starts with it empty anyway). */
export function resetCpCache(): void {
  cpCache = [];
  ropes = [];
}

function cacheFind(s: string): CpInfo | undefined {
  for (let i = cpCache.length - 1; i >= 0; i--) {
    const e = cpCache[i]!;
    if (e.s === s) {
      if (i !== cpCache.length - 1) {
        cpCache.splice(i, 1);
        cpCache.push(e);
      }
      return e;
    }
  }
  return undefined;
}

function cacheAdd(e: CpInfo): void {
  cpCache.push(e);
  // At most CP_CACHE_SIZE strings, pinning at most the size of one maximal string (or the newest).
  let total = 0;
  for (const x of cpCache) total += x.s.length;
  const limit = getTextSizeLimit();
  while (cpCache.length > CP_CACHE_SIZE || (cpCache.length > 1 && total > limit)) total -= cpCache.shift()!.s.length;
}

/** Scans s (a miss): its code-point length and stride marks, charged at the text rate. */
function scanInfo(s: string): CpInfo {
  chargeText(s.length);
  const first = s.search(CP_SURROGATE);
  if (first < 0) return { s, wide: false, len: s.length, marks: [], nMarks: 0, lastHigh: false };
  const marks: number[] = [];
  // Before the first surrogate, code point k is at offset k.
  let k = 0;
  for (; k < first; k += CP_STRIDE) marks.push(k);
  let n = first, off = first;
  while (off < s.length) {
    if (n === k) {
      marks.push(off);
      k += CP_STRIDE;
    }
    const u = s.charCodeAt(off);
    off += u >= 0xd800 && u <= 0xdbff && off + 1 < s.length && cpIsLowSurrogate(s.charCodeAt(off + 1)) ? 2 : 1;
    n++;
  }
  return { s, wide: true, len: n, marks, nMarks: marks.length, lastHigh: cpIsHighSurrogate(s.charCodeAt(s.length - 1)) };
}

function infoOf(s: string): CpInfo {
  const hit = cacheFind(s);
  if (hit !== undefined) return hit;
  const e = scanInfo(s);
  cacheAdd(e);
  return e;
}

/**
 * r = a + b was just built: when a's entry is cached, records r's (scanning only b, which the
 * caller charges), replacing a's. Keeps `s += t` followed by len(s) or s[i] linear in total.
 */
export function cpNoteConcat(a: string, b: string, r: string): void {
  if (r.length <= LONG_TEXT || a.length <= LONG_TEXT || b.length === 0) return;
  noteRope(a, r);
  let ia = -1;
  for (let i = cpCache.length - 1; i >= 0; i--) if (cpCache[i]!.s === a) { ia = i; break; }
  if (ia < 0) return;
  const ea = cpCache[ia]!;
  const bWide = CP_SURROGATE.test(b);
  let e: CpInfo;
  if (!ea.wide && !bWide) {
    e = { s: r, wide: false, len: r.length, marks: [], nMarks: 0, lastHigh: false };
  } else {
    // A pair split across the seam would renumber: leave r to a later scan. (ea.lastHigh, not
    // a.charCodeAt: reading a rope copies it whole.)
    if (ea.lastHigh && cpIsLowSurrogate(b.charCodeAt(0))) return;
    let marks: number[];
    if (!ea.wide) {
      marks = [];
      for (let k = 0; k < a.length; k += CP_STRIDE) marks.push(k);
    } else {
      marks = ea.marks.length === ea.nMarks ? ea.marks : ea.marks.slice(0, ea.nMarks);
    }
    let n = ea.len, k = marks.length * CP_STRIDE;
    for (let o = 0; o < b.length; n++) {
      if (n === k) {
        marks.push(a.length + o);
        k += CP_STRIDE;
      }
      o += cpWidthAt(b, o);
    }
    e = { s: r, wide: true, len: n, marks, nMarks: marks.length, lastHigh: cpIsHighSurrogate(b.charCodeAt(b.length - 1)) };
  }
  cpCache.splice(ia, 1);
  cacheAdd(e);
}

// Ropes. V8 builds `a + b` as a rope (a pointer pair) and copies it whole into a flat string the
// first time anything reads its characters, so `s += t; s[-1]` in a loop copies s every time. The
// results of `+` on a long left part are remembered (a chain s → s + t replaces its link) until
// read: the first read through these helpers (indexing, slicing) charges the text rate on the
// length. Recognised by length alone (comparing contents would itself read them), so the charge
// depends only on the sequence of values; a rope pushed out of the list by newer ones is charged
// then, as if read.
const ROPES_MAX = 8;
let ropes: string[] = [];

function noteRope(a: string, r: string): void {
  let i = ropes.length - 1;
  while (i >= 0 && ropes[i]!.length !== a.length) i--;
  if (i >= 0) ropes.splice(i, 1);
  ropes.push(r);
  if (ropes.length > ROPES_MAX) chargeText(ropes.shift()!.length);
}

/** Before reading s: charges the copy when s is a remembered rope. */
function readText(s: string): void {
  if (s.length <= LONG_TEXT || ropes.length === 0) return;
  const i = ropes.findIndex((x) => x.length === s.length);
  if (i >= 0) {
    ropes.splice(i, 1);
    chargeText(s.length);
  }
}

/** True when s contains any surrogate unit, i.e. UTF-16 offsets and code-point indices may differ. */
export function hasSurrogates(s: string): boolean {
  return CP_SURROGATE.test(s);
}

/**
 * True when the first n units of s hold no surrogate, so code-point indices up to n are offsets.
 * Only for n ≤ LONG_TEXT (a bounded scan); V8 answers the test on Latin-1 strings without scanning.
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

/** Offset after walking `count` code points forward from offset `off`. */
function walk(s: string, off: number, count: number): number {
  for (let k = 0; k < count && off < s.length; k++) off += cpWidthAt(s, off);
  return off;
}

/** Number of code points in s: Python's len(s). */
export function cpLength(s: string): number {
  if (s.length > LONG_TEXT) return infoOf(s).len;
  if (!CP_SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let off = 0; off < s.length; n++) off += cpWidthAt(s, off);
  return n;
}

/** UTF-16 offset of code point index i (0 ≤ i ≤ cpLength(s)); i = length gives s.length. */
export function cpOffset(s: string, i: number): number {
  readText(s);
  if (i <= LONG_TEXT && cpNarrowPrefix(s, i)) return i;
  if (s.length <= LONG_TEXT) return walk(s, 0, i);
  const e = infoOf(s);
  if (!e.wide) return Math.min(i, s.length);
  if (i >= e.len) return s.length;
  const k = Math.floor(i / CP_STRIDE);
  return walk(s, e.marks[k]!, i - k * CP_STRIDE);
}

/** Code point index of UTF-16 offset `off`, which must sit on a code point boundary. */
export function cpIndexOfOffset(s: string, off: number): number {
  readText(s);
  if (off <= LONG_TEXT && cpNarrowPrefix(s, off)) return off;
  let n = 0, o = 0;
  if (s.length > LONG_TEXT) {
    const e = infoOf(s);
    if (!e.wide) return off;
    // the last mark at or before off
    let lo = 0, hi = e.nMarks - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (e.marks[mid]! <= off) lo = mid;
      else hi = mid - 1;
    }
    n = lo * CP_STRIDE;
    o = e.marks[lo]!;
  }
  for (; o < off; n++) o += cpWidthAt(s, o);
  return n;
}

/** The code point at index i (0 ≤ i < cpLength(s)) as a 1- or 2-unit string. */
export function cpAt(s: string, i: number): string {
  readText(s);
  if (i < LONG_TEXT && cpNarrowPrefix(s, i + 1)) return s.charAt(i);
  const off = cpOffset(s, i);
  return s.slice(off, off + cpWidthAt(s, off));
}

/**
 * s[start:stop] with bounds already normalised (0 ≤ start, stop ≤ len); empty when stop ≤ start.
 * Charges the text rate on the result.
 */
export function cpSlice(s: string, start: number, stop: number): string {
  if (stop <= start) return '';
  readText(s);
  let r: string;
  if (stop <= LONG_TEXT && cpNarrowPrefix(s, stop)) r = s.slice(start, stop);
  else {
    const from = cpOffset(s, start);
    r = s.slice(from, walk(s, from, stop - start));
  }
  chargeText(r.length);
  return r;
}

/** The code points of s, one string each. */
export function cpArray(s: string): string[] {
  if (!CP_SURROGATE.test(s)) return s.split('');
  return Array.from(s);
}

/**
 * s[start:stop:step] with start/stop normalised as CPython's slice.indices gives them (step ≠ 0;
 * for a negative step start may be len-1 and stop may be -1). Charges the text rate on the
 * result, and on a string with surrogates also on the code points walked (up to CP_STRIDE a
 * character: a longer step jumps through the cached marks).
 */
export function cpSliceStep(s: string, start: number, stop: number, step: number): string {
  if (step === 1) return cpSlice(s, start, stop);
  const count = step > 0 ? (stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0)
    : (start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0);
  if (count === 0) return '';
  readText(s);
  const parts: string[] = new Array(count);
  if (!CP_SURROGATE.test(s)) {
    chargeText(count);
    for (let j = 0, i = start; j < count; j++, i += step) parts[j] = s.charAt(i);
    return parts.join('');
  }
  const stride = Math.abs(step);
  chargeText(count * Math.min(stride, CP_STRIDE) + count);
  let off = cpOffset(s, start);
  for (let j = 0, i = start; j < count; j++, i += step) {
    const w = cpWidthAt(s, off);
    parts[j] = s.slice(off, off + w);
    if (j + 1 === count) break;
    if (stride > CP_STRIDE) off = cpOffset(s, i + step);
    else if (step > 0) off = walk(s, off, step);
    else for (let k = 0; k < stride; k++) off -= off >= 2 && cpIsLowSurrogate(s.charCodeAt(off - 1)) && cpIsHighSurrogate(s.charCodeAt(off - 2)) ? 2 : 1;
  }
  return parts.join('');
}

