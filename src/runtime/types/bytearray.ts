// bytearray: the mutating methods (append, extend, insert, pop, remove, clear, reverse, copy) and
// the item/slice assignment, deletion and in-place operators the generic ops dispatch to.
// Reading methods are shared with bytes (bytes-method-table.ts).

import { bytearrayType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { PySlice } from './slice.js';
import { typeErr, valueErr, indexErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { asInt } from '../ops/numeric.js';
import { indexOf } from './int-methods.js';
import { resolveSlice } from '../ops/index-arith.js';
import { userDunder } from '../ops/dunders.js';
import { checkBytes } from '../core/budget.js';
import { chargeText } from '../text/text-cost.js';
import { NotImplemented } from '../core/singletons.js';
import { withSig } from './str-method-args.js';
import { bytesSource } from './bytes-methods.js';

/** An item value: an int in range(256) ('an integer is required' otherwise). */
function byteValue(v: unknown): number {
  if (asInt(v) === undefined && userDunder(v, '__index__') === undefined) {
    typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  const n = indexOf(v);
  if (!(n >= 0 && n < 256)) valueErr('byte must be in range(0, 256)');
  return Number(n);
}

function position(b: PyByteArray, key: unknown, what: string): number {
  if (asInt(key) === undefined && userDunder(key, '__index__') === undefined) {
    typeErr(`bytearray indices must be integers or slices, not ${typeOf(key).name}`);
  }
  let i = Number(indexOf(key));
  if (i < 0) i += b.data.length;
  if (!(i >= 0 && i < b.data.length)) indexErr(what);
  return i;
}

/** The bytes of a value assigned to a slice or used with extend/+= (an iterable of ints or bytes). */
function sourceBytes(v: unknown, forSlice: boolean): Uint8Array {
  if (v instanceof PyBytes) return v.data.slice();
  if (forSlice && asInt(v) !== undefined) typeErr("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  if (forSlice && typeof v === 'string') typeErr('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return bytesSource('bytearray', v);
}

export function bytearraySetitem(b: PyByteArray, key: unknown, value: unknown): void {
  if (!(key instanceof PySlice)) {
    const i = position(b, key, 'bytearray index out of range');
    b.data[i] = byteValue(value);
    return;
  }
  const items = sourceBytes(value, true);
  const r = resolveSlice(key, b.data.length);
  if (r.step === 1) {
    chargeText(b.splice(r.start, r.count, items));
    return;
  }
  if (items.length !== r.count) valueErr(`attempt to assign bytes of size ${items.length} to extended slice of size ${r.count}`);
  chargeText(r.count);
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) b.data[j] = items[i]!;
}

export function bytearrayDelitem(b: PyByteArray, key: unknown): void {
  if (!(key instanceof PySlice)) {
    chargeText(b.splice(position(b, key, 'bytearray index out of range'), 1, []));
    return;
  }
  const r = resolveSlice(key, b.data.length);
  if (r.step === 1) {
    chargeText(b.splice(r.start, r.count, []));
    return;
  }
  const cur = Array.from(b.data);
  chargeText(cur.length);
  const drop = new Set<number>();
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) drop.add(j);
  b.setData(Uint8Array.from(cur.filter((_, i) => !drop.has(i))));
}

/** `ba += x` (bytes-like only, as CPython) and `ba *= n`; NotImplemented falls back to the binary op. */
export function bytearrayInplace(op: string, b: PyByteArray, v: unknown): unknown {
  if (op === '+') {
    if (!(v instanceof PyBytes)) typeErr(`can't concat ${typeOf(v).name} to bytearray`);
    checkBytes(b.data.length + (v as PyBytes).data.length);
    chargeText((v as PyBytes).data.length);
    b.push((v as PyBytes).data.slice());
    return b;
  }
  if (op === '*') {
    const n = asInt(v);
    if (n === undefined) return NotImplemented;
    const k = b.data.length === 0 ? 0 : Math.max(0, Number(n));
    checkBytes(b.data.length * k);
    const out = new Uint8Array(b.data.length * k);
    for (let i = 0; i < k; i++) out.set(b.data, i * b.data.length);
    chargeText(out.length);
    b.setData(out);
    return b;
  }
  return NotImplemented;
}

function self(a: unknown[]): PyByteArray {
  return a[0] as PyByteArray;
}

defineMethods(bytearrayType, {
  append: withSig('bytearray', 'append', { kind: 'one' }, (a) => {
    self(a).push([byteValue(a[1])]);
    return null;
  }),
  extend: withSig('bytearray', 'extend', { kind: 'one' }, (a) => {
    if (asInt(a[1]) !== undefined) typeErr(`can't extend bytearray with ${typeOf(a[1]).name}`);
    const extra = sourceBytes(a[1], false);
    chargeText(extra.length);
    self(a).push(extra);
    return null;
  }),
  insert: withSig('bytearray', 'insert', { kind: 'expected', min: 2, max: 2 }, (a) => {
    const b = self(a);
    let i = Number(indexOf(a[1]));
    const v = byteValue(a[2]);
    const n = b.data.length;
    if (i < 0) i = Math.max(0, i + n);
    chargeText(b.splice(Math.min(i, n), 0, [v]));
    return null;
  }),
  pop: withSig('bytearray', 'pop', { kind: 'expected', min: 0, max: 1 }, (a) => {
    const b = self(a);
    if (b.data.length === 0) indexErr('pop from empty bytearray');
    const i = a[1] === undefined ? b.data.length - 1 : position(b, a[1], 'pop index out of range');
    const v = b.data[i]!;
    chargeText(b.splice(i, 1, []));
    return v;
  }),
  remove: withSig('bytearray', 'remove', { kind: 'one' }, (a) => {
    const b = self(a);
    const i = b.data.indexOf(byteValue(a[1]));
    chargeText(b.data.length); // the search, then the tail moved
    if (i < 0) valueErr('value not found in bytearray');
    b.splice(i, 1, []);
    return null;
  }),
  clear: withSig('bytearray', 'clear', { kind: 'none' }, (a) => {
    self(a).setData(new Uint8Array(0));
    return null;
  }),
  reverse: withSig('bytearray', 'reverse', { kind: 'none' }, (a) => {
    chargeText(self(a).data.length);
    self(a).setData(self(a).data.slice().reverse());
    return null;
  }),
  copy: withSig('bytearray', 'copy', { kind: 'none' }, (a) => {
    chargeText(self(a).data.length);
    return new PyByteArray(self(a).data.slice());
  }),
});

export const installedByteArray = true;
