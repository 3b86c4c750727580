// The iteration protocol: `iter()`/`next()` on every iterable (builtin iterators are PyIterator
// closures returning DONE at the end, so the runtime never throws StopIteration to itself), the JS
// iterables generated `for` loops consume, and unpacking with CPython's messages.

import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { PyDict, PyDictView } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { PyRange } from '../types/range.js';
import { PyBytes } from '../types/bytes.js';
import { PyIterator, DONE, iteratorType } from '../types/iterator.js';
import { genClose, PyGenerator, genNext } from '../types/generator.js';
import { PyBaseException, PyExc_StopIteration } from '../core/exception-types.js';
import { typeOf } from '../core/type-of.js';
import { typeErr, valueErr, runtimeErr, memoryErr } from './raise.js';
import { charge, checkItems } from '../core/budget.js';
import { chargeCopy } from '../core/rates.js';
import { checkSequenceSize } from '../core/sequence-size.js';
import { MAX_SEQUENCE_ITEMS } from './arith-builtin.js';
import { userDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import type { HashTable, Entry } from '../core/hashtable.js';

function arrayIterator(name: string, items: () => readonly unknown[]): PyIterator {
  let i = 0;
  return new PyIterator(iteratorType(name), () => {
    const xs = items();
    return i < xs.length ? xs[i++] : DONE;
  });
}

function tableIterator(name: string, table: HashTable, pick: (e: Entry) => unknown, what: string): PyIterator {
  const it = table.entries();
  const size = table.size;
  let done = false;
  return new PyIterator(iteratorType(name), () => {
    if (done) return DONE;
    if (table.size !== size) {
      done = true;
      runtimeErr(`${what} changed size during iteration`);
    }
    const r = it.next();
    if (r.done) {
      done = true;
      return DONE;
    }
    return pick(r.value);
  });
}

function strIterator(s: string): PyIterator {
  let i = 0;
  return new PyIterator(iteratorType('str_ascii_iterator'), () => {
    if (i >= s.length) return DONE;
    const c = s.codePointAt(i)!;
    const ch = c > 0xffff ? s.slice(i, i + 2) : s[i]!;
    i += ch.length;
    return ch;
  });
}

function rangeIterator(r: PyRange): PyIterator {
  let i = 0;
  return new PyIterator(iteratorType('range_iterator'), () => (i < r.length ? r.at(i++) : DONE));
}

/** iter(obj). */
export function pyIter(obj: unknown): unknown {
  if ((obj instanceof PyList || obj instanceof PyDict) && obj.sub !== null && userDunder(obj, '__iter__') !== undefined) {
    return userIter(obj);
  }
  return nativeIter(obj);
}

function userIter(obj: unknown): unknown {
  const it = callWithSelf(userDunder(obj, '__iter__'), obj, []);
  if (!isIterator(it)) typeErr(`iter() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}

/** iter() without consulting a subclass's __iter__ (`super().__iter__()`). */
export function nativeIter(obj: unknown): unknown {
  if (obj instanceof PyList) return arrayIterator('list_iterator', () => obj.items);
  if (obj instanceof PyTuple) return arrayIterator('tuple_iterator', () => obj.items);
  if (typeof obj === 'string') return strIterator(obj);
  if (obj instanceof PyRange) return rangeIterator(obj);
  if (obj instanceof PyBytes) return arrayIterator('bytes_iterator', () => Array.from(obj.data));
  if (obj instanceof PyDict) return tableIterator('dict_keyiterator', obj.table, (e) => e.key, 'dictionary');
  if (obj instanceof PySet) return tableIterator('set_iterator', obj.table, (e) => e.key, 'Set');
  if (obj instanceof PyDictView) {
    const t = obj.dict.table;
    if (obj.kind === 'keys') return tableIterator('dict_keyiterator', t, (e) => e.key, 'dictionary');
    if (obj.kind === 'values') return tableIterator('dict_valueiterator', t, (e) => e.value, 'dictionary');
    return tableIterator('dict_itemiterator', t, (e) => new PyTuple([e.key, e.value]), 'dictionary');
  }
  if (obj instanceof PyIterator || obj instanceof PyGenerator) return obj;
  const f = userDunder(obj, '__iter__');
  if (f !== undefined) {
    const it = callWithSelf(f, obj, []);
    if (!isIterator(it)) typeErr(`iter() returned non-iterator of type '${typeOf(it).name}'`);
    return it;
  }
  if (userDunder(obj, '__getitem__') !== undefined) return sequenceIterator(obj);
  return typeErr(`'${typeOf(obj).name}' object is not iterable`);
}

/** The old sequence protocol: obj[0], obj[1], ... until IndexError. */
function sequenceIterator(obj: unknown): PyIterator {
  let i = 0;
  const get = userDunder(obj, '__getitem__');
  return new PyIterator(iteratorType('iterator'), () => {
    try {
      return callWithSelf(get, obj, [i++]);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.name === 'IndexError' || e.cls.mro.some((c) => c.name === 'IndexError'))) return DONE;
      throw e;
    }
  });
}

/** Whether iter(v) would succeed (without calling a script __iter__). */
export function isIterable(v: unknown): boolean {
  if (typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet ||
    v instanceof PyRange || v instanceof PyBytes || v instanceof PyDictView || v instanceof PyIterator || v instanceof PyGenerator) return true;
  return userDunder(v, '__iter__') !== undefined || userDunder(v, '__getitem__') !== undefined;
}

export function isIterator(v: unknown): boolean {
  return v instanceof PyIterator || v instanceof PyGenerator || userDunder(v, '__next__') !== undefined;
}

/** next(it) inside the runtime: the next item or DONE. */
export function nextOf(it: unknown): unknown {
  if (it instanceof PyIterator) return it.next();
  if (it instanceof PyGenerator) return genNext(it);
  const f = userDunder(it, '__next__');
  if (f === undefined) return typeErr(`'${typeOf(it).name}' object is not an iterator`);
  try {
    return callWithSelf(f, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.mro.includes(PyExc_StopIteration)) return DONE;
    throw e;
  }
}

class ListIterable implements Iterator<unknown>, Iterable<unknown> {
  private i = 0;
  constructor(private readonly list: PyList) {}
  next(): IteratorResult<unknown> {
    const xs = this.list.items;
    return this.i < xs.length ? { value: xs[this.i++], done: false } : { value: undefined, done: true };
  }
  [Symbol.iterator](): Iterator<unknown> {
    return this;
  }
}

class ProtocolIterable implements Iterator<unknown>, Iterable<unknown> {
  constructor(private readonly it: unknown) {}
  next(): IteratorResult<unknown> {
    const v = nextOf(this.it);
    return v === DONE ? { value: undefined, done: true } : { value: v, done: false };
  }
  [Symbol.iterator](): Iterator<unknown> {
    return this;
  }
}

/**
 * The loop over a temporary generator (`for x in gen(...)`): JS calls `return()` when the loop is
 * left early (break, return, exception), and the generator is closed then — in CPython it is freed
 * at that point, which runs its `finally` blocks.
 */
class ClosingIterable extends ProtocolIterable {
  constructor(private readonly gen: PyGenerator) {
    super(gen);
  }
  return(): IteratorResult<unknown> {
    genClose(this.gen);
    return { value: undefined, done: true };
  }
}

/** A JS iterable for a generated `for ... of` loop. */
export function iterate(obj: unknown, temporary = false): Iterable<unknown> {
  if (obj instanceof PyList && obj.sub === null) return new ListIterable(obj);
  if (obj instanceof PyTuple) return obj.items;
  if (temporary && obj instanceof PyGenerator) return new ClosingIterable(obj);
  return new ProtocolIterable(pyIter(obj));
}

/** How many items iterating `obj` gives, when a builtin knows it without iterating. */
export function knownLength(obj: unknown): number | undefined {
  if (obj instanceof PyList || obj instanceof PyTuple) return obj.items.length;
  if (obj instanceof PyRange) return obj.length;
  if (obj instanceof PyDict || obj instanceof PySet) return obj.table.size;
  if (obj instanceof PyDictView) return obj.dict.table.size;
  if (obj instanceof PyBytes) return obj.data.length;
  if (typeof obj === 'string') return obj.length;
  return undefined;
}

/** Before materialising `obj` into a list: MemoryError now when its known length is over budget. */
export function checkKnownLength(obj: unknown, extra = 0): void {
  const n = knownLength(obj);
  if (n !== undefined) checkSequenceSize(n + extra);
}

/** All items of an iterable as a fresh JS array. */
export function listFromIterable(obj: unknown): unknown[] {
  if ((obj instanceof PyList && obj.sub === null) || obj instanceof PyTuple) {
    chargeCopy(obj.items.length);
    return obj.items.slice();
  }
  checkKnownLength(obj);
  if (obj instanceof PyRange) {
    chargeCopy(obj.length);
    return Array.from({ length: obj.length }, (_, i) => obj.at(i));
  }
  const out: unknown[] = [];
  const it = pyIter(obj);
  for (let v = nextOf(it); v !== DONE; v = nextOf(it)) {
    charge(1); // materialising an iterable is work proportional to its length
    if (out.length >= MAX_SEQUENCE_ITEMS) memoryErr();
    checkItems(out.length + 1);
    out.push(v);
  }
  return out;
}

function notIterableForUnpack(obj: unknown): never {
  return typeErr(`cannot unpack non-iterable ${typeOf(obj).name} object`);
}

function unpackSource(obj: unknown): unknown {
  try {
    return pyIter(obj);
  } catch (e) {
    if (e instanceof PyBaseException && e.args[0] === `'${typeOf(obj).name}' object is not iterable`) notIterableForUnpack(obj);
    throw e;
  }
}

export function unpack(obj: unknown, n: number): unknown[] {
  if (obj instanceof PyTuple || (obj instanceof PyList && obj.sub === null)) {
    const xs = obj.items;
    if (xs.length === n) return xs.slice();
    if (xs.length > n) valueErr(`too many values to unpack (expected ${n})`);
    return valueErr(`not enough values to unpack (expected ${n}, got ${xs.length})`);
  }
  const it = unpackSource(obj);
  const out: unknown[] = [];
  for (;;) {
    const v = nextOf(it);
    if (v === DONE) break;
    if (out.length === n) valueErr(`too many values to unpack (expected ${n})`);
    out.push(v);
  }
  if (out.length < n) valueErr(`not enough values to unpack (expected ${n}, got ${out.length})`);
  return out;
}

export function unpackStar(obj: unknown, before: number, after: number): unknown[] {
  let xs: unknown[];
  if (obj instanceof PyTuple || (obj instanceof PyList && obj.sub === null)) {
    chargeCopy(obj.items.length);
    xs = obj.items.slice();
  } else {
    const it = unpackSource(obj);
    checkKnownLength(obj);
    xs = [];
    for (let v = nextOf(it); v !== DONE; v = nextOf(it)) {
      charge(1);
      checkItems(xs.length + 1);
      xs.push(v);
    }
  }
  if (xs.length < before + after) {
    valueErr(`not enough values to unpack (expected at least ${before + after}, got ${xs.length})`);
  }
  const mid = new PyList(xs.slice(before, xs.length - after));
  return [...xs.slice(0, before), mid, ...xs.slice(xs.length - after)];
}

export function spreadInto(out: unknown[], it: unknown): unknown[] {
  checkKnownLength(it, out.length);
  if ((it instanceof PyList && it.sub === null) || it instanceof PyTuple) {
    chargeCopy(it.items.length);
    for (const x of it.items) out.push(x);
    return out;
  }
  const i = pyIter(it);
  for (let v = nextOf(i); v !== DONE; v = nextOf(i)) {
    charge(1);
    checkItems(out.length + 1);
    out.push(v);
  }
  return out;
}
