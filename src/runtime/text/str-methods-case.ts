// Case mappings of Python str: upper, lower, casefold, capitalize, title, swapcase. JS's
// toUpperCase/toLowerCase give Unicode's full (SpecialCasing) mappings like CPython; the generated
// tables in unicode-case.ts patch the characters where CPython 3.11 answers differently (newer
// Unicode in V8, titlecase and case folding that JS lacks). CPython's final-sigma rule for lower()
// (Σ at the end of a word becomes ς) is applied wherever a character is lowered.

import { CASEFOLD_EXCEPTIONS, LOWER_EXCEPTIONS, TITLE_EXCEPTIONS, UPPER_EXCEPTIONS } from './unicode-case.js';
import { isCasedCp, isCaseIgnorableCp, isLowerCp, isUpperCp } from './char-classes.js';

const CASE_ASCII = /^[\x00-\x7f]*$/;

function caseExceptionPattern(table: ReadonlyMap<number, string>): RegExp {
  let cls = '';
  for (const cp of table.keys()) cls += `\\u{${cp.toString(16)}}`;
  return new RegExp(`[${cls}]`, 'u');
}

const CASE_UPPER_PATTERN = caseExceptionPattern(UPPER_EXCEPTIONS);
const CASE_LOWER_PATTERN = caseExceptionPattern(LOWER_EXCEPTIONS);
const CASE_CASEFOLD_PATTERN = caseExceptionPattern(CASEFOLD_EXCEPTIONS);

/** Maps s with a whole-string JS mapping, falling back per character around the exceptions. */
function caseMapWithExceptions(s: string, table: ReadonlyMap<number, string>, pattern: RegExp, map: (t: string) => string): string {
  if (!pattern.test(s)) return map(s);
  let out = '';
  let run = '';
  for (const ch of s) {
    const special = table.get(ch.codePointAt(0)!);
    if (special === undefined) run += ch;
    else {
      out += map(run) + special;
      run = '';
    }
  }
  return out + map(run);
}

export function strUpper(s: string): string {
  if (CASE_ASCII.test(s)) return s.toUpperCase();
  return caseMapWithExceptions(s, UPPER_EXCEPTIONS, CASE_UPPER_PATTERN, (t) => t.toUpperCase());
}

export function strLower(s: string): string {
  if (CASE_ASCII.test(s)) return s.toLowerCase();
  return caseMapWithExceptions(s, LOWER_EXCEPTIONS, CASE_LOWER_PATTERN, (t) => t.toLowerCase());
}

function caseFoldRun(t: string): string {
  // Upper then lower folds like CaseFolding.txt except for Σ, whose final form must not appear.
  return t.toUpperCase().replace(/\u03a3/g, '\u03c3').toLowerCase();
}

export function strCasefold(s: string): string {
  if (CASE_ASCII.test(s)) return s.toLowerCase();
  return caseMapWithExceptions(s, CASEFOLD_EXCEPTIONS, CASE_CASEFOLD_PATTERN, caseFoldRun);
}

/** Python's titlecase mapping of one character. */
function caseTitleChar(ch: string): string {
  const special = TITLE_EXCEPTIONS.get(ch.codePointAt(0)!);
  if (special !== undefined) return special;
  const upper = ch.toUpperCase();
  if (upper.length === 1 || (upper.length === 2 && upper.codePointAt(0)! > 0xffff)) return upper;
  const first = String.fromCodePoint(upper.codePointAt(0)!);
  return first + upper.slice(first.length).toLowerCase();
}

function caseUpperChar(ch: string): string {
  return UPPER_EXCEPTIONS.get(ch.codePointAt(0)!) ?? ch.toUpperCase();
}

/**
 * Python's lowercase mapping of chars[i] in context: CPython lowers Σ to final ς when a cased
 * letter precedes it and none follows (case-ignorable characters skipped on both sides).
 */
function caseLowerCharAt(chars: string[], i: number): string {
  const ch = chars[i]!;
  if (ch !== '\u03a3') return LOWER_EXCEPTIONS.get(ch.codePointAt(0)!) ?? ch.toLowerCase();
  return caseIsFinalSigma(chars, i) ? '\u03c2' : '\u03c3';
}

function caseIsFinalSigma(chars: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(chars[j]!, chars[j]!.codePointAt(0)!)) j--;
  if (j < 0 || !isCasedCp(chars[j]!, chars[j]!.codePointAt(0)!)) return false;
  let k = i + 1;
  while (k < chars.length && isCaseIgnorableCp(chars[k]!, chars[k]!.codePointAt(0)!)) k++;
  return k === chars.length || !isCasedCp(chars[k]!, chars[k]!.codePointAt(0)!);
}

/** Python str.capitalize(): first character titlecased (3.8+), the rest lowercased. */
export function strCapitalize(s: string): string {
  if (s === '') return s;
  if (CASE_ASCII.test(s)) return s[0]!.toUpperCase() + s.slice(1).toLowerCase();
  const chars = Array.from(s);
  let out = caseTitleChar(chars[0]!);
  for (let i = 1; i < chars.length; i++) out += caseLowerCharAt(chars, i);
  return out;
}

/** Python str.title(): titlecase after an uncased character, lowercase after a cased one. */
export function strTitle(s: string): string {
  const chars = Array.from(s);
  let out = '';
  let previousCased = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += previousCased ? caseLowerCharAt(chars, i) : caseTitleChar(ch);
    previousCased = isCasedCp(ch, ch.codePointAt(0)!);
  }
  return out;
}

/** Python str.swapcase(): uppercase characters lowered, lowercase ones uppered, others kept. */
export function strSwapcase(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    if (isUpperCp(ch, cp)) out += caseLowerCharAt(chars, i);
    else if (isLowerCp(ch, cp)) out += caseUpperChar(ch);
    else out += ch;
  }
  return out;
}
