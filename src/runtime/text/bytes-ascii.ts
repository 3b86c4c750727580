// The ASCII-only text rules of bytes and bytearray methods, on latin-1 strings (one char per byte):
// case mapping and predicates that ignore bytes >= 0x80, whitespace (space, \t \n \r \v \f only)
// for split() and strip(), and splitlines() on \n, \r and \r\n only. The str versions
// (str-methods-*.ts) follow Unicode and would treat b'\xe9' or b'\x1c' differently.

import { pushChecked } from './size-limit.js';

export const BYTES_WHITESPACE = ' \t\n\r\x0b\x0c';

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function mapChars(s: string, f: (c: number, i: number) => number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(f(s.charCodeAt(i), i));
  return out;
}

const toUpper = (c: number): number => (isAsciiLower(c) ? c - 32 : c);
const toLower = (c: number): number => (isAsciiUpper(c) ? c + 32 : c);

export function bytesUpper(s: string): string {
  return mapChars(s, toUpper);
}
export function bytesLower(s: string): string {
  return mapChars(s, toLower);
}
export function bytesSwapcase(s: string): string {
  return mapChars(s, (c) => (isAsciiLower(c) ? c - 32 : isAsciiUpper(c) ? c + 32 : c));
}
export function bytesCapitalize(s: string): string {
  return mapChars(s, (c, i) => (i === 0 ? toUpper(c) : toLower(c)));
}
/** Title case: a letter after a non-letter is upper-cased, every other letter lower-cased. */
export function bytesTitle(s: string): string {
  let prevCased = false;
  return mapChars(s, (c) => {
    const r = prevCased ? toLower(c) : toUpper(c);
    prevCased = isAsciiUpper(c) || isAsciiLower(c);
    return r;
  });
}

function every(s: string, f: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!f(s.charCodeAt(i))) return false;
  return true;
}

export function bytesIsalpha(s: string): boolean {
  return every(s, (c) => isAsciiUpper(c) || isAsciiLower(c));
}
export function bytesIsdigit(s: string): boolean {
  return every(s, isAsciiDigit);
}
export function bytesIsalnum(s: string): boolean {
  return every(s, (c) => isAsciiUpper(c) || isAsciiLower(c) || isAsciiDigit(c));
}
export function bytesIsspace(s: string): boolean {
  return every(s, isAsciiSpace);
}
export function bytesIsascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}
/** isupper/islower: at least one cased byte, and none of the other case. */
export function bytesIsupper(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiLower(c)) return false;
    if (isAsciiUpper(c)) cased = true;
  }
  return cased;
}
export function bytesIslower(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiUpper(c)) return false;
    if (isAsciiLower(c)) cased = true;
  }
  return cased;
}
export function bytesIstitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiUpper(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isAsciiLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** split() without a separator: runs of ASCII whitespace; maxsplit < 0 = no limit. */
export function bytesSplitWhitespace(s: string, maxsplit: number, fromRight: boolean): string[] {
  const limit = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (!fromRight) {
    let i = 0;
    while (i < s.length) {
      while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
      if (i === s.length) break;
      if (out.length === limit) {
        pushChecked(out, s.slice(i));
        break;
      }
      const from = i;
      while (i < s.length && !isAsciiSpace(s.charCodeAt(i))) i++;
      pushChecked(out, s.slice(from, i));
    }
    return out;
  }
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isAsciiSpace(s.charCodeAt(j - 1))) j--;
    if (j === 0) break;
    if (out.length === limit) {
      pushChecked(out, s.slice(0, j));
      break;
    }
    const to = j;
    while (j > 0 && !isAsciiSpace(s.charCodeAt(j - 1))) j--;
    pushChecked(out, s.slice(j, to));
  }
  return out.reverse();
}

/** splitlines() for bytes: only \n, \r and \r\n end a line. */
export function bytesSplitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    const end = c === 0x0d && s.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    pushChecked(out, s.slice(from, keepends ? end : i));
    from = end;
    i = end - 1;
  }
  if (from < s.length) pushChecked(out, s.slice(from));
  return out;
}
