// repr() and ascii() of a Python str, as CPython 3.11 prints them (Objects/unicodeobject.c,
// unicode_repr): the quote is ' unless the text holds ' and no ", backslash, quote, \t \n \r and
// other non-printable code points are escaped as \xNN, \uNNNN or \UNNNNNNNN.

import { isPrintableCp } from './char-classes.js';
import { checkTextSize } from './size-limit.js';
import { chargeText } from './text-cost.js';

// Anything that may need an escape: controls, quotes, backslash, DEL and everything non-ASCII.
const REPR_NEEDS_ESCAPE = /[\x00-\x1f'"\\\x7f-\uffff]/;

function reprHex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

function reprEscapeCp(cp: number): string {
  if (cp < 0x100) return '\\x' + reprHex(cp, 2);
  if (cp < 0x10000) return '\\u' + reprHex(cp, 4);
  return '\\U' + reprHex(cp, 8);
}

/** The length (UTF-16 units) of the escaped body of s, without the quotes. */
function escapedLength(s: string, quote: string, asciiOnly: boolean): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\' || ch === '\t' || ch === '\n' || ch === '\r') n += 2;
    else if (cp < 0x7f) n += cp < 0x20 ? 4 : 1;
    else if (asciiOnly || !isPrintableCp(cp)) n += cp < 0x100 ? 4 : cp < 0x10000 ? 6 : 10;
    else n += ch.length;
  }
  return n + 2;
}

function reprQuoteAndEscape(s: string, asciiOnly: boolean): string {
  chargeText(s.length);
  if (!REPR_NEEDS_ESCAPE.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  // escapes grow the text up to 10x: size the result exactly before building it, as CPython does
  checkTextSize(escapedLength(s, quote, asciiOnly));
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x7f) out += cp < 0x20 ? reprEscapeCp(cp) : ch;
    else if (asciiOnly || !isPrintableCp(cp)) out += reprEscapeCp(cp);
    else out += ch;
  }
  chargeText(out.length);
  return out + quote;
}

/** Python repr(s). */
export function strRepr(s: string): string {
  return reprQuoteAndEscape(s, false);
}

/** Python ascii(s): repr with every non-ASCII code point escaped. */
export function strAscii(s: string): string {
  return reprQuoteAndEscape(s, true);
}
