// bytes: the constructor, indexing, comparison and membership the generic ops dispatch to, and the
// method table shared by bytes and bytearray. The methods run the pure str functions on latin-1
// strings (one char per byte) where bytes and str agree, and the ASCII rules of text/bytes-ascii.ts
// where they differ (case, whitespace, line ends). Codecs live in bytes-codecs.ts.

import { bytesType, bytearrayType } from '../core/builtin-types.js';
import type { KwArgs, NativeFn } from '../core/pytype.js';
import { defineMethods } from '../core/builtin-function.js';
import { builtinBinary } from '../ops/arith-builtin.js';
import { builtinCompare } from '../ops/compare.js';
import { nativeIter } from '../ops/iter.js';
import { pyHash } from '../ops/hash.js';
import { PyBytes, PyByteArray, bytesLike, latin1Of, bytesRepr } from './bytes.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PySlice } from './slice.js';
import { argCount } from '../builtins/args.js';
import { typeErr, valueErr, indexErr, overflowErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { asInt } from '../ops/numeric.js';
import { listFromIterable, isIterable } from '../ops/iter.js';
import { sliceBytes } from '../ops/index-arith.js';
import { indexOf } from './int-methods.js';
import { charge, checkBytes } from '../core/budget.js';
import { repeatCount } from '../core/sequence-size.js';
import { chargeText } from '../text/text-cost.js';
import { strContains } from '../text/str-search-core.js';
import { userDunder } from '../ops/dunders.js';
import { encodeStr, codecOf } from './bytes-codecs.js';
import { installBytesMethodTable } from './bytes-method-table.js';
import { percentFormatBytes } from '../ops/percent.js';
import { NotImplemented } from '../core/singletons.js';

/** The bytes of bytes(x) / bytearray(x) for any source but str (bytes(n), iterables of ints). */
export function bytesSource(name: string, src: unknown): Uint8Array {
  if (src instanceof PyBytes) return src.data.slice();
  const n = asInt(src);
  if (n !== undefined) {
    if (n < 0) valueErr('negative count');
    const size = repeatCount(n);
    checkBytes(size);
    chargeText(size);
    return new Uint8Array(size);
  }
  if (!isIterable(src)) typeErr(`cannot convert '${typeOf(src).name}' object to ${name}`);
  const items = listFromIterable(src);
  checkBytes(items.length);
  const out = new Uint8Array(items.length);
  charge(items.length); // one op an item: each is an __index__ call and a range check
  items.forEach((x, i) => {
    const v = indexOf(x);
    if (!(v >= 0 && v < 256)) valueErr(`${name === 'bytes' ? 'bytes' : 'byte'} must be in range(0, 256)`);
    out[i] = Number(v);
  });
  return out;
}

/** The arguments of bytes() and bytearray(): (source, encoding, errors). */
function bytesCtorArgs(name: string, args: unknown[], kw: KwArgs): Uint8Array {
  const names = ['source', 'encoding', 'errors'];
  if (args.length > 3) typeErr(`${name}() takes at most 3 arguments (${args.length} given)`);
  const a = args.slice();
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) typeErr(`'${k}' is an invalid keyword argument for ${name}()`);
      if (i < args.length) typeErr(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      a[i] = v;
    }
  }
  const [src, enc, errors] = a;
  if (src === undefined) {
    if (enc !== undefined || errors !== undefined) typeErr(`${enc !== undefined ? 'encoding' : 'errors'} without a string argument`);
    return new Uint8Array(0);
  }
  if (typeof src === 'string') {
    if (enc === undefined) typeErr('string argument without an encoding');
    if (errors !== undefined && typeof errors !== 'string') typeErr(`${name}() argument 'errors' must be str, not ${typeOf(errors).name}`);
    return encodeStr(src, codecOf(enc, name), errors as string | undefined).data;
  }
  if (enc !== undefined) typeErr('encoding without a string argument');
  if (errors !== undefined) typeErr('errors without a string argument');
  return bytesSource(name, src);
}

bytesType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  if (args.length === 1 && args[0] instanceof PyBytes && !(args[0] instanceof PyByteArray) && kw === null) return args[0];
  return new PyBytes(bytesCtorArgs('bytes', args, kw));
};
bytearrayType.ctor = (args: unknown[], kw: KwArgs): unknown => new PyByteArray(bytesCtorArgs('bytearray', args, kw));

/** b[i] → int, b[i:j] → bytes (bytearray for a bytearray). */
export function bytesItem(b: PyBytes, key: unknown): unknown {
  if (key instanceof PySlice) return bytesLike(b, sliceBytes(b.data, key));
  if (asInt(key) === undefined && userDunder(key, '__index__') === undefined) {
    typeErr(`${b instanceof PyByteArray ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeOf(key).name}`);
  }
  let i = Number(indexOf(key));
  if (i < 0) i += b.data.length;
  if (!(i >= 0 && i < b.data.length)) indexErr(`${b instanceof PyByteArray ? 'bytearray ' : ''}index out of range`);
  return b.data[i];
}

export function bytesCompare(a: PyBytes, b: PyBytes): number {
  const n = Math.min(a.data.length, b.data.length);
  chargeText(n);
  for (let i = 0; i < n; i++) if (a.data[i] !== b.data[i]) return a.data[i]! - b.data[i]!;
  return a.data.length - b.data.length;
}

export function bytesContains(b: PyBytes, x: unknown): boolean {
  const n = asInt(x);
  if (n !== undefined) {
    if (!(n >= 0 && n < 256)) valueErr('byte must be in range(0, 256)');
    chargeText(b.data.length);
    return b.data.includes(Number(n));
  }
  if (!(x instanceof PyBytes)) typeErr(`a bytes-like object is required, not '${typeOf(x).name}'`);
  chargeText(b.data.length + (x as PyBytes).data.length);
  return strContains(latin1Of(b.data), latin1Of((x as PyBytes).data));
}

/** bytes/bytearray `+`, `*` and `%` (the left operand's type decides the result's). */
export function bytesBinary(op: string, a: PyBytes, b: unknown): unknown {
  if (op === '+') {
    if (!(b instanceof PyBytes)) typeErr(`can't concat ${typeOf(b).name} to ${typeOf(a).name}`);
    checkBytes(a.data.length + (b as PyBytes).data.length);
    const d = new Uint8Array(a.data.length + (b as PyBytes).data.length);
    d.set(a.data);
    d.set((b as PyBytes).data, a.data.length);
    chargeText(d.length);
    return bytesLike(a, d);
  }
  if (op === '%') return percentFormatBytes(a, b);
  return NotImplemented;
}

/** bytes * n and n * bytes. */
export function bytesRepeat(a: PyBytes, n: number | bigint): PyBytes {
  const count = repeatCount(n);
  const k = a.data.length === 0 ? 0 : Math.max(0, count);
  // beyond sys.maxsize CPython cannot even size the result
  if (!(a instanceof PyByteArray) && BigInt(a.data.length) * BigInt(k) > 9223372036854775807n) overflowErr('repeated bytes are too long');
  checkBytes(a.data.length * k);
  const d = new Uint8Array(a.data.length * k);
  for (let i = 0; i < k; i++) d.set(a.data, i * a.data.length);
  chargeText(d.length);
  return bytesLike(a, d);
}

installBytesMethodTable();

// The special methods of bytes and bytearray as attributes (`b.__len__()`, `super().__eq__(x)`);
// the operators themselves dispatch natively and never look these up.
for (const t of [bytesType, bytearrayType]) {
  const m: Record<string, NativeFn> = {
    __len__: ([a]) => (a as PyBytes).data.length,
    __getitem__: ([a, k]) => bytesItem(a as PyBytes, k),
    __contains__: ([a, x]) => bytesContains(a as PyBytes, x),
    __iter__: ([a]) => nativeIter(a),
    __repr__: ([a]) => bytesRepr(a as PyBytes),
    __str__: ([a]) => bytesRepr(a as PyBytes),
    __add__: ([a, b]) => builtinBinary('+', a, b),
    __mul__: ([a, n]) => builtinBinary('*', a, n),
    __rmul__: ([a, n]) => builtinBinary('*', a, n),
    __mod__: ([a, v]) => builtinBinary('%', a, v),
  };
  for (const [name, op] of [['eq', '=='], ['ne', '!='], ['lt', '<'], ['le', '<='], ['gt', '>'], ['ge', '>=']] as const) {
    m[`__${name}__`] = ([a, b]) => builtinCompare(op, a, b);
  }
  if (t === bytesType) m.__hash__ = ([a]) => pyHash(a);
  defineMethods(t, m);
}

export const installedBytesMethods = [PyList, PyTuple];
