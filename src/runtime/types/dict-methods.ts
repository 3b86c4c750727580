// dict: the constructor (mapping, iterable of pairs, keywords) and the methods of the dict type.

import { checkArity } from './method-arity.js';
import { dictType, dictKeysType, dictItemsType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import { PyClassMethod } from './function.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import type { KwArgs } from '../core/pytype.js';
import { PyDict, PyDictView } from './dict.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { pyIter, nextOf, listFromIterable, nativeIter, knownLength } from '../ops/iter.js';
import { checkTableSize } from '../core/sequence-size.js';
import { PyBaseException, PyExc_TypeError } from '../core/exception-types.js';
import { isSubtype } from '../core/pytype.js';
import { nativeGetitem, nativeSetitem, nativeDelitem } from '../ops/item.js';
import { nativeRepr } from '../ops/repr.js';
import { DONE } from './iterator.js';
import { noKw, argCount, methodArgCount } from '../builtins/args.js';
import { keyErr, typeErr, valueErr } from '../ops/raise.js';
import { lookupAttr } from '../ops/attr.js';
import { call, callArgs } from '../ops/call.js';
import { typeOf } from '../core/type-of.js';
import { charge } from '../core/budget.js';
import { contains } from '../ops/contains.js';

/** dict.update(other): a dict, an object with keys(), or an iterable of pairs. */
export function dictUpdate(d: PyDict, other: unknown): void {
  if (other instanceof PyDict) {
    charge(other.table.size);
    for (const e of Array.from(other.table.entries())) d.table.set(e.key, e.value);
    return;
  }
  const keys = typeof other === 'object' && other !== null && !(other instanceof PyList) && !(other instanceof PyTuple)
    ? lookupAttr(other, 'keys') : undefined;
  if (keys !== undefined) {
    for (const k of listFromIterable(callArgs(keys, []))) d.table.set(k, callArgs(lookupAttr(other, '__getitem__'), [k]));
    return;
  }
  const it = pyIter(other);
  let i = 0;
  for (let item = nextOf(it); item !== DONE; item = nextOf(it), i++) {
    let pair: unknown[];
    try {
      pair = item instanceof PyTuple || item instanceof PyList ? item.items.slice() : listFromIterable(item);
    } catch (e) {
      // Only "not iterable": a limit, RecursionError or a runtime bug must pass through.
      if (!(e instanceof PyBaseException && isSubtype(e.cls, PyExc_TypeError))) throw e;
      return typeErr(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (pair.length !== 2) valueErr(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    charge(1);
    d.table.set(pair[0], pair[1]);
  }
}

function updateFrom(d: PyDict, args: unknown[], kw: KwArgs, name: string): void {
  argCount(name, args, 0, 1);
  if (args.length === 1) dictUpdate(d, args[0]);
  if (kw !== null) for (const [k, v] of kw) d.table.set(k, v);
}

dictType.subclassable = true;

dictType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  const d = new PyDict();
  updateFrom(d, args, kw, 'dict');
  return d;
};

function dictSelf(args: unknown[]): PyDict {
  return args[0] as PyDict;
}

function dflt(args: unknown[], i: number): unknown {
  return args.length > i ? args[i] : null;
}

defineMethods(dictType, {
  get: (args) => {
    methodArgCount('get', args, 1, 2);
    const e = dictSelf(args).table.get(args[1]);
    return e === undefined ? dflt(args, 2) : e.value;
  },
  setdefault: (args) => {
    const d = dictSelf(args);
    const e = d.table.get(args[1]);
    if (e !== undefined) return e.value;
    const v = dflt(args, 2);
    d.table.set(args[1], v);
    return v;
  },
  pop: (args) => {
    methodArgCount('pop', args, 1, 2);
    const e = dictSelf(args).table.delete(args[1]);
    if (e !== undefined) return e.value;
    if (args.length > 2) return args[2];
    return keyErr(args[1]);
  },
  popitem: (args) => {
    const d = dictSelf(args);
    const e = d.table.last();
    if (e === undefined) keyErr('popitem(): dictionary is empty');
    d.table.removeEntry(e);
    return new PyTuple([e.key, e.value]);
  },
  keys: (args) => new PyDictView(dictSelf(args), 'keys'),
  values: (args) => new PyDictView(dictSelf(args), 'values'),
  items: (args) => new PyDictView(dictSelf(args), 'items'),
  update: (args, kw) => {
    updateFrom(dictSelf(args), args.slice(1), kw, 'update');
    return null;
  },
  copy: (args) => {
    const d = new PyDict();
    dictUpdate(d, dictSelf(args));
    return d;
  },
  clear: (args) => {
    dictSelf(args).table.clear();
    return null;
  },
  // The native protocol methods, for subclasses that override and call super().
  __init__: (args, kw) => {
    updateFrom(dictSelf(args), args.slice(1), kw, 'dict');
    return null;
  },
  __getitem__: (args) => nativeGetitem(args[0], args[1]),
  __setitem__: (args) => { nativeSetitem(args[0], args[1], args[2]); return null; },
  __delitem__: (args) => { nativeDelitem(args[0], args[1]); return null; },
  __len__: (args) => dictSelf(args).table.size,
  __contains__: (args) => dictSelf(args).table.get(args[1]) !== undefined,
  __iter__: (args) => nativeIter(args[0]),
  __repr__: (args) => nativeRepr(args[0]),
});

dictType.dict.set('fromkeys', new PyClassMethod(new PyBuiltinFunction('fromkeys', (args, kw) => {
  noKw('dict.fromkeys', kw);
  methodArgCount('fromkeys', args, 1, 2);
  const cls = args[0];
  const d = cls === dictType ? new PyDict() : call(cls);
  if (!(d instanceof PyDict)) typeErr(`'${typeOf(d).name}' object does not support item assignment`);
  const v = dflt(args, 2);
  const known = knownLength(args[1]);
  if (known !== undefined) checkTableSize(known);
  const keys = listFromIterable(args[1]);
  charge(keys.length);
  for (const k of keys) (d as PyDict).table.set(k, v);
  return d;
}, null)));

/** dict_keys.isdisjoint / dict_items.isdisjoint: no item of `other` is in the view. */
function viewIsdisjoint(args: unknown[]): unknown {
  methodArgCount('isdisjoint', args, 1, 1);
  for (const x of listFromIterable(args[1])) if (contains(args[0], x)) return false;
  return true;
}

defineMethods(dictKeysType, { isdisjoint: viewIsdisjoint });
defineMethods(dictItemsType, { isdisjoint: viewIsdisjoint });

checkArity(dictType, {
  get: [1, 2], pop: [1, 2], setdefault: [1, 2], keys: 'none', values: 'none', items: 'none',
  popitem: 'none', copy: 'none', clear: 'none',
});
