// Splitting str methods: split, rsplit, splitlines, partition, rpartition. Python's whitespace
// and line boundaries are all in the BMP, so these scan UTF-16 units directly; the pieces they
// return are whole code points because separators never start inside a surrogate pair.
// Results are built piece by piece with pushChecked, which checks the list's size every 1024 pieces, so
// splitting a huge string into millions of pieces gets MemoryError instead of exhausting the heap.

import { isSpaceCp } from './char-classes.js';
import { TextError } from './text-error.js';
import { pushChecked } from './size-limit.js';
import { searchForward, searchBackward } from './str-search-core.js';

function splitIsSpaceUnit(u: number): boolean {
  return isSpaceCp(u);
}

/** Python str.split(sep, maxsplit): sep null splits on whitespace runs; maxsplit < 0 = no limit. */
export function strSplit(s: string, sep: string | null, maxsplit: number): string[] {
  const limit = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null) return splitOnWhitespace(s, limit);
  if (sep === '') throw new TextError('ValueError', 'empty separator');
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < limit; k++) {
    const at = searchForward(s, sep, from);
    if (at < 0) break;
    pushChecked(out, s.slice(from, at));
    from = at + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

function splitOnWhitespace(s: string, limit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && splitIsSpaceUnit(s.charCodeAt(i))) i++;
    if (i === n) break;
    if (out.length === limit) {
      out.push(s.slice(i)); // the rest keeps its inner and trailing whitespace
      break;
    }
    const from = i;
    while (i < n && !splitIsSpaceUnit(s.charCodeAt(i))) i++;
    pushChecked(out, s.slice(from, i));
  }
  return out;
}

/** Python str.rsplit(sep, maxsplit): like split, but the limit counts splits from the right. */
export function strRsplit(s: string, sep: string | null, maxsplit: number): string[] {
  const limit = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null) return rsplitOnWhitespace(s, limit);
  if (sep === '') throw new TextError('ValueError', 'empty separator');
  // No s.split shortcut: with overlapping separators ('aaa'.rsplit('aa')) right-to-left differs.
  const out: string[] = [];
  let to = s.length;
  for (let k = 0; k < limit && to >= sep.length; k++) {
    const at = searchBackward(s, sep, to - sep.length);
    if (at < 0) break;
    pushChecked(out, s.slice(at + sep.length, to));
    to = at;
  }
  out.push(s.slice(0, to));
  return out.reverse();
}

function rsplitOnWhitespace(s: string, limit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && splitIsSpaceUnit(s.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    if (out.length === limit) {
      out.push(s.slice(0, i));
      break;
    }
    const to = i;
    while (i > 0 && !splitIsSpaceUnit(s.charCodeAt(i - 1))) i--;
    pushChecked(out, s.slice(i, to));
  }
  return out.reverse();
}

/** Python's line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
function splitIsLineBreak(u: number): boolean {
  return u === 0x0a || u === 0x0d || u === 0x0b || u === 0x0c || u === 0x1c || u === 0x1d || u === 0x1e ||
    u === 0x85 || u === 0x2028 || u === 0x2029;
}

/** Python str.splitlines(keepends). */
export function strSplitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let from = 0;
  let i = 0;
  while (i < n) {
    const u = s.charCodeAt(i);
    if (!splitIsLineBreak(u)) {
      i++;
      continue;
    }
    const eol = u === 0x0d && s.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    pushChecked(out, s.slice(from, keepends ? eol : i));
    from = i = eol;
  }
  if (from < n) out.push(s.slice(from));
  return out;
}

/** Python str.partition(sep): [before, sep, after], or [s, '', ''] when sep is absent. */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw new TextError('ValueError', 'empty separator');
  const at = searchForward(s, sep);
  if (at < 0) return [s, '', ''];
  return [s.slice(0, at), sep, s.slice(at + sep.length)];
}

/** Python str.rpartition(sep): [before, sep, after] at the last sep, or ['', '', s]. */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw new TextError('ValueError', 'empty separator');
  const at = searchBackward(s, sep);
  if (at < 0) return ['', '', s];
  return [s.slice(0, at), sep, s.slice(at + sep.length)];
}
