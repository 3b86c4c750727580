// format(float, spec) as CPython 3.11's format_float_internal: types e E f F g G n % and none
// (repr digits without precision; with precision 'g'-like but never looking like an int), the z
// flag, '#', signs, inf/nan, grouping and the field layout of format-layout.ts.

import { parseFormatSpec, unknownFormatCode } from './format-spec.js';
import type { FormatSpec } from './format-spec.js';
import { floatToExponent, floatToFixed, floatToGeneral, floatToShortest } from './float-digits.js';
import type { FloatBody } from './float-digits.js';
import { formatLayoutNumber, formatSplitDigits } from './format-layout.js';
import { floatRepr } from './float-repr.js';
import { TextError } from './text-error.js';

const FORMAT_FLOAT_INT_MAX = 2147483647;

/** Python format(v, spec) for a float v. */
export function formatFloat(v: number, spec: string): string {
  if (spec === '') return floatRepr(v);
  const parsed = parseFormatSpec(spec, 'float', '', '>');
  switch (parsed.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatParsed(v, parsed);
    default:
      throw unknownFormatCode(parsed.type, 'float');
  }
}

/** Renders a float for an already parsed spec whose type is a float type (also used for int values). */
export function formatFloatParsed(v: number, spec: FormatSpec): string {
  if (spec.precision > FORMAT_FLOAT_INT_MAX) throw new TextError('ValueError', 'precision too big');
  let type = spec.type;
  let x = v;
  let suffix = '';
  if (type === '%') {
    x = v * 100;
    type = 'f';
    suffix = '%';
  }
  const negative = x < 0 || Object.is(x, -0);
  const body = formatFloatBody(Math.abs(x), type, spec);
  const upper = type === 'E' || type === 'F' || type === 'G';
  const text = (upper ? body.text.toUpperCase() : body.text) + suffix;
  const showNegative = negative && !(spec.noNegZero && body.isZero);
  const sign = showNegative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const [digits, rest] = formatSplitDigits(text);
  // 'n' uses the C locale here: no grouping separator.
  return formatLayoutNumber({ sign, prefix: '', digits, rest }, spec, 3);
}

function formatFloatBody(x: number, type: string, spec: FormatSpec): FloatBody {
  if (x !== x) return { text: 'nan', isZero: false };
  if (x === Infinity) return { text: 'inf', isZero: false };
  const alt = spec.alternate;
  const precision = spec.precision;
  switch (type) {
    case 'e': case 'E':
      return floatToExponent(x, precision < 0 ? 6 : precision, alt);
    case 'f': case 'F':
      return floatToFixed(x, precision < 0 ? 6 : precision, alt);
    case 'g': case 'G': case 'n':
      return floatToGeneral(x, precision < 0 ? 6 : precision, alt, false);
    default: // no type: repr digits, or 'g' with precision that keeps a '.0' on integral values
      return precision < 0 ? floatToShortest(x, alt) : floatToGeneral(x, precision, alt, true);
  }
}
