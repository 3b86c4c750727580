// CPython's ADJUST_INDICES for the str methods that take start/end (find, count, startswith,
// ...): None means the whole string; negative values count from the end and clamp at 0; end clamps
// at the length, but start is NOT clamped, so a start past the end makes the search range empty.
// Also converts the resulting code-point range to UTF-16 offsets for JS string searches.

import { cpOffset, hasSurrogates } from './codepoints.js';

/** A search range over a string in code points and in UTF-16 offsets. */
export interface StrRange {
  /** Adjusted start and end in code points (start may exceed end). */
  start: number;
  end: number;
  /** The same bounds as UTF-16 offsets (equal to start/end when the string has no surrogates). */
  startOff: number;
  endOff: number;
  /** Whether the string has surrogates, i.e. offsets differ from code-point indices. */
  wide: boolean;
}

/** Adjusts start/end (code points, null = omitted) against a string of `length` code points. */
export function strAdjustIndices(length: number, start: number | null, end: number | null): [number, number] {
  let s = start ?? 0;
  let e = end ?? length;
  if (e > length) e = length;
  else if (e < 0) {
    e += length;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += length;
    if (s < 0) s = 0;
  }
  return [s, e];
}

/** strAdjustIndices plus the UTF-16 offsets of the bounds. `length` is s's length in code points. */
export function strRange(s: string, length: number, start: number | null, end: number | null): StrRange {
  const [a, b] = strAdjustIndices(length, start, end);
  const wide = hasSurrogates(s);
  if (!wide) return { start: a, end: b, startOff: a, endOff: b, wide };
  return { start: a, end: b, startOff: a > length ? s.length + 1 : cpOffset(s, a), endOff: cpOffset(s, b), wide };
}
