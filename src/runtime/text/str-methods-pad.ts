// Padding str methods: center, ljust, rjust, zfill, expandtabs. They amplify size, so each
// computes its final length and passes it to checkTextSize before building anything.

import { cpLength } from './codepoints.js';
import { TextError } from './text-error.js';
import { checkTextSize } from './size-limit.js';

function padFillChar(fillchar: string | null): string {
  if (fillchar === null) return ' ';
  if (cpLength(fillchar) !== 1) throw new TextError('TypeError', 'The fill character must be exactly one character long');
  return fillchar;
}

function padBoth(s: string, left: number, right: number, fill: string): string {
  return (left > 0 ? fill.repeat(left) : '') + s + (right > 0 ? fill.repeat(right) : '');
}

/** Python str.center(width, fillchar): CPython puts the odd extra fill on the left when width is odd. */
export function strCenter(s: string, width: number, fillchar: string | null): string {
  const fill = padFillChar(fillchar);
  const len = cpLength(s);
  if (width <= len) return s;
  checkTextSize(width);
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return padBoth(s, left, marg - left, fill);
}

export function strLjust(s: string, width: number, fillchar: string | null): string {
  const fill = padFillChar(fillchar);
  const len = cpLength(s);
  if (width <= len) return s;
  checkTextSize(width);
  return padBoth(s, 0, width - len, fill);
}

export function strRjust(s: string, width: number, fillchar: string | null): string {
  const fill = padFillChar(fillchar);
  const len = cpLength(s);
  if (width <= len) return s;
  checkTextSize(width);
  return padBoth(s, width - len, 0, fill);
}

/** Python str.zfill(width): zeros on the left, after a leading sign. */
export function strZfill(s: string, width: number): string {
  const len = cpLength(s);
  if (width <= len) return s;
  checkTextSize(width);
  const zeros = '0'.repeat(width - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + zeros + s.slice(1);
  return zeros + s;
}

/** Python str.expandtabs(tabsize): columns restart after \n and \r; tabsize ≤ 0 removes tabs. */
export function strExpandtabs(s: string, tabsize: number): string {
  if (!s.includes('\t')) return s;
  let size = 0;
  let column = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (column % tabsize);
        column += incr;
        size += incr;
      }
    } else {
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
      size += 1;
    }
  }
  checkTextSize(size);
  let out = '';
  column = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (column % tabsize);
        out += ' '.repeat(incr);
        column += incr;
      }
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
  }
  return out;
}
