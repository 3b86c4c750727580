// One %-conversion of printf-style formatting (CPython's unicode_format_arg_format and
// unicode_format_arg_output): renders the value for its conversion character, then pads it to the
// width with the sign and 0x/0o prefix placed as CPython places them. percent-format.ts parses
// the template and hands each conversion here.

import { floatToExponent, floatToFixed, floatToGeneral } from './float-digits.js';
import { intToDecimalString } from './int-parse.js';
import { cpLength, cpSlice } from './codepoints.js';
import { checkTextSize } from './size-limit.js';

/** The parsed flags of one conversion. */
export interface PercentSpec {
  leftJustify: boolean; // '-'
  plusSign: boolean; // '+'
  blankSign: boolean; // ' '
  alternate: boolean; // '#'
  zeroPad: boolean; // '0'
  /** -1 when not given. */
  width: number;
  /** -1 when not given. */
  precision: number;
  /** The conversion character. */
  conv: string;
}

/** _PyUnicode_FormatLong: sign, optional 0x/0o prefix, digits zero-padded to the precision. */
export function percentInt(v: number | bigint, spec: PercentSpec): string {
  const negative = v < 0;
  const magnitude = negative ? -v : v;
  let digits: string;
  let prefix = '';
  switch (spec.conv) {
    case 'o': digits = magnitude.toString(8); prefix = '0o'; break;
    case 'x': digits = magnitude.toString(16); prefix = '0x'; break;
    case 'X': digits = magnitude.toString(16).toUpperCase(); prefix = '0X'; break;
    default: digits = intToDecimalString(magnitude); prefix = ''; break;
  }
  if (spec.precision > digits.length) {
    checkTextSize(spec.precision);
    digits = '0'.repeat(spec.precision - digits.length) + digits;
  }
  return (negative ? '-' : '') + (spec.alternate ? prefix : '') + digits;
}

/** PyOS_double_to_string for %e %E %f %F %g %G (default precision 6, '#' keeps the point). */
export function percentFloat(x: number, spec: PercentSpec): string {
  const precision = spec.precision < 0 ? 6 : spec.precision;
  const negative = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  if (a !== a) body = 'nan';
  else if (a === Infinity) body = 'inf';
  else {
    switch (spec.conv) {
      case 'e': case 'E': body = floatToExponent(a, precision, spec.alternate).text; break;
      case 'f': case 'F': body = floatToFixed(a, precision, spec.alternate).text; break;
      default: body = floatToGeneral(a, precision, spec.alternate, false).text; break;
    }
  }
  if (spec.conv === 'E' || spec.conv === 'F' || spec.conv === 'G') body = body.toUpperCase();
  return (negative && a === a ? '-' : '') + body;
}

/** Truncates a %s/%r/%a result to the precision (code points). */
export function percentTruncate(text: string, spec: PercentSpec): string {
  return spec.precision >= 0 ? cpSlice(text, 0, spec.precision) : text;
}

/**
 * unicode_format_arg_output: pads `text` (a rendered value; for numeric conversions it may start
 * with '-' or '+' and then '0x'/'0X'/'0o') to the width. Zero padding goes between the sign/prefix
 * and the digits and only applies to numbers that are not left-justified.
 */
export function percentPad(text: string, spec: PercentSpec, numeric: boolean): string {
  let len = cpLength(text);
  if (spec.width <= len && !spec.plusSign && !spec.blankSign) return text;
  let width = spec.width;
  let start = 0;
  let sign = '';
  if (numeric) {
    if (text[0] === '-' || text[0] === '+') {
      sign = text[0];
      len--;
      start++;
    } else if (spec.plusSign) sign = '+';
    else if (spec.blankSign) sign = ' ';
  }
  if (width < len) width = len;
  checkTextSize(width + 1);
  const fill = spec.zeroPad && numeric && !spec.leftJustify ? '0' : ' ';
  let out = '';
  if (sign !== '') {
    if (fill !== ' ') out += sign;
    if (width > len) width--;
  }
  let prefix = '';
  if (numeric && spec.alternate && (spec.conv === 'x' || spec.conv === 'X' || spec.conv === 'o')) {
    prefix = text.slice(start, start + 2);
    if (fill !== ' ') out += prefix;
    width = Math.max(width - 2, 0);
    len -= 2;
    start += 2;
  }
  if (width > len && !spec.leftJustify) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') out += sign + prefix;
  out += text.slice(start);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
