// set and frozenset: constructors and methods (the algebra itself is ops/set-algebra.ts).

import { setType, frozensetType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import type { KwArgs, NativeFn } from '../core/pytype.js';
import { PySet } from './set.js';
import { listFromIterable } from '../ops/iter.js';
import { noKw, argCount } from '../builtins/args.js';
import { keyErr } from '../ops/raise.js';
import { setAlgebra, setCopy } from '../ops/set-algebra.js';
import { S } from '../state.js';

export function setFrom(it: unknown, frozen: boolean): PySet {
  const s = new PySet(frozen);
  if (it instanceof PySet) {
    for (const e of it.table.entries()) s.table.set(e.key, null);
    return s;
  }
  const items = listFromIterable(it);
  S.ops -= items.length;
  for (const x of items) s.table.set(x, null);
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

/** union(*others) and friends: fold the operator over every argument (any iterables). */
function fold(op: string): NativeFn {
  return (args) => {
    let r: PySet = setCopy(setSelf(args), setSelf(args).frozen);
    for (const o of args.slice(1)) r = setAlgebra(op, r, o instanceof PySet ? o : setFrom(o, false), setSelf(args).frozen) as PySet;
    return r;
  };
}

function updating(op: string): NativeFn {
  return (args) => {
    const s = setSelf(args);
    let r: PySet = s;
    for (const o of args.slice(1)) r = setAlgebra(op, r, o instanceof PySet ? o : setFrom(o, false), false) as PySet;
    if (r !== s) {
      s.table.clear();
      for (const e of r.table.entries()) s.table.set(e.key, null);
    }
    return null;
  };
}

const common: Record<string, NativeFn> = {
  union: fold('|'),
  intersection: fold('&'),
  difference: fold('-'),
  symmetric_difference: fold('^'),
  issubset: (args) => {
    const o = setFrom(args[1], true);
    for (const e of setSelf(args).table.entries()) if (o.table.get(e.key) === undefined) return false;
    return true;
  },
  issuperset: (args) => {
    const s = setSelf(args);
    for (const x of listFromIterable(args[1])) if (s.table.get(x) === undefined) return false;
    return true;
  },
  isdisjoint: (args) => {
    const s = setSelf(args);
    for (const x of listFromIterable(args[1])) if (s.table.get(x) !== undefined) return false;
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
    const e = setSelf(args).table.first();
    if (e === undefined) keyErr('pop from an empty set');
    setSelf(args).table.removeEntry(e);
    return e.key;
  },
  clear: (args) => {
    setSelf(args).table.clear();
    return null;
  },
  update: updating('|'),
  intersection_update: updating('&'),
  difference_update: updating('-'),
  symmetric_difference_update: updating('^'),
});
