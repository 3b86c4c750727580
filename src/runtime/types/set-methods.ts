// set and frozenset: constructors and methods (the algebra itself is ops/set-algebra.ts).

import { checkArity, type Arity } from './method-arity.js';
import { setType, frozensetType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import type { KwArgs, NativeFn } from '../core/pytype.js';
import { PySet } from './set.js';
import { listFromIterable } from '../ops/iter.js';
import { noKw, argCount } from '../builtins/args.js';
import { charge } from '../core/budget.js';
import { keyErr } from '../ops/raise.js';
import { setCopy, setUpdate, setIntersection, setDifference, setDifferenceUpdate, setSymmetricDifference,
  setSymmetricDifferenceUpdate } from '../ops/set-algebra.js';

export function setFrom(it: unknown, frozen: boolean): PySet {
  const s = new PySet(frozen);
  setUpdate(s, it);
  return s;
}

setType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('set', kw);
  argCount('set', args, 0, 1);
  return args.length === 0 ? new PySet(false) : setFrom(args[0], false);
};

frozensetType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('frozenset', kw);
  argCount('frozenset', args, 0, 1);
  if (args.length === 1 && args[0] instanceof PySet && args[0].frozen) return args[0];
  return args.length === 0 ? new PySet(true) : setFrom(args[0], true);
};

function setSelf(args: unknown[]): PySet {
  return args[0] as PySet;
}

function asSet(o: unknown): PySet {
  return o instanceof PySet ? o : setFrom(o, false);
}

/** Replaces s's contents with r's, keeping r's layout (CPython's set_swap_bodies). */
function swapIn(s: PySet, r: PySet): void {
  s.table.takeFrom(r.table);
}

const common: Record<string, NativeFn> = {
  union: (args) => {
    const r = setCopy(setSelf(args), setSelf(args).frozen);
    for (const o of args.slice(1)) setUpdate(r, o);
    return r;
  },
  intersection: (args) => {
    const s = setSelf(args);
    if (args.length === 1) return setCopy(s, s.frozen);
    let r = s;
    for (const o of args.slice(1)) r = setIntersection(r, o, s.frozen);
    return r;
  },
  difference: (args) => {
    const s = setSelf(args);
    if (args.length === 1) return setCopy(s, s.frozen);
    const r = setDifference(s, args[1], s.frozen);
    for (const o of args.slice(2)) setDifferenceUpdate(r, o);
    return r;
  },
  symmetric_difference: (args) => setSymmetricDifference(setSelf(args), asSet(args[1]), setSelf(args).frozen),
  issubset: (args) => {
    const o = setFrom(args[1], true);
    charge(setSelf(args).table.size);
    for (const e of setSelf(args).table.entries()) if (o.table.get(e.key) === undefined) return false;
    return true;
  },
  issuperset: (args) => {
    const s = setSelf(args);
    const items = listFromIterable(args[1]);
    charge(items.length);
    for (const x of items) if (s.table.get(x) === undefined) return false;
    return true;
  },
  isdisjoint: (args) => {
    const s = setSelf(args);
    const items = listFromIterable(args[1]);
    charge(items.length);
    for (const x of items) if (s.table.get(x) !== undefined) return false;
    return true;
  },
  copy: (args) => (setSelf(args).frozen ? setSelf(args) : setCopy(setSelf(args), false)),
};

defineMethods(frozensetType, common);
defineMethods(setType, {
  ...common,
  add: (args) => {
    setSelf(args).table.set(args[1], null);
    return null;
  },
  discard: (args) => {
    setSelf(args).table.delete(args[1]);
    return null;
  },
  remove: (args) => {
    if (setSelf(args).table.delete(args[1]) === undefined) keyErr(args[1]);
    return null;
  },
  pop: (args) => {
    const t = setSelf(args).table;
    const e = t.slots!.popEntry();
    if (e === undefined) keyErr('pop from an empty set');
    t.removeEntry(e);
    return e.key;
  },
  clear: (args) => {
    setSelf(args).table.clear();
    return null;
  },
  update: (args) => {
    for (const o of args.slice(1)) setUpdate(setSelf(args), o);
    return null;
  },
  intersection_update: (args) => {
    const s = setSelf(args);
    let r = s;
    for (const o of args.slice(1)) r = setIntersection(r, o, false);
    if (r !== s) swapIn(s, r);
    return null;
  },
  difference_update: (args) => {
    for (const o of args.slice(1)) setDifferenceUpdate(setSelf(args), o);
    return null;
  },
  symmetric_difference_update: (args) => {
    setSymmetricDifferenceUpdate(setSelf(args), asSet(args[1]));
    return null;
  },
});

const SET_ARITY: Record<string, Arity> = {
  issubset: 'one', issuperset: 'one', isdisjoint: 'one', symmetric_difference: 'one', copy: 'none',
  union: 'any', intersection: 'any', difference: 'any',
};
checkArity(frozensetType, SET_ARITY);
checkArity(setType, {
  ...SET_ARITY, add: 'one', remove: 'one', discard: 'one', symmetric_difference_update: 'one',
  pop: 'none', clear: 'none', update: 'any', intersection_update: 'any', difference_update: 'any',
});
