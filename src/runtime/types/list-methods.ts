// list: the constructor and the methods of the list type.

import { checkArity } from './method-arity.js';
import { listType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import type { KwArgs } from '../core/pytype.js';
import { PyList } from './list.js';
import { listFromIterable, nativeIter, checkKnownLength } from '../ops/iter.js';
import { contains } from '../ops/contains.js';
import { chargeCopy } from '../core/rates.js';
import { nativeGetitem, nativeSetitem, nativeDelitem } from '../ops/item.js';
import { nativeRepr } from '../ops/repr.js';
import { noKw, argCount, methodArgCount, clinicArgs } from '../builtins/args.js';
import { eqBool } from '../ops/compare.js';
import { indexErr, valueErr, typeErr } from '../ops/raise.js';
import { indexOf } from './int-methods.js';
import { asInt } from '../ops/numeric.js';
import { userDunder } from '../ops/dunders.js';
import { pyRepr } from '../ops/repr.js';
import { sortItems, sortKeywords } from '../ops/sort.js';
import { MAX_SEQUENCE_ITEMS } from '../ops/arith-builtin.js';
import { memoryErr } from '../ops/raise.js';
import { charge, checkItems, memoryLimit } from '../core/budget.js';
import { runCtx } from '../state.js';

listType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('list', kw);
  argCount('list', args, 0, 1);
  if (args.length === 0) return new PyList([]);
  return new PyList(listFromIterable(args[0]));
};

function listSelf(args: unknown[]): PyList {
  return args[0] as PyList;
}

/** start/stop arguments of index(): clamped like slice bounds. */
export function searchBounds(args: unknown[], from: number, length: number): [number, number] {
  const bound = (v: unknown): number => {
    const i = asInt(v) ?? (userDunder(v, '__index__') !== undefined ? indexOf(v) : undefined);
    if (i === undefined) typeErr('slice indices must be integers or have an __index__ method');
    return Number(i);
  };
  let start = args.length > from ? bound(args[from]) : 0;
  let stop = args.length > from + 1 ? bound(args[from + 1]) : length;
  if (start < 0) start = Math.max(0, start + length);
  if (stop < 0) stop = Math.max(0, stop + length);
  return [start, Math.min(stop, length)];
}

listType.subclassable = true;

defineMethods(listType, {
  // The native protocol methods, for subclasses that override and call super().
  __init__: (args, kw) => {
    noKw('list', kw);
    methodArgCount('list', args, 0, 1);
    const l = listSelf(args);
    l.items = args.length > 1 ? listFromIterable(args[1]) : [];
    return null;
  },
  __getitem__: (args) => nativeGetitem(args[0], args[1]),
  __setitem__: (args) => { nativeSetitem(args[0], args[1], args[2]); return null; },
  __delitem__: (args) => { nativeDelitem(args[0], args[1]); return null; },
  __len__: (args) => listSelf(args).items.length,
  __contains__: (args) => contains(args[0], args[1]),
  __iter__: (args) => nativeIter(args[0]),
  __repr__: (args) => nativeRepr(args[0]),
  append: (args) => {
    if (args.length !== 2) typeErr(`list.append() takes exactly one argument (${args.length - 1} given)`);
    const items = listSelf(args).items;
    if (items.length >= runCtx.maxItems) memoryLimit();
    items.push(args[1]);
    return null;
  },
  extend: (args) => {
    const l = listSelf(args);
    checkKnownLength(args[1], l.items.length);
    const extra = listFromIterable(args[1]);
    if (l.items.length + extra.length > MAX_SEQUENCE_ITEMS) memoryErr();
    checkItems(l.items.length + extra.length);
    chargeCopy(extra.length);
    for (const x of extra) l.items.push(x);
    return null;
  },
  insert: (args) => {
    const l = listSelf(args);
    let i = Number(indexOf(args[1]));
    const n = l.items.length;
    checkItems(n + 1);
    if (i < 0) i = Math.max(0, i + n);
    chargeCopy(n - Math.min(i, n));
    l.items.splice(Math.min(i, n), 0, args[2]);
    return null;
  },
  pop: (args) => {
    const l = listSelf(args);
    if (l.items.length === 0) indexErr('pop from empty list');
    if (args.length < 2) return l.items.pop();
    let i = Number(indexOf(args[1]));
    if (i < 0) i += l.items.length;
    if (!(i >= 0 && i < l.items.length)) indexErr('pop index out of range');
    chargeCopy(l.items.length - i);
    return l.items.splice(i, 1)[0];
  },
  remove: (args) => {
    const l = listSelf(args);
    for (let i = 0; i < l.items.length; i++) {
      charge(1);
      if (eqBool(l.items[i], args[1])) {
        chargeCopy(l.items.length - i);
        l.items.splice(i, 1);
        return null;
      }
    }
    return valueErr('list.remove(x): x not in list');
  },
  index: (args) => {
    const l = listSelf(args);
    const [start, stop] = searchBounds(args, 2, l.items.length);
    for (let i = start; i < stop && i < l.items.length; i++) {
      charge(1);
      if (eqBool(l.items[i], args[1])) return i;
    }
    return valueErr(`${pyRepr(args[1])} is not in list`);
  },
  count: (args) => {
    let n = 0;
    for (const x of listSelf(args).items) {
      charge(1);
      if (eqBool(x, args[1])) n++;
    }
    return n;
  },
  sort: (args, kw) => {
    clinicArgs('sort', args.slice(1), kw, { names: ['key', 'reverse'], posonly: 0, required: 0, maxpos: 0 });
    const o = sortKeywords(kw);
    const l = listSelf(args);
    // As in CPython the list looks empty while it is sorted; a key or __lt__ that changes it
    // makes the sort fail once done (its own changes are dropped).
    const saved = l.items, during: unknown[] = [];
    l.items = during;
    let sorted = saved;
    try {
      sorted = sortItems(saved, o.key, o.reverse);
    } finally {
      const modified = l.items !== during || during.length > 0;
      l.items = sorted;
      if (modified) valueErr('list modified during sort');
    }
    return null;
  },
  reverse: (args) => {
    chargeCopy(listSelf(args).items.length);
    listSelf(args).items.reverse();
    return null;
  },
  copy: (args) => {
    chargeCopy(listSelf(args).items.length);
    return new PyList(listSelf(args).items.slice());
  },
  clear: (args) => {
    listSelf(args).items.length = 0;
    return null;
  },
});

checkArity(listType, {
  append: 'one', extend: 'one', remove: 'one', count: 'one', insert: [2, 2], index: [1, 3], pop: [0, 1],
  copy: 'none', clear: 'none', reverse: 'none',
});
