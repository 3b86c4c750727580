// Set algebra shared by the operators (`|`, `&`, `-`, `^`) and the set methods (union, ...).

import { PySet } from '../types/set.js';
import { NotImplemented } from '../core/singletons.js';
import { S } from '../state.js';

export function setCopy(s: PySet, frozen: boolean): PySet {
  const r = new PySet(frozen);
  for (const e of s.table.entries()) r.table.set(e.key, null);
  return r;
}

export function setAlgebra(op: string, a: PySet, b: PySet, frozen: boolean): unknown {
  S.ops -= a.table.size + b.table.size;
  switch (op) {
    case '|': {
      const r = setCopy(a, frozen);
      for (const e of b.table.entries()) r.table.set(e.key, null);
      return r;
    }
    case '&': {
      const r = new PySet(frozen);
      for (const e of a.table.entries()) if (b.table.get(e.key) !== undefined) r.table.set(e.key, null);
      return r;
    }
    case '-': {
      const r = new PySet(frozen);
      for (const e of a.table.entries()) if (b.table.get(e.key) === undefined) r.table.set(e.key, null);
      return r;
    }
    case '^': {
      const r = new PySet(frozen);
      for (const e of a.table.entries()) if (b.table.get(e.key) === undefined) r.table.set(e.key, null);
      for (const e of b.table.entries()) if (a.table.get(e.key) === undefined) r.table.set(e.key, null);
      return r;
    }
    default:
      return NotImplemented;
  }
}
