// Trimming str methods: strip/lstrip/rstrip (whitespace, or any code point of `chars`) and
// removeprefix/removesuffix.

import { isSpaceCp } from './char-classes.js';
import { cpWidthAt, hasSurrogates } from './codepoints.js';

/** Predicate for the code points to strip: Python whitespace, or members of chars. */
function stripPredicate(chars: string | null): (cp: number) => boolean {
  if (chars === null) return isSpaceCp;
  if (chars.length === 1) {
    const only = chars.charCodeAt(0);
    return (cp) => cp === only;
  }
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.codePointAt(0)!);
  return (cp) => set.has(cp);
}

function stripLeftEnd(s: string, strip: (cp: number) => boolean): number {
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (!strip(cp)) break;
    i += cpWidthAt(s, i);
  }
  return i;
}

function stripRightEnd(s: string, strip: (cp: number) => boolean, from: number): number {
  const wide = hasSurrogates(s);
  let j = s.length;
  while (j > from) {
    // Step back over a whole surrogate pair when the last unit closes one.
    const width = wide && j - 2 >= from && cpWidthAt(s, j - 2) === 2 ? 2 : 1;
    if (!strip(s.codePointAt(j - width)!)) break;
    j -= width;
  }
  return j;
}

/** Python str.strip(chars): chars null strips whitespace. */
export function strStrip(s: string, chars: string | null): string {
  const strip = stripPredicate(chars);
  const i = stripLeftEnd(s, strip);
  return s.slice(i, stripRightEnd(s, strip, i));
}

export function strLstrip(s: string, chars: string | null): string {
  return s.slice(stripLeftEnd(s, stripPredicate(chars)));
}

export function strRstrip(s: string, chars: string | null): string {
  return s.slice(0, stripRightEnd(s, stripPredicate(chars), 0));
}

export function strRemoveprefix(s: string, prefix: string): string {
  return prefix !== '' && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function strRemovesuffix(s: string, suffix: string): string {
  return suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}
