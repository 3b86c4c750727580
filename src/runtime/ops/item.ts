// Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]` for the builtin containers (negative
// indices, slices with steps) and script classes (__getitem__/__setitem__/__delitem__).

import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { PyDict } from '../types/dict.js';
import { PyRange } from '../types/range.js';
import { PySlice } from '../types/slice.js';
import { typeOf } from '../core/type-of.js';
import { indexErr, keyErr, typeErr, valueErr } from './raise.js';
import { indexValue, resolveSlice, sliceItems } from './index-arith.js';
import { chargeCopy } from '../core/rates.js';
import { checkSequenceSize } from '../core/sequence-size.js';
import { userDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import { cpAt, cpLength, cpSlice, cpSliceStep } from '../text/codepoints.js';
import { listFromIterable, isIterable } from './iter.js';
import { asInt } from './numeric.js';
import { PyBytes, PyByteArray } from '../types/bytes.js';
import { bytearraySetitem, bytearrayDelitem } from '../types/bytearray.js';
import { bytesItem } from '../types/bytes-methods.js';

function seqIndex(key: unknown, length: number, what: string): number {
  let i = typeof key === 'number' && Number.isInteger(key) ? key : indexValue(key, what);
  if (i < 0) i += length;
  if (!(i >= 0 && i < length)) indexErr(`${what} index out of range`);
  return i;
}

function strItem(s: string, key: unknown): string {
  if (key instanceof PySlice) {
    const r = resolveSlice(key, cpLength(s));
    if (r.step === 1) return cpSlice(s, r.start, r.start + r.count);
    return cpSliceStep(s, r.start, r.start + r.step * r.count, r.step);
  }
  if (asInt(key) === undefined && userDunder(key, '__index__') === undefined) {
    typeErr(`string indices must be integers, not '${typeOf(key).name}'`);
  }
  const n = cpLength(s);
  return cpAt(s, seqIndex(key, n, 'string'));
}

function rangeItem(r: PyRange, key: unknown): unknown {
  if (key instanceof PySlice) {
    const s = resolveSlice(key, r.length);
    // CPython's compute_slice: the adjusted stop maps through too, so range(0, 47, 10)[::2] is range(0, 50, 20).
    return new PyRange(r.start + s.start * r.step, r.start + s.stop * r.step, r.step * s.step);
  }
  if (!(typeof key === 'number' && Number.isInteger(key))) indexValue(key, 'range');
  return r.at(seqIndex(key, r.length, 'range object'));
}

/** Whether obj is an instance of a script subclass of list or dict (its dunders may override). */
export function isSubclassed(obj: unknown): obj is PyList | PyDict {
  return (obj instanceof PyList || obj instanceof PyDict) && obj.sub !== null;
}

export function getitem(obj: unknown, key: unknown): unknown {
  if (isSubclassed(obj)) {
    const f = userDunder(obj, '__getitem__');
    if (f !== undefined) return callWithSelf(f, obj, [key]);
    if (obj instanceof PyDict) {
      const e = obj.table.get(key);
      if (e !== undefined) return e.value;
      const m = userDunder(obj, '__missing__');
      if (m !== undefined) return callWithSelf(m, obj, [key]);
    }
  }
  return nativeGetitem(obj, key);
}

/** list/dict/tuple/str/range subscription without consulting script overrides (`super().__getitem__`). */
export function nativeGetitem(obj: unknown, key: unknown): unknown {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) return new PyList(sliceItems(obj.items, key));
    return obj.items[seqIndex(key, obj.items.length, 'list')];
  }
  if (obj instanceof PyDict) {
    const e = obj.table.get(key);
    if (e === undefined) keyErr(key);
    return e.value;
  }
  if (obj instanceof PyTuple) {
    if (key instanceof PySlice) return new PyTuple(sliceItems(obj.items, key));
    return obj.items[seqIndex(key, obj.items.length, 'tuple')];
  }
  if (typeof obj === 'string') return strItem(obj, key);
  if (obj instanceof PyRange) return rangeItem(obj, key);
  if (obj instanceof PyBytes) return bytesItem(obj, key);
  const f = userDunder(obj, '__getitem__');
  if (f !== undefined) return callWithSelf(f, obj, [key]);
  return typeErr(`'${typeOf(obj).name}' object is not subscriptable`);
}

function assignSlice(l: PyList, s: PySlice, value: unknown): void {
  const r = resolveSlice(s, l.items.length);
  if (!isIterable(value)) typeErr(r.step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  const items = value === l ? l.items.slice() : listFromIterable(value);
  if (r.step === 1) {
    checkSequenceSize(l.items.length - r.count + items.length);
    chargeCopy(l.items.length + items.length - r.start);
    // In place, without splice(...items): a spread of a huge list overflows the JS stack.
    const xs = l.items, tail = xs.slice(r.start + r.count);
    xs.length = r.start;
    for (const x of items) xs.push(x);
    for (const x of tail) xs.push(x);
    return;
  }
  if (items.length !== r.count) {
    valueErr(`attempt to assign sequence of size ${items.length} to extended slice of size ${r.count}`);
  }
  chargeCopy(r.count);
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) l.items[j] = items[i];
}

export function setitem(obj: unknown, key: unknown, value: unknown): void {
  if (isSubclassed(obj)) {
    const f = userDunder(obj, '__setitem__');
    if (f !== undefined) {
      callWithSelf(f, obj, [key, value]);
      return;
    }
  }
  nativeSetitem(obj, key, value);
}

export function nativeSetitem(obj: unknown, key: unknown, value: unknown): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) assignSlice(obj, key, value);
    else obj.items[seqIndex(key, obj.items.length, 'list assignment')] = value;
    return;
  }
  if (obj instanceof PyDict) {
    obj.table.set(key, value);
    return;
  }
  if (obj instanceof PyByteArray) {
    bytearraySetitem(obj, key, value);
    return;
  }
  const f = userDunder(obj, '__setitem__');
  if (f !== undefined) {
    callWithSelf(f, obj, [key, value]);
    return;
  }
  typeErr(`'${typeOf(obj).name}' object does not support item assignment`);
}

export function delitem(obj: unknown, key: unknown): void {
  if (isSubclassed(obj)) {
    const f = userDunder(obj, '__delitem__');
    if (f !== undefined) {
      callWithSelf(f, obj, [key]);
      return;
    }
  }
  nativeDelitem(obj, key);
}

export function nativeDelitem(obj: unknown, key: unknown): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const r = resolveSlice(key, obj.items.length);
      chargeCopy(obj.items.length - r.start);
      if (r.step === 1) obj.items.splice(r.start, r.count);
      else {
        const drop = new Set<number>();
        for (let i = 0, j = r.start; i < r.count; i++, j += r.step) drop.add(j);
        obj.items = obj.items.filter((_, i) => !drop.has(i));
      }
    } else {
      const i = seqIndex(key, obj.items.length, 'list assignment');
      chargeCopy(obj.items.length - i);
      obj.items.splice(i, 1);
    }
    return;
  }
  if (obj instanceof PyDict) {
    if (obj.table.delete(key) === undefined) keyErr(key);
    return;
  }
  if (obj instanceof PyByteArray) {
    bytearrayDelitem(obj, key);
    return;
  }
  const f = userDunder(obj, '__delitem__');
  if (f !== undefined) {
    callWithSelf(f, obj, [key]);
    return;
  }
  typeErr(`'${typeOf(obj).name}' object doesn't support item deletion`);
}
