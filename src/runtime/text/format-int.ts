// format(int, spec) as CPython 3.11's format_long_internal: types b c d o x X n, the float types
// (the int converted to float first), '#' prefixes, signs, ',' and '_' grouping (groups of four for
// b/o/x/X), and the 4300-digit limit on decimal output.

import { parseFormatSpec, unknownFormatCode } from './format-spec.js';
import { formatFloatParsed } from './format-float.js';
import { formatLayoutNumber } from './format-layout.js';
import { intToDecimalString } from './int-parse.js';
import { TextError } from './text-error.js';

/** Python format(v, spec) for an int v (number or bigint); `typeName` is 'bool' for True/False in messages. */
export function formatInt(v: number | bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimalString(v);
  const parsed = parseFormatSpec(spec, typeName, 'd', '>');
  switch (parsed.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const x = Number(v);
      if (!Number.isFinite(x)) throw new TextError('OverflowError', 'int too large to convert to float');
      return formatFloatParsed(x, parsed);
    }
    default:
      throw unknownFormatCode(parsed.type, typeName);
  }
  if (parsed.precision !== -1) throw new TextError('ValueError', 'Precision not allowed in integer format specifier');
  if (parsed.noNegZero) throw new TextError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const negative = v < 0;
  const sign = negative ? '-' : parsed.sign === '+' ? '+' : parsed.sign === ' ' ? ' ' : '';
  if (parsed.type === 'c') {
    if (parsed.sign !== '') throw new TextError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (parsed.alternate) throw new TextError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      throw new TextError('OverflowError', 'Python int too large to convert to C long');
    }
    if (v < 0 || v > 0x10ffff) throw new TextError('OverflowError', '%c arg not in range(0x110000)');
    return formatLayoutNumber({ sign: '', prefix: '', digits: '', rest: String.fromCodePoint(Number(v)) }, parsed, 3);
  }
  const magnitude = negative ? -v : v;
  let digits: string;
  let prefix = '';
  let groupSize = 3;
  switch (parsed.type) {
    case 'b': digits = magnitude.toString(2); prefix = '0b'; groupSize = 4; break;
    case 'o': digits = magnitude.toString(8); prefix = '0o'; groupSize = 4; break;
    case 'x': digits = magnitude.toString(16); prefix = '0x'; groupSize = 4; break;
    case 'X': digits = magnitude.toString(16).toUpperCase(); prefix = '0X'; groupSize = 4; break;
    default: digits = intToDecimalString(magnitude); break;
  }
  return formatLayoutNumber({ sign, prefix: parsed.alternate ? prefix : '', digits, rest: '' }, parsed, groupSize);
}
