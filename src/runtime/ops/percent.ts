// `str % args`: printf-style formatting. The engine is text/percent-format.ts; this file supplies
// the Python-level operations it needs (str/repr/ascii, int and float coercion with CPython's
// TypeErrors, mapping lookup for `%(key)s`).

import { PyTuple } from '../types/tuple.js';
import { PyDict } from '../types/dict.js';
import { pyRepr, pyStr } from './repr.js';
import { typeErr, overflowErr } from './raise.js';
import { typeOf } from '../core/type-of.js';
import { asInt, asFloat } from './numeric.js';
import { floatToInt, intToFloat, type Int } from '../core/int-math.js';
import { userDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import { getitem } from './item.js';
import { asciiOf } from '../builtins/introspection.js';
import { percentFormat } from '../text/percent-format.js';
import { textCall } from './text-errors.js';
import { cpLength } from '../text/codepoints.js';
import { PyBytes, bytesLike, bytesFromLatin1, latin1Of } from '../types/bytes.js';

function percentToInt(v: unknown, conv: string): Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  const decimal = conv === 'd' || conv === 'i' || conv === 'u';
  const f = asFloat(v);
  if (f !== undefined && decimal) return floatToInt(f);
  const m = userDunder(v, '__index__') ?? (decimal ? userDunder(v, '__int__') : undefined);
  if (m !== undefined) {
    const r = asInt(callWithSelf(m, v, []));
    if (r !== undefined) return r;
  }
  if (decimal) return typeErr(`%${conv} format: a real number is required, not ${typeOf(v).name}`);
  return typeErr(`%${conv} format: an integer is required, not ${typeOf(v).name}`);
}

function percentToFloat(v: unknown): number {
  const f = asFloat(v);
  if (f !== undefined) return f;
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  const m = userDunder(v, '__float__');
  if (m !== undefined) {
    const r = asFloat(callWithSelf(m, v, []));
    if (r !== undefined) return r;
  }
  return typeErr(`must be real number, not ${typeOf(v).name}`);
}

function percentChar(v: unknown): string {
  if (typeof v === 'string') {
    if (cpLength(v) !== 1) typeErr('%c requires int or char');
    return v;
  }
  const i = asInt(v);
  if (i === undefined) return typeErr('%c requires int or char');
  if (!(i >= 0 && i < 0x110000)) overflowErr('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(i));
}

function isMapping(v: unknown): boolean {
  if (v instanceof PyTuple || typeof v === 'string' || v instanceof PyBytes) return false;
  return v instanceof PyDict || userDunder(v, '__getitem__') !== undefined;
}

export function percentFormatValue(template: string, args: unknown): string {
  return textCall(() => percentFormat(template, {
    values: args instanceof PyTuple ? args.items.slice() : [args],
    mapping: isMapping(args) ? (key: string) => getitem(args, key) : null,
    str: pyStr,
    repr: pyRepr,
    ascii: asciiOf,
    toIntForFormat: percentToInt,
    toFloatForFormat: percentToFloat,
    charForFormat: percentChar,
  }));
}

/** `bytes % args`: as str, but %s/%b take bytes-like values, %r/%a give ascii(), %c a byte. */
export function percentFormatBytes(template: PyBytes, args: unknown): PyBytes {
  const text = textCall(() => percentFormat(latin1Of(template.data), {
    values: args instanceof PyTuple ? args.items.slice() : [args],
    mapping: isMapping(args) ? (key: string) => getitem(args, bytesFromLatin1(key)) : null,
    str: (v) => {
      if (!(v instanceof PyBytes)) typeErr(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
      return latin1Of((v as PyBytes).data);
    },
    repr: (v) => asciiOf(v),
    ascii: (v) => asciiOf(v),
    toIntForFormat: percentToInt,
    toFloatForFormat: percentToFloat,
    charForFormat: (v) => {
      if (v instanceof PyBytes) {
        if (v.data.length !== 1) typeErr('%c requires an integer in range(256) or a single byte');
        return String.fromCharCode(v.data[0]!);
      }
      const i = asInt(v);
      if (i === undefined) return typeErr('%c requires an integer in range(256) or a single byte');
      if (!(i >= 0 && i < 256)) overflowErr('%c arg not in range(256)');
      return String.fromCharCode(Number(i));
    },
    bytes: true,
  }));
  return bytesLike(template, bytesFromLatin1(text).data);
}
