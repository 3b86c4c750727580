// Set-like behaviour of dict views: keys() and items() compare and combine like sets.

import { PyDictView } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { PyTuple } from '../types/tuple.js';
import { listFromIterable } from './iter.js';
import { contains } from './contains.js';
import { NotImplemented } from '../core/singletons.js';
import { setFrom } from '../types/set-methods.js';
import { chargeSetInserts } from '../core/rates.js';
import { setUpdate, setIntersection, setDifferenceUpdate, setSymmetricDifferenceUpdate } from './set-algebra.js';

export function dictViewSet(v: PyDictView): PySet {
  const s = new PySet(true);
  chargeSetInserts(v.dict.table.size);
  for (const e of v.dict.table.entries()) s.table.set(v.kind === 'items' ? new PyTuple([e.key, e.value]) : e.key, null);
  return s;
}

function isSetView(v: unknown): v is PyDictView {
  return v instanceof PyDictView && v.kind !== 'values';
}

/** CPython's dictviews_to_set: a new set of the operand's items (a keys view takes the dict fast path). */
function viewToSet(x: unknown): PySet {
  const s = new PySet(false);
  setUpdate(s, x instanceof PyDictView && x.kind === 'keys' ? x.dict : x);
  return s;
}

/** _PyDictView_Intersect: which operand is iterated decides the result's layout. */
function viewIntersect(a: unknown, b: unknown): PySet {
  let self = a, other = b;
  if (!isSetView(self)) [self, other] = [other, self];
  const view = self as PyDictView;
  const lenSelf = view.dict.table.size;
  if (other instanceof PySet && !other.frozen && lenSelf <= other.table.size) return setIntersection(other, view, false);
  if (isSetView(other) && other.dict.table.size > lenSelf) [self, other] = [other, self];
  const r = new PySet(false);
  const items = listFromIterable(other);
  chargeSetInserts(items.length);
  for (const x of items) if (contains(self, x)) r.table.set(x, null);
  return r;
}

/**
 * `a op b` for & | - ^ when either operand is a keys() or items() view: the other may be any
 * iterable (`d.keys() - [1, 2]`, `[1] | d.keys()`), as CPython's dictviews_* number methods
 * accept; the result is always a set. Returns NotImplemented when neither operand is such a view.
 */
export function dictViewBinary(op: string, a: unknown, b: unknown): unknown {
  if (!isSetView(a) && !isSetView(b)) return NotImplemented;
  switch (op) {
    case '&':
      return viewIntersect(a, b);
    case '|': {
      const r = viewToSet(a);
      setUpdate(r, b);
      return r;
    }
    case '-': {
      const r = viewToSet(a);
      setDifferenceUpdate(r, b);
      return r;
    }
    case '^': {
      const r = viewToSet(a);
      setSymmetricDifferenceUpdate(r, b instanceof PySet ? b : setFrom(b, false));
      return r;
    }
    default:
      return NotImplemented;
  }
}
