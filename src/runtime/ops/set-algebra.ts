// Set algebra with CPython's algorithms (Objects/setobject.c), not just its results: which operand
// is iterated and in what order entries are added decides the slot layout, and with it the order
// in which the result prints. Used by the operators and by the set methods.

import { PySet } from '../types/set.js';
import { PyDict } from '../types/dict.js';
import { NotImplemented } from '../core/singletons.js';
import { listFromIterable, knownLength } from './iter.js';
import { checkTableSize } from '../core/sequence-size.js';
import { chargeSetInserts } from '../core/rates.js';

function setHas(s: PySet, key: unknown): boolean {
  return s.table.get(key) !== undefined;
}

function setAddKey(s: PySet, key: unknown): void {
  s.table.set(key, null);
}

/** set_merge: adds every entry of `src`, copying its layout when `dst` is empty. */
export function setMerge(dst: PySet, src: PySet): void {
  const d = dst.table.slots!, o = src.table.slots!;
  chargeSetInserts(o.used);
  if ((d.fill + o.used) * 5 >= d.mask * 3) d.resize((d.used + o.used) * 2);
  const entries = Array.from(src.table.entries());
  if (d.fill === 0) {
    // Into an empty table CPython copies the slots verbatim when the sizes match and there are
    // no dummies, else re-inserts with insert_clean in the source's slot order.
    const verbatim = d.mask === o.mask && !o.hasDummies();
    for (const e of entries) {
      const mine = dst.table.insertUnplaced(e.key, null);
      if (verbatim) d.placeAt(mine, e.slot!);
      else d.insertClean(mine);
    }
    d.fill += entries.length;
    d.used += entries.length;
    return;
  }
  for (const e of entries) setAddKey(dst, e.key);
}

/** set_update_internal: a set merges, a dict pre-sizes then adds its keys, anything else adds items. */
export function setUpdate(dst: PySet, other: unknown): void {
  if (other instanceof PySet) return setMerge(dst, other);
  if (other instanceof PyDict) {
    const d = dst.table.slots!;
    const n = other.table.size;
    if ((d.fill + n) * 5 >= d.mask * 3) d.resize((d.used + n) * 2);
    chargeSetInserts(n);
    for (const e of Array.from(other.table.entries())) setAddKey(dst, e.key);
    return;
  }
  const known = knownLength(other);
  if (known !== undefined) checkTableSize(dst.table.size + known);
  const items = listFromIterable(other);
  chargeSetInserts(items.length);
  for (const x of items) setAddKey(dst, x);
}

export function setCopy(s: PySet, frozen: boolean): PySet {
  const r = new PySet(frozen);
  setMerge(r, s);
  return r;
}

export function setIntersection(a: PySet, other: unknown, frozen: boolean): PySet {
  const r = new PySet(frozen);
  if (other instanceof PySet) {
    let so = a, ot = other;
    if (ot.table.size > so.table.size) [so, ot] = [ot, so];
    chargeSetInserts(ot.table.size);
    for (const e of Array.from(ot.table.entries())) if (setHas(so, e.key)) setAddKey(r, e.key);
    return r;
  }
  const items = listFromIterable(other);
  chargeSetInserts(items.length);
  for (const x of items) if (setHas(a, x)) setAddKey(r, x);
  return r;
}

export function setDifferenceUpdate(s: PySet, other: unknown): void {
  if (other === s) return s.table.clear();
  const keys = other instanceof PySet ? Array.from(other.table.entries(), (e) => e.key) : listFromIterable(other);
  chargeSetInserts(keys.length);
  for (const k of keys) s.table.delete(k);
  // CPython resizes the dummies away when more than a quarter of the table is dummies, which
  // changes the iteration order of what is left ({0, 3, 12, 7} - [0, 3] prints {7, 12}).
  const sl = s.table.slots;
  if (sl !== null && sl.fill - sl.used > sl.mask >>> 2) sl.resize(sl.used > 50000 ? sl.used * 2 : sl.used * 4);
}

export function setDifference(a: PySet, other: unknown, frozen: boolean): PySet {
  const size = other instanceof PySet || other instanceof PyDict ? other.table.size : -1;
  if (size < 0 || (a.table.size >> 2) > size) {
    const r = setCopy(a, frozen);
    setDifferenceUpdate(r, other instanceof PyDict ? Array.from(other.table.entries(), (e) => e.key) : other);
    return r;
  }
  const r = new PySet(frozen);
  chargeSetInserts(a.table.size);
  const o = other as PySet | PyDict;
  for (const e of Array.from(a.table.entries())) if (o.table.get(e.key) === undefined) setAddKey(r, e.key);
  return r;
}

export function setSymmetricDifferenceUpdate(s: PySet, other: PySet): void {
  if (other === s) return s.table.clear();
  chargeSetInserts(other.table.size);
  for (const e of Array.from(other.table.entries())) {
    if (setHas(s, e.key)) s.table.delete(e.key);
    else setAddKey(s, e.key);
  }
}

export function setSymmetricDifference(a: PySet, other: PySet, frozen: boolean): PySet {
  const r = new PySet(frozen);
  setMerge(r, other);
  setSymmetricDifferenceUpdate(r, a);
  return r;
}

/** The binary operators on two sets; the result has the left operand's type. */
export function setAlgebra(op: string, a: PySet, b: PySet, frozen: boolean): unknown {
  switch (op) {
    case '|': {
      const r = setCopy(a, frozen);
      setMerge(r, b);
      return r;
    }
    case '&':
      return setIntersection(a, b, frozen);
    case '-':
      return setDifference(a, b, frozen);
    case '^':
      return setSymmetricDifference(a, b, frozen);
    default:
      return NotImplemented;
  }
}

/**
 * The set an all-constant display of three or more items evaluates to (`{3, 1, 2}`): CPython's
 * compiler folds it into a frozenset constant, rebuilds that constant once more while merging
 * constants, and the display merges it into a new set — each step shaping the slot layout. Not yet
 * reachable from generated code: it needs an ABI member (`constSet`) that codegen would emit.
 */
export function constantSetDisplay(items: unknown[]): PySet {
  const folded = new PySet(true);
  for (const x of items) setAddKey(folded, x);
  const merged = new PySet(true);
  for (const e of Array.from(folded.table.entries())) setAddKey(merged, e.key);
  const r = new PySet(false);
  setMerge(r, merged);
  return r;
}
