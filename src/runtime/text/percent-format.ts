// printf-style formatting, `template % args` for str (CPython 3.11's PyUnicode_Format): walks the
// template, parses each conversion ([(key)][flags][width|*][.precision|*][hlL]conv), fetches its
// argument the way CPython does, and renders it with percent-convert.ts. Python-level operations
// on the values (str(), repr(), int and float coercion with their TypeErrors, mapping lookup) are
// supplied by the runtime through PercentArgs, so this file stays free of the object model.

import { TextError } from './text-error.js';
import { percentFloat, percentInt, percentPad, percentTruncate } from './percent-convert.js';
import type { PercentSpec } from './percent-convert.js';
import { checkTextSize } from './size-limit.js';
import { chargeText } from './text-cost.js';

export interface PercentArgs {
  /** The positional values: the items of a tuple argument, else [the single argument]. */
  values: unknown[] | null;
  /** Lookup for %(key)s, present when the argument is a mapping (PyMapping_Check, not tuple/str). */
  mapping: ((key: string) => unknown) | null;
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  /** int value for %d %i %u %o %x %X; throws CPython's TypeError ('%x format: an integer is required, not float'). */
  toIntForFormat(v: unknown, conv: string): number | bigint;
  /** float value for %e %f %g ...; throws CPython's TypeError ('must be real number, not str'). */
  toFloatForFormat(v: unknown, conv: string): number;
  /** The character for %c (int in range or 1-char str); throws OverflowError/TypeError as CPython. */
  charForFormat(v: unknown): string;
  /** bytes % args: %b is %s, and `str` renders bytes-like values (CPython's _PyBytes_Format). */
  bytes?: boolean;
}

const PERCENT_SSIZE_MAX = 9223372036854775807n;
const PERCENT_INT_MAX = 2147483647n;

/** Python ints in the runtime's representation (bool counts: it is an int subclass). */
function percentIsInt(v: unknown): v is number | bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v));
}

/** Argument cursor: CPython replaces the argument list by the looked-up value after a %(key). */
interface PercentArgState {
  items: unknown[];
  next: number;
}

function percentNextArg(st: PercentArgState): unknown {
  if (st.next >= st.items.length) throw new TextError('TypeError', 'not enough arguments for format string');
  return st.items[st.next++];
}

function percentStarValue(st: PercentArgState, max: bigint, cType: string): number {
  const v = percentNextArg(st);
  if (!percentIsInt(v)) throw new TextError('TypeError', '* wants int');
  if (typeof v === 'boolean') return Number(v);
  // Compare as bigint: 2^63 - 1 is not representable as a JS number.
  if (typeof v === 'bigint' && (v > max || v < -max - 1n)) {
    throw new TextError('OverflowError', `Python int too large to convert to C ${cType}`);
  }
  if (typeof v === 'number' && (v > Number(max) || v < -Number(max) - 1)) {
    throw new TextError('OverflowError', `Python int too large to convert to C ${cType}`);
  }
  return Number(v);
}

/** Reads the digits starting at chars[pos] (the first is known to be a digit); [value, next pos]. */
function percentReadNumber(chars: string[], pos: number, max: number, what: string): [number, number] {
  let n = 0;
  while (pos < chars.length && chars[pos]! >= '0' && chars[pos]! <= '9') {
    const d = chars[pos]!.charCodeAt(0) - 0x30;
    if (n > (max - d) / 10) throw new TextError('ValueError', `${what} too big`);
    n = n * 10 + d;
    pos++;
  }
  return [n, pos];
}

function percentIncomplete(): TextError {
  return new TextError('ValueError', 'incomplete format');
}

/** Python `template % args` for a str template. */
export function percentFormat(template: string, args: PercentArgs): string {
  chargeText(template.length);
  const chars = Array.from(template);
  const n = chars.length;
  const st: PercentArgState = { items: args.values ?? [], next: 0 };
  let out = '';
  let literalFrom = 0;
  let pos = 0;
  while (pos < n) {
    if (chars[pos] !== '%') {
      pos++;
      continue;
    }
    out += chars.slice(literalFrom, pos).join('');
    pos++;
    if (pos >= n) throw percentIncomplete();
    if (chars[pos] === '%') {
      out += '%';
      literalFrom = ++pos;
      continue;
    }
    if (chars[pos] === '(') {
      if (args.mapping === null) throw new TextError('TypeError', 'format requires a mapping');
      const keyStart = ++pos;
      let depth = 1;
      while (depth > 0 && pos < n) {
        if (chars[pos] === ')') depth--;
        else if (chars[pos] === '(') depth++;
        pos++;
      }
      if (depth > 0) throw new TextError('ValueError', 'incomplete format key');
      st.items = [args.mapping(chars.slice(keyStart, pos - 1).join(''))];
      st.next = 0;
    }
    const spec: PercentSpec = {
      leftJustify: false, plusSign: false, blankSign: false, alternate: false, zeroPad: false, width: -1, precision: -1, conv: '',
    };
    for (; pos < n; pos++) {
      const c = chars[pos];
      if (c === '-') spec.leftJustify = true;
      else if (c === '+') spec.plusSign = true;
      else if (c === ' ') spec.blankSign = true;
      else if (c === '#') spec.alternate = true;
      else if (c === '0') spec.zeroPad = true;
      else break;
    }
    if (chars[pos] === '*') {
      spec.width = percentStarValue(st, PERCENT_SSIZE_MAX, 'ssize_t');
      if (spec.width < 0) {
        spec.leftJustify = true;
        spec.width = -spec.width;
      }
      pos++;
    } else if (pos < n && chars[pos]! >= '0' && chars[pos]! <= '9') {
      [spec.width, pos] = percentReadNumber(chars, pos, Number(PERCENT_SSIZE_MAX), 'width');
    }
    if (chars[pos] === '.') {
      pos++;
      spec.precision = 0;
      if (chars[pos] === '*') {
        spec.precision = Math.max(percentStarValue(st, PERCENT_INT_MAX, 'int'), 0);
        pos++;
      } else if (pos < n && chars[pos]! >= '0' && chars[pos]! <= '9') {
        [spec.precision, pos] = percentReadNumber(chars, pos, Number(PERCENT_INT_MAX), 'precision');
      }
    }
    if (chars[pos] === 'h' || chars[pos] === 'l' || chars[pos] === 'L') pos++;
    if (pos >= n) throw percentIncomplete();
    spec.conv = chars[pos]!;
    pos++;
    const piece = percentConvert(percentNextArg(st), spec, args, pos - 1);
    // each piece was size-checked alone; the sum is checked before joining ('%9000000s' * 9 % t)
    checkTextSize(out.length + piece.length);
    chargeText(piece.length);
    out += piece;
    literalFrom = pos;
  }
  if (st.next < st.items.length && args.mapping === null) {
    throw new TextError('TypeError', 'not all arguments converted during string formatting');
  }
  return out + chars.slice(literalFrom).join('');
}

function percentConvert(v: unknown, spec: PercentSpec, args: PercentArgs, index: number): string {
  // bytes % args: %b is %s
  switch (spec.conv === 'b' && args.bytes ? 's' : spec.conv) {
    case 's': return percentPad(percentTruncate(args.str(v), spec), spec, false);
    case 'r': return percentPad(percentTruncate(args.repr(v), spec), spec, false);
    case 'a': return percentPad(percentTruncate(args.ascii(v), spec), spec, false);
    case 'c': return percentPad(args.charForFormat(v), spec, false);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return percentPad(percentInt(args.toIntForFormat(v, spec.conv), spec), spec, true);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return percentPad(percentFloat(args.toFloatForFormat(v, spec.conv), spec), spec, true);
    default: {
      const cp = spec.conv.codePointAt(0)!;
      const shown = cp >= 31 && cp <= 126 ? spec.conv : '?';
      throw new TextError('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
    }
  }
}

