// Per-code-point Unicode classes as CPython 3.11 defines them (Objects/unicodectype.c), built on
// JS regex property escapes plus the Unicode-version gap table, so repr, the str.is*() predicates
// and int()/float() agree with CPython on which characters are printable, alphabetic, digits, ...

import { isNewerThanPython } from './unicode-newer.js';
import { CASED_DIFF, LOWERCASE_DIFF, UPPERCASE_DIFF } from './unicode-case.js';

// Python's non-printable categories: Other (Cc Cf Cs Co Cn) and Separator (Zl Zp Zs), minus ' '.
const CC_NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
const CC_ALPHA = /^[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}]$/u;
const CC_DECIMAL = /^\p{Nd}$/u;
const CC_LOWER = /^\p{Lowercase}$/u;
const CC_UPPER = /^\p{Uppercase}$/u;
const CC_TITLE = /^\p{Lt}$/u;
const CC_CASED = /^\p{Cased}$/u;
const CC_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

/** Python str.isprintable() for one code point. */
export function isPrintableCp(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa1) return false;
  if (isNewerThanPython(cp)) return false;
  return !CC_NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** Python str.isalpha() for one code point (letter categories). */
export function isAlphaCp(ch: string, cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return CC_ALPHA.test(ch) && !isNewerThanPython(cp);
}

/** Python str.isdecimal() for one code point (category Nd). */
export function isDecimalCp(ch: string, cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return CC_DECIMAL.test(ch) && !isNewerThanPython(cp);
}

/** Decimal value 0..9 of a code point in category Nd, else -1 (Nd digits come in runs of ten). */
export function decimalValueCp(cp: number): number {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  if (!isDecimalCp(String.fromCodePoint(cp), cp)) return -1;
  let first = cp;
  while (isDecimalCp(String.fromCodePoint(first - 1), first - 1)) first--;
  return (cp - first) % 10;
}

/** Python's whitespace (str.isspace, str.split()): bidi classes WS/B/S or category Zs. */
export function isSpaceCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  return cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

export function isLowerCp(ch: string, cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return CC_LOWER.test(ch) !== LOWERCASE_DIFF.has(cp);
}

export function isUpperCp(ch: string, cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return CC_UPPER.test(ch) !== UPPERCASE_DIFF.has(cp);
}

export function isTitleCp(ch: string, cp: number): boolean {
  return cp >= 0x80 && CC_TITLE.test(ch) && !isNewerThanPython(cp);
}

// Lowercase, Uppercase and Cased: the JS property, flipped where CPython's Unicode 14 disagrees.

/** Cased: lowercase, uppercase or titlecase (used by istitle, title() and final-sigma rules). */
export function isCasedCp(ch: string, cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return CC_CASED.test(ch) !== CASED_DIFF.has(cp);
}

export function isCaseIgnorableCp(ch: string, cp: number): boolean {
  return CC_CASE_IGNORABLE.test(ch) && !isNewerThanPython(cp);
}
