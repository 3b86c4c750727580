// The str.is*() predicates, character by character over code points, with CPython 3.11's
// definitions (Objects/unicodeobject.c): an empty string is False for all but isascii and
// isprintable; isupper/islower/istitle look only at cased characters.

import {
  isAlphaCp, isDecimalCp, isLowerCp, isPrintableCp, isSpaceCp, isTitleCp, isUpperCp,
} from './char-classes.js';
import { isDigitCp, isNumericCp } from './unicode-numeric.js';
import { isNewerThanPython } from './unicode-newer.js';

const PREDICATE_ASCII = /^[\x00-\x7f]*$/;
const PREDICATE_XID_START = /^\p{XID_Start}$/u;
const PREDICATE_XID_CONTINUE = /^\p{XID_Continue}$/u;

function predicateEvery(s: string, test: (ch: string, cp: number) => boolean): boolean {
  if (s === '') return false;
  for (const ch of s) if (!test(ch, ch.codePointAt(0)!)) return false;
  return true;
}

export function strIsalpha(s: string): boolean {
  return predicateEvery(s, isAlphaCp);
}

export function strIsdecimal(s: string): boolean {
  return predicateEvery(s, isDecimalCp);
}

export function strIsdigit(s: string): boolean {
  return predicateEvery(s, (_, cp) => isDigitCp(cp));
}

export function strIsnumeric(s: string): boolean {
  return predicateEvery(s, (_, cp) => isNumericCp(cp));
}

export function strIsalnum(s: string): boolean {
  return predicateEvery(s, (ch, cp) => isAlphaCp(ch, cp) || isNumericCp(cp) || isDigitCp(cp) || isDecimalCp(ch, cp));
}

export function strIsspace(s: string): boolean {
  return predicateEvery(s, (_, cp) => isSpaceCp(cp));
}

export function strIsascii(s: string): boolean {
  return PREDICATE_ASCII.test(s);
}

export function strIsprintable(s: string): boolean {
  for (const ch of s) if (!isPrintableCp(ch.codePointAt(0)!)) return false;
  return true;
}

/** At least one cased character and no lowercase or titlecase one. */
export function strIsupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isLowerCp(ch, cp) || isTitleCp(ch, cp)) return false;
    if (!cased && isUpperCp(ch, cp)) cased = true;
  }
  return cased;
}

/** At least one cased character and no uppercase or titlecase one. */
export function strIslower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isUpperCp(ch, cp) || isTitleCp(ch, cp)) return false;
    if (!cased && isLowerCp(ch, cp)) cased = true;
  }
  return cased;
}

/** Uppercase/titlecase characters only after uncased ones, lowercase only after cased ones. */
export function strIstitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isUpperCp(ch, cp) || isTitleCp(ch, cp)) {
      if (previousCased) return false;
      previousCased = true;
      cased = true;
    } else if (isLowerCp(ch, cp)) {
      if (!previousCased) return false;
      previousCased = true;
      cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

/** Python identifier syntax: XID_Start or '_' first, XID_Continue after (no keyword check). */
export function strIsidentifier(s: string): boolean {
  let first = true;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const ok = first ? ch === '_' || PREDICATE_XID_START.test(ch) : PREDICATE_XID_CONTINUE.test(ch);
    if (!ok || isNewerThanPython(cp)) return false;
    first = false;
  }
  return !first;
}

