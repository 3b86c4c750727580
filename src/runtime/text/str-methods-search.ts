// Searching str methods: find/rfind/index/rindex/count, startswith/endswith and replace. Bounds
// follow CPython's ADJUST_INDICES (str-indices.ts); indices in and out are code points.
//
// Searches run on UTF-16, in linear time (str-search-core.ts). The one divergence: a needle that
// is a lone surrogate can match half of a surrogate pair in the haystack, where CPython (which
// holds the pair as a single astral code point) finds nothing. Part of the lone-surrogate
// limitation noted in codepoints.ts.

import { cpIndexOfOffset, cpLength } from './codepoints.js';
import { strRange } from './str-indices.js';
import { TextError } from './text-error.js';
import { checkTextSize } from './size-limit.js';
import { searchForward, searchBackward } from './str-search-core.js';

/** Python str.find(sub, start, end): lowest code-point index of sub in s[start:end], else -1. */
export function strFind(s: string, sub: string, start: number | null, end: number | null): number {
  if (start === null && end === null) {
    const at = searchForward(s, sub);
    return at <= 0 ? at : cpIndexOfOffset(s, at);
  }
  const r = strRange(s, cpLength(s), start, end);
  if (r.end - r.start < cpLength(sub)) return -1;
  const at = searchForward(s, sub, r.startOff);
  if (at < 0 || at + sub.length > r.endOff) return -1;
  return r.wide ? cpIndexOfOffset(s, at) : at;
}

/** Python str.rfind(sub, start, end): highest code-point index of sub in s[start:end], else -1. */
export function strRfind(s: string, sub: string, start: number | null, end: number | null): number {
  const r = strRange(s, cpLength(s), start, end);
  if (r.end - r.start < cpLength(sub)) return -1;
  const at = searchBackward(s, sub, r.endOff - sub.length);
  if (at < 0 || at < r.startOff) return -1;
  return r.wide ? cpIndexOfOffset(s, at) : at;
}

export function strIndex(s: string, sub: string, start: number | null, end: number | null): number {
  const at = strFind(s, sub, start, end);
  if (at < 0) throw new TextError('ValueError', 'substring not found');
  return at;
}

export function strRindex(s: string, sub: string, start: number | null, end: number | null): number {
  const at = strRfind(s, sub, start, end);
  if (at < 0) throw new TextError('ValueError', 'substring not found');
  return at;
}

/** Python str.count(sub, start, end): non-overlapping occurrences in s[start:end]. */
export function strCount(s: string, sub: string, start: number | null, end: number | null): number {
  const r = strRange(s, cpLength(s), start, end);
  const subLen = cpLength(sub);
  if (r.end - r.start < subLen) return 0;
  if (subLen === 0) return r.end - r.start + 1;
  let n = 0;
  for (let at = searchForward(s, sub, r.startOff); at >= 0 && at + sub.length <= r.endOff; at = searchForward(s, sub, at + sub.length)) n++;
  return n;
}

/** CPython's tailmatch: does prefix (or suffix, at the end) match within s[start:end]? */
function searchTailMatch(s: string, part: string, start: number | null, end: number | null, atEnd: boolean): boolean {
  const r = strRange(s, cpLength(s), start, end);
  const partLen = cpLength(part);
  if (r.end - partLen < r.start) return false;
  if (partLen === 0) return true;
  return atEnd ? s.startsWith(part, r.endOff - part.length) : s.startsWith(part, r.startOff);
}

/** Python str.startswith(prefix, start, end); prefix is a str or the items of a tuple of str. */
export function strStartswith(s: string, prefix: string | readonly string[], start: number | null, end: number | null): boolean {
  if (typeof prefix === 'string') return searchTailMatch(s, prefix, start, end, false);
  return prefix.some((p) => searchTailMatch(s, p, start, end, false));
}

/** Python str.endswith(suffix, start, end); suffix is a str or the items of a tuple of str. */
export function strEndswith(s: string, suffix: string | readonly string[], start: number | null, end: number | null): boolean {
  if (typeof suffix === 'string') return searchTailMatch(s, suffix, start, end, true);
  return suffix.some((p) => searchTailMatch(s, p, start, end, true));
}

/** Python str.replace(old, new, count): count < 0 replaces all; the size is checked first. */
export function strReplace(s: string, old: string, replacement: string, count: number): string {
  const limit = count < 0 ? Infinity : count;
  if (limit === 0) return s;
  if (old === '') {
    const chars = Array.from(s);
    const n = Math.min(limit, chars.length + 1);
    checkTextSize(s.length + n * replacement.length);
    // R c0 R c1 ... R c(n-1) c(n) ..., and a final R when every gap (n = len + 1) is replaced
    if (n > chars.length) return replacement + chars.join(replacement) + (chars.length > 0 ? replacement : '');
    return replacement + chars.slice(0, n).join(replacement) + chars.slice(n).join('');
  }
  let n = 0;
  for (let at = searchForward(s, old); at >= 0 && n < limit; at = searchForward(s, old, at + old.length)) n++;
  if (n === 0) return s;
  checkTextSize(s.length + n * (replacement.length - old.length));
  if (limit === Infinity && old.length <= 32) return s.split(old).join(replacement); // native split: short needles only
  let out = '';
  let from = 0;
  for (let k = 0; k < n; k++) {
    const at = searchForward(s, old, from);
    out += s.slice(from, at) + replacement;
    from = at + old.length;
  }
  return out + s.slice(from);
}
