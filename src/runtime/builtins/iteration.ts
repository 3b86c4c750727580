// Iteration builtins: iter, next, enumerate, zip, map, filter, reversed, sorted, any, all.
// The lazy ones return PyIterator closures, as CPython's return iterator objects.

import type { KwArgs } from '../core/pytype.js';
import { noKw, argCount, kwArgs, clinicArgs, oneArg } from './args.js';
import { pyIter, nextOf, listFromIterable, isIterator } from '../ops/iter.js';
import { PyIterator, DONE, iteratorType } from '../types/iterator.js';
import { PyList } from '../types/list.js';
import { PyBytes } from '../types/bytes.js';
import { PyTuple } from '../types/tuple.js';
import { PyRange } from '../types/range.js';
import { PyDict, PyDictView } from '../types/dict.js';
import { typeErr, valueErr, stopIteration, runtimeErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { call, callArgs } from '../ops/call.js';
import { truthy } from '../ops/truthy.js';
import { eqBool } from '../ops/compare.js';
import { intAdd, type Int } from '../core/int-math.js';
import { indexOf } from '../types/int-methods.js';
import { sortItems, sortKeywords } from '../ops/sort.js';
import { userDunder } from '../ops/dunders.js';
import { callWithSelf } from '../ops/call.js';
import { lenOf } from '../ops/len.js';
import { getitem } from '../ops/item.js';
import { isCallable } from './introspection.js';
import { PyGenerator, genStop } from '../types/generator.js';
import { charge } from '../core/budget.js';
import { chargeCopy } from '../core/rates.js';
import { enterNested, leaveNested } from '../core/recursion.js';

/**
 * next() of the iterator a map/filter/zip/enumerate wraps, one nesting level deeper: a chain of
 * 100000 maps ends in RecursionError at maxRecursion, deterministically, not at a JS stack
 * overflow whose position varies between runs.
 */
function innerNext(it: unknown): unknown {
  enterNested('');
  try {
    return nextOf(it);
  } finally {
    leaveNested();
  }
}

export function iterBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('iter', kw);
  argCount('iter', args, 1, 2);
  if (args.length === 1) return pyIter(args[0]);
  const [f, sentinel] = args;
  if (!isCallable(f)) typeErr('iter(v, w): v must be callable');
  let done = false;
  return new PyIterator(iteratorType('callable_iterator'), () => {
    if (done) return DONE;
    charge(1);
    const v = call(f);
    if (eqBool(v, sentinel)) {
      done = true;
      return DONE;
    }
    return v;
  });
}

export function nextBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('next', kw);
  argCount('next', args, 1, 2);
  if (!isIterator(args[0])) typeErr(`'${typeOf(args[0]).name}' object is not an iterator`);
  const v = nextOf(args[0]);
  if (v !== DONE) return v;
  if (args.length === 2) return args[1];
  if (args[0] instanceof PyGenerator) genStop(args[0]);
  return stopIteration();
}

export function enumerateBuiltin(args: unknown[], kw: KwArgs): unknown {
  // CPython's fast path (no keywords) words the count itself; with keywords Argument Clinic does.
  if (kw === null || kw.size === 0) {
    if (args.length === 0) typeErr("enumerate() missing required argument 'iterable'");
    if (args.length > 2) typeErr(`enumerate() takes at most 2 arguments (${args.length} given)`);
  }
  const [src, start] = clinicArgs('enumerate', args, kw, { names: ['iterable', 'start'], posonly: 0, required: 1, maxpos: 2 });
  let i: Int = start === undefined ? 0 : indexOf(start);
  const it = pyIter(src);
  return new PyIterator(iteratorType('enumerate'), () => {
    const v = innerNext(it);
    if (v === DONE) return DONE;
    // Lazy iterators charge per item: a chain of a thousand map/zip/enumerate layers is a thousand
    // steps an item, whatever consumes it.
    charge(1);
    const r = new PyTuple([i, v]);
    i = intAdd(i, 1);
    return r;
  });
}

function zipMismatch(i: number, longer: boolean): never {
  const others = i === 1 ? 'argument 1' : `arguments 1-${i}`;
  return valueErr(`zip() argument ${i + 1} is ${longer ? 'longer' : 'shorter'} than ${others}`);
}

export function zipBuiltin(args: unknown[], kw: KwArgs): unknown {
  const o = kwArgs('zip', kw, ['strict']);
  const strict = truthy(o.get('strict') ?? false);
  const its = args.map(pyIter);
  let done = its.length === 0;
  return new PyIterator(iteratorType('zip'), () => {
    if (done) return DONE;
    charge(1);
    const row: unknown[] = [];
    for (let i = 0; i < its.length; i++) {
      const v = innerNext(its[i]);
      if (v === DONE) {
        done = true;
        if (strict) {
          if (i > 0) zipMismatch(i, false);
          for (let j = 1; j < its.length; j++) if (innerNext(its[j]) !== DONE) zipMismatch(j, true);
        }
        return DONE;
      }
      row.push(v);
    }
    return new PyTuple(row);
  });
}

export function mapBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('map', kw);
  if (args.length < 2) typeErr('map() must have at least two arguments.');
  const f = args[0];
  const its = args.slice(1).map(pyIter);
  return new PyIterator(iteratorType('map'), () => {
    charge(1);
    const xs: unknown[] = [];
    for (const it of its) {
      const v = innerNext(it);
      if (v === DONE) return DONE;
      xs.push(v);
    }
    return callArgs(f, xs);
  });
}

export function filterBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('filter', kw);
  argCount('filter', args, 2, 2);
  const f = args[0];
  const it = pyIter(args[1]);
  return new PyIterator(iteratorType('filter'), () => {
    for (;;) {
      const v = innerNext(it);
      if (v === DONE) return DONE;
      charge(1);
      if (truthy(f === null ? v : call(f, v))) return v;
    }
  });
}

export function reversedBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('reversed', kw);
  argCount('reversed', args, 1, 1);
  const x = args[0];
  if (x instanceof PyList || x instanceof PyTuple) {
    let i = x.items.length - 1;
    return new PyIterator(iteratorType(x instanceof PyList ? 'list_reverseiterator' : 'reversed'), () => {
      if (i >= x.items.length) i = -1; // CPython stops when the list shrank below the position
      return i >= 0 ? x.items[i--] : DONE;
    });
  }
  if (x instanceof PyRange) {
    let i = x.length - 1;
    return new PyIterator(iteratorType('range_iterator'), () => (i >= 0 ? x.at(i--) : DONE));
  }
  if (x instanceof PyDict || x instanceof PyDictView) return reversedDict(x);
  const r = userDunder(x, '__reversed__');
  if (r !== undefined) return callWithSelf(r, x, []);
  if (typeof x === 'string' || x instanceof PyBytes || (userDunder(x, '__len__') !== undefined && userDunder(x, '__getitem__') !== undefined)) {
    let i = lenOf(x) - 1;
    return new PyIterator(iteratorType('reversed'), () => (i >= 0 ? getitem(x, i--) : DONE));
  }
  return typeErr(`'${typeOf(x).name}' object is not reversible`);
}

/** reversed(dict) and reversed(dict view): a snapshot walked backwards, with the size check. */
function reversedDict(x: PyDict | PyDictView): PyIterator {
  const d = x instanceof PyDict ? x : x.dict;
  const kind = x instanceof PyDict ? 'keys' : x.kind;
  chargeCopy(d.table.size);
  const entries = Array.from(d.table.entries());
  const size = d.table.size;
  let i = entries.length - 1;
  const name = kind === 'keys' ? 'dict_reversekeyiterator' : kind === 'values' ? 'dict_reversevalueiterator' : 'dict_reverseitemiterator';
  return new PyIterator(iteratorType(name), () => {
    if (d.table.size !== size) runtimeErr('dictionary changed size during iteration');
    if (i < 0) return DONE;
    const e = entries[i--]!;
    return kind === 'keys' ? e.key : kind === 'values' ? e.value : new PyTuple([e.key, e.value]);
  });
}

export function sortedBuiltin(args: unknown[], kw: KwArgs): unknown {
  argCount('sorted', args, 1, 1);
  const o = sortKeywords(kw);
  const items = listFromIterable(args[0]);
  return new PyList(sortItems(items, o.key, o.reverse));
}

function anyAll(name: string, want: boolean, args: unknown[], kw: KwArgs): unknown {
  const it = pyIter(oneArg(name, args, kw));
  for (let v = nextOf(it); v !== DONE; v = nextOf(it)) {
    charge(1);
    if (truthy(v) === want) return want;
  }
  return !want;
}

export function anyBuiltin(args: unknown[], kw: KwArgs): unknown {
  return anyAll('any', true, args, kw);
}
export function allBuiltin(args: unknown[], kw: KwArgs): unknown {
  return anyAll('all', false, args, kw);
}
