// format(str, spec) as CPython 3.11's format_string_internal: type 's' or none, precision
// truncates (in code points), no sign, no z, no '#', no '=' alignment; left-aligned by default.

import { parseFormatSpec, unknownFormatCode } from './format-spec.js';
import { formatLayoutText } from './format-layout.js';
import { cpSlice } from './codepoints.js';
import { TextError } from './text-error.js';

/** Python format(v, spec) for a str v. */
export function formatStr(v: string, spec: string): string {
  if (spec === '') return v;
  const parsed = parseFormatSpec(spec, 'str', 's', '<');
  if (parsed.type !== 's') throw unknownFormatCode(parsed.type, 'str');
  if (parsed.sign === ' ') throw new TextError('ValueError', 'Space not allowed in string format specifier');
  if (parsed.sign !== '') throw new TextError('ValueError', 'Sign not allowed in string format specifier');
  if (parsed.noNegZero) throw new TextError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (parsed.alternate) throw new TextError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (parsed.align === '=') throw new TextError('ValueError', "'=' alignment not allowed in string format specifier");
  const text = parsed.precision >= 0 ? cpSlice(v, 0, parsed.precision) : v;
  return formatLayoutText(text, parsed);
}
