// HashTable: the insertion-ordered store behind dict, set and frozenset, with Python key equality.
// Keys whose equality is plain value equality (None, bool, int, float, str) map to a canonical JS
// primitive (1, 1.0 and True all become 1) and use a JS Map directly. Other hashable keys (tuples,
// frozensets, instances) are bucketed by their Python hash and compared with Python `==`; their
// entry object itself is the Map key, so one Map keeps the insertion order of all keys.

import { PyFloat } from './float-box.js';
import { pyHash } from '../ops/hash.js';
import { PyBoxed, keyedByValue } from '../types/boxed.js';
import { eqBool } from '../ops/compare.js';
import { normBig } from './int-math.js';
import { SetSlots, hashWords } from './set-slots.js';
import { runCtx } from '../state.js';
import { memoryLimit } from './budget.js';

export interface Entry {
  key: unknown;
  value: unknown;
  /** Bucket hash, for keys that are not canonical primitives. */
  h?: number;
  /** For sets: the Python hash split into 32-bit words, and the entry's slot (core/set-slots.ts). */
  lo?: number;
  hi?: number;
  slot?: number;
}

/** The canonical primitive for a value-compared key, or undefined for keys hashed by `pyHash`. */
export function primitiveKey(k: unknown): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
    case 'object':
      if (k === null) return null;
      if (k instanceof PyFloat) return Number.isSafeInteger(k.value) ? k.value + 0 : normBig(BigInt(k.value));
      // A subclass of int/float/str that keeps the builtin __eq__ and __hash__ is keyed as its value.
      if (k instanceof PyBoxed && keyedByValue(k.cls)) return primitiveKey(k.value);
      return undefined;
    default:
      return undefined;
  }
}

function bucketHash(k: unknown): number {
  const h = pyHash(k);
  return typeof h === 'bigint' ? Number(h) : h;
}

export class HashTable {
  map = new Map<unknown, Entry>();
  private buckets: Map<number, Entry[]> | null = null;
  /** Present for sets: CPython's slot layout, which fixes iteration order. */
  slots: SetSlots | null;

  constructor(setOrder = false) {
    this.slots = setOrder ? new SetSlots() : null;
  }

  /** A new entry for `key`, with its set hash words when this table orders like a set. */
  private newEntry(key: unknown, value: unknown, h?: number): Entry {
    if (this.map.size >= runCtx.maxEntries) memoryLimit();
    const e: Entry = h === undefined ? { key, value } : { key, value, h };
    if (this.slots !== null) [e.lo, e.hi] = hashWords(pyHash(key));
    return e;
  }

  private added(e: Entry): void {
    if (this.slots !== null && !this.unplaced) this.slots.add(e);
  }

  private unplaced = false;

  /** Adds an absent key without choosing its set slot: the caller places it (ops/set-algebra.ts). */
  insertUnplaced(key: unknown, value: unknown): Entry {
    this.unplaced = true;
    try {
      this.set(key, value);
    } finally {
      this.unplaced = false;
    }
    return this.get(key)!;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: unknown): Entry | undefined {
    const p = primitiveKey(key);
    if (p !== undefined) return this.map.get(p);
    if (this.buckets === null) {
      bucketHash(key); // unhashable keys raise TypeError even on an empty table
      return undefined;
    }
    const h = bucketHash(key);
    const b = this.buckets.get(h);
    if (b === undefined) return undefined;
    for (const e of b) if (e.key === key || eqBool(e.key, key)) return e;
    return undefined;
  }

  set(key: unknown, value: unknown): void {
    const p = primitiveKey(key);
    if (p !== undefined) {
      const e = this.map.get(p);
      if (e !== undefined) e.value = value;
      else {
        const n = this.newEntry(key, value);
        this.map.set(p, n);
        this.added(n);
      }
      return;
    }
    const h = bucketHash(key);
    this.buckets ??= new Map();
    let b = this.buckets.get(h);
    if (b === undefined) this.buckets.set(h, (b = []));
    for (const e of b) {
      if (e.key === key || eqBool(e.key, key)) {
        e.value = value;
        return;
      }
    }
    const e = this.newEntry(key, value, h);
    b.push(e);
    this.map.set(e, e);
    this.added(e);
  }

  delete(key: unknown): Entry | undefined {
    const p = primitiveKey(key);
    if (p !== undefined) {
      const e = this.map.get(p);
      if (e !== undefined) {
        this.map.delete(p);
        this.slots?.remove(e);
      }
      return e;
    }
    const e = this.get(key);
    if (e === undefined) return undefined;
    this.removeEntry(e);
    return e;
  }

  /** Removes an entry found by iteration. */
  removeEntry(e: Entry): void {
    this.slots?.remove(e);
    if (e.h === undefined) {
      this.map.delete(primitiveKey(e.key));
      return;
    }
    this.map.delete(e);
    const b = this.buckets?.get(e.h);
    if (b) {
      b.splice(b.indexOf(e), 1);
      if (b.length === 0) this.buckets!.delete(e.h);
    }
  }

  clear(): void {
    this.map.clear();
    this.buckets = null;
    this.slots?.reset();
  }

  /** Takes over another table's contents (CPython's set_swap_bodies, for `s &= t`). */
  takeFrom(other: HashTable): void {
    this.map = other.map;
    this.buckets = other.buckets;
    this.slots = other.slots;
  }

  /** Entries in iteration order: insertion order for dicts, slot order for sets. */
  entries(): IterableIterator<Entry> {
    return this.slots !== null ? this.slots.entries() : this.map.values();
  }

  /** The last inserted entry (dict.popitem). */
  last(): Entry | undefined {
    let last: Entry | undefined;
    for (const e of this.map.values()) last = e;
    return last;
  }

  first(): Entry | undefined {
    for (const e of this.map.values()) return e;
    return undefined;
  }
}
