// The format-spec mini-language of CPython 3.11 (Python/formatter_unicode.c,
// parse_internal_render_format_spec): [[fill]align][sign][z][#][0][width][grouping][.precision][type].
// parseFormatSpec only parses and validates what is type-independent; format-int.ts,
// format-float.ts and format-str.ts apply the per-type rules and render.

import { TextError } from './text-error.js';

export interface FormatSpec {
  /** Fill code point (may be astral); ' ' unless given, '0' for the 0-flag. */
  fill: string;
  /** '<', '>', '^' or '='; the type's default when not given. */
  align: string;
  /** '' (not given), '+', '-' or ' '. */
  sign: string;
  /** The z flag: coerce negative zero to zero (floats only). */
  noNegZero: boolean;
  /** The # flag. */
  alternate: boolean;
  /** Minimum width in code points, -1 when not given. */
  width: number;
  /** '' (none), ',' or '_'. */
  grouping: string;
  /** Precision, -1 when not given. */
  precision: number;
  /** The presentation type, '' when not given and the type has no default letter. */
  type: string;
}

// CPython accumulates widths in a Py_ssize_t and refuses more than it holds.
const FORMAT_SPEC_SSIZE_MAX = 9223372036854775807n;

function formatSpecIsAlign(ch: string | undefined): boolean {
  return ch === '<' || ch === '>' || ch === '^' || ch === '=';
}

function formatSpecIsDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Reads a run of digits at chars[pos]: [value or -1 when none, next position]. */
function formatSpecReadInteger(chars: string[], pos: number): [number, number] {
  let end = pos;
  while (formatSpecIsDigit(chars[end])) end++;
  if (end === pos) return [-1, pos];
  const text = chars.slice(pos, end).join('').replace(/^0+(?=\d)/, '');
  if (text.length > 19 || (text.length === 19 && BigInt(text) > FORMAT_SPEC_SSIZE_MAX)) {
    throw new TextError('ValueError', 'Too many decimal digits in format string');
  }
  // Above 2^53 the value is only used to refuse the size, so float precision is enough.
  return [Number(text), end];
}

/** How CPython quotes a type letter in messages: printable ASCII as is, anything else as \\x hex. */
function formatSpecTypeLetter(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

function formatSpecGroupingError(grouping: string, type: string): TextError {
  return new TextError('ValueError', `Cannot specify '${grouping}' with '${formatSpecTypeLetter(type)}'.`);
}

/**
 * Parses a format spec for an object of Python type `typeName`. defaultType is the type letter
 * used when none is given ('d' for int, 's' for str, '' for float); defaultAlign is '>' for
 * numbers and '<' for str (it decides whether the 0-flag implies '=' alignment).
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const chars = Array.from(spec);
  const end = chars.length;
  const out: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNegZero: false, alternate: false, width: -1, grouping: '', precision: -1,
    type: defaultType,
  };
  let pos = 0;
  let fillGiven = false;
  let alignGiven = false;
  if (end - pos >= 2 && formatSpecIsAlign(chars[pos + 1])) {
    out.fill = chars[pos]!;
    out.align = chars[pos + 1]!;
    fillGiven = alignGiven = true;
    pos += 2;
  } else if (end - pos >= 1 && formatSpecIsAlign(chars[pos])) {
    out.align = chars[pos]!;
    alignGiven = true;
    pos++;
  }
  if (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ') out.sign = chars[pos++]!;
  if (chars[pos] === 'z') {
    out.noNegZero = true;
    pos++;
  }
  if (chars[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  // The 0-flag: zero fill, and '=' alignment for types that right-align by default.
  if (!fillGiven && chars[pos] === '0') {
    out.fill = '0';
    if (!alignGiven && defaultAlign === '>') out.align = '=';
    pos++;
  }
  [out.width, pos] = formatSpecReadInteger(chars, pos);
  if (chars[pos] === ',') {
    out.grouping = ',';
    pos++;
  }
  if (chars[pos] === '_') {
    if (out.grouping !== '') throw new TextError('ValueError', "Cannot specify both ',' and '_'.");
    out.grouping = '_';
    pos++;
  }
  if (chars[pos] === ',' && out.grouping === '_') throw new TextError('ValueError', "Cannot specify both ',' and '_'.");
  if (chars[pos] === '.') {
    pos++;
    [out.precision, pos] = formatSpecReadInteger(chars, pos);
    if (out.precision < 0) throw new TextError('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw new TextError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) out.type = chars[pos]!;
  if (out.grouping !== '') {
    switch (out.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (out.grouping === '_') break;
        throw formatSpecGroupingError(out.grouping, out.type);
      default:
        throw formatSpecGroupingError(out.grouping, out.type);
    }
  }
  return out;
}

/** CPython's error for a presentation type the object's type does not support. */
export function unknownFormatCode(type: string, typeName: string): TextError {
  return new TextError('ValueError', `Unknown format code '${formatSpecTypeLetter(type)}' for object of type '${typeName}'`);
}
