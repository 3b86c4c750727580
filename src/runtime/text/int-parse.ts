// Numbers from and to text, as CPython 3.11 does it: int(s, base), float(s), bin/oct/hex and
// str(int). Includes CPython 3.11's 4300-digit limit on conversions in non-power-of-two bases
// (CVE-2020-10735: quadratic-time conversion), which also bounds the work a script can demand.

import { strRepr } from './str-repr.js';
import { chargeText } from './text-cost.js';
import { TextError } from './text-error.js';
import { decimalValueCp, isSpaceCp } from './char-classes.js';
import { cpSlice } from './codepoints.js';

/** CPython's default sys.get_int_max_str_digits(). */
export const INT_STR_DIGITS_LIMIT = 4300;

const INT_LIMIT_HINT = 'use sys.set_int_max_str_digits() to increase the limit';
const INT_PARSE_ASCII_ONLY = /^[\x00-\x7e]*$/;
const INT_PARSE_C_SPACE = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

/**
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace becomes ' ', non-ASCII
 * decimal digits become ASCII digits, and the first other non-ASCII character ends the text with
 * '?' (the result is then certainly invalid). Then the C parser strips ASCII whitespace only.
 */
function intParseNumericAscii(s: string): string {
  if (!INT_PARSE_ASCII_ONLY.test(s)) {
    let out = '';
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp < 127) out += ch;
      else if (isSpaceCp(cp)) out += ' ';
      else {
        const d = decimalValueCp(cp);
        if (d < 0) return (out + '?').replace(INT_PARSE_C_SPACE, '');
        out += String.fromCharCode(0x30 + d);
      }
    }
    s = out;
  }
  return s.replace(INT_PARSE_C_SPACE, '');
}

/** Value of an ASCII digit or letter in bases up to 36, else 99. */
function intParseDigitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41 + 10;
  return 99;
}

function intParseIsPowerOfTwo(base: number): boolean {
  return (base & (base - 1)) === 0;
}

/** An int normalised to the runtime's representation: number when safe, else bigint. */
export function textNormaliseInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function intParseDigits(digits: string, base: number): number | bigint {
  // 2^53 holds 15 decimal digits, or in general floor(53 / log2(base)) digits.
  if (digits.length <= Math.floor(53 / Math.log2(base))) return parseInt(digits, base);
  if (base === 10) return textNormaliseInt(BigInt(digits));
  if (base === 16) return textNormaliseInt(BigInt('0x' + digits));
  if (base === 8) return textNormaliseInt(BigInt('0o' + digits));
  if (base === 2) return textNormaliseInt(BigInt('0b' + digits));
  if (base === 4 || base === 32) {
    // Power-of-two bases have no digit limit, so avoid the quadratic fold: spell out the bits.
    const width = base === 4 ? 2 : 5;
    let bits = '';
    for (let i = 0; i < digits.length; i++) bits += parseInt(digits[i]!, base).toString(2).padStart(width, '0');
    return textNormaliseInt(BigInt('0b' + bits));
  }
  // Other bases (at most 4300 digits): fold chunks of 8 digits (36^8 < 2^53, each parses exactly).
  let v = 0n;
  const big = BigInt(base);
  for (let i = 0; i < digits.length; i += 8) {
    const chunk = digits.slice(i, i + 8);
    v = v * big ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
  }
  return textNormaliseInt(v);
}

function intParseInvalidLiteral(s: string, base: number): TextError {
  // CPython formats the literal with %.200R: its repr, cut to 200 code points.
  return new TextError('ValueError', `invalid literal for int() with base ${base}: ${cpSlice(strRepr(s), 0, 200)}`);
}

/** Python int(s, base) for a str s. */
export function parseIntText(s: string, base: number): number | bigint {
  chargeText(s.length);
  if (base !== 0 && (base < 2 || base > 36)) {
    throw new TextError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const t = intParseNumericAscii(s);
  let i = 0;
  const negative = t[0] === '-';
  if (t[0] === '-' || t[0] === '+') i++;
  let radix = base;
  let zerosOnly = false;
  const prefix = t.slice(i, i + 2).toLowerCase();
  const prefixBase = prefix === '0x' ? 16 : prefix === '0o' ? 8 : prefix === '0b' ? 2 : 0;
  if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
    radix = prefixBase;
    i += 2;
    if (t[i] === '_') i++; // one underscore may follow the prefix
  } else if (base === 0) {
    radix = 10;
    zerosOnly = t[i] === '0'; // base 0 rejects leading zeros in a nonzero decimal ('010')
  }
  let digits = '';
  let prevUnderscore = true; // a leading underscore is as wrong as a doubled one
  for (; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code === 0x5f) {
      if (prevUnderscore) throw intParseInvalidLiteral(s, base);
      prevUnderscore = true;
      continue;
    }
    if (intParseDigitValue(code) >= radix) break;
    digits += t[i];
    prevUnderscore = false;
  }
  if (digits.length > INT_STR_DIGITS_LIMIT && !intParseIsPowerOfTwo(radix)) {
    throw new TextError('ValueError',
      `Exceeds the limit (${INT_STR_DIGITS_LIMIT} digits) for integer string conversion: value has ${digits.length} digits; ${INT_LIMIT_HINT}`);
  }
  if (digits === '' || prevUnderscore || i < t.length) throw intParseInvalidLiteral(s, base);
  if (zerosOnly && /[^0]/.test(digits)) throw intParseInvalidLiteral(s, base);
  const v = intParseDigits(digits, radix);
  if (typeof v === 'number') return negative && v !== 0 ? -v : v;
  return negative ? -v : v;
}

// Decimal float syntax after underscores are validated: digits with optional point and exponent.
const FLOAT_PARSE_SYNTAX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const FLOAT_PARSE_UNDERSCORE = /(?:^|[^0-9])_|_(?:[^0-9]|$)/;
const FLOAT_PARSE_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** Python float(s) for a str s. */
export function parseFloatText(s: string): number {
  const t = intParseNumericAscii(s);
  const special = FLOAT_PARSE_SPECIAL.exec(t);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!t.includes('_')) {
    if (FLOAT_PARSE_SYNTAX.test(t)) return Number(t);
  } else if (!FLOAT_PARSE_UNDERSCORE.test(t)) {
    const plain = t.replace(/_/g, '');
    if (FLOAT_PARSE_SYNTAX.test(plain)) return Number(plain);
  }
  throw new TextError('ValueError', `could not convert string to float: ${strRepr(s)}`);
}

/** Python bin(n), oct(n), hex(n): '0b101', '-0x1f', '0o0'. */
export function intToBase(n: number | bigint, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  const negative = n < 0;
  const magnitude = negative ? -n : n;
  const digits = magnitude.toString(base);
  chargeText(digits.length);
  return (negative ? '-' : '') + prefix + digits;
}

/** Python str(n) for an int, refusing more than 4300 digits as CPython 3.11 does. */
export function intToDecimalString(n: number | bigint): string {
  if (typeof n === 'number') return String(n);
  const magnitude = n < 0n ? -n : n;
  // 4300 decimal digits need at least 14281 bits; cheap check on the bit length first.
  const bits = magnitude.toString(16).length * 4;
  if (bits > 14300 || (bits > 14270 && magnitude.toString().length > INT_STR_DIGITS_LIMIT)) {
    throw new TextError('ValueError', `Exceeds the limit (${INT_STR_DIGITS_LIMIT} digits) for integer string conversion; ${INT_LIMIT_HINT}`);
  }
  const text = n.toString();
  chargeText(text.length);
  return text;
}
