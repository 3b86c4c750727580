// SetSlots: CPython 3.11's set hash table layout (Objects/setobject.c), reproduced so that sets
// iterate — and so print — in exactly CPython's order: `{3, 1, 2}` prints `{1, 2, 3}`. Membership
// is answered by the HashTable's Map; this class only decides where each entry sits: open
// addressing with 9 linear probes then perturbed probing, dummies left by deletions, the
// fill*5 >= mask*3 resize rule, and `pop` starting at the finger.

import type { Entry } from './hashtable.js';

const LINEAR_PROBES = 9;
const MIN_SIZE = 8;
const TWO32 = 2 ** 32;

/** A slot that held an entry that was removed (CPython's `dummy`). */
const DUMMY_SLOT = { dummy: true } as const;
type Slot = Entry | null | typeof DUMMY_SLOT;

/** The low and high 32 bits of a hash as CPython's size_t sees it. */
export function hashWords(h: number | bigint): [number, number] {
  if (typeof h === 'number') return [((h % TWO32) + TWO32) % TWO32, ((Math.floor(h / TWO32) % TWO32) + TWO32) % TWO32];
  const u = BigInt.asUintN(64, h);
  return [Number(u & 0xffffffffn), Number(u >> 32n)];
}

export class SetSlots {
  slots: Slot[] = new Array(MIN_SIZE).fill(null);
  mask = MIN_SIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  used = 0;
  private finger = 0;

  /** set_add_entry for a key known to be absent. */
  add(e: Entry): void {
    const mask = this.mask;
    let i = e.lo! & mask;
    let plo = e.lo!, phi = e.hi!;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const s = this.slots[j];
        if (s === null) {
          if (freeslot >= 0) {
            this.place(e, freeslot);
            this.used++;
            return;
          }
          this.place(e, j);
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (s === DUMMY_SLOT && freeslot < 0) freeslot = j;
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> 5;
      i = ((i * 5 + 1 + plo) % TWO32) & mask;
    }
  }

  /** set_insert_clean: into a table without dummies, during resizes and merges into an empty set. */
  insertClean(e: Entry): void {
    const mask = this.mask;
    let i = e.lo! & mask;
    let plo = e.lo!, phi = e.hi!;
    for (;;) {
      if (this.slots[i] === null) return this.place(e, i);
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) if (this.slots[i + j] === null) return this.place(e, i + j);
      }
      plo = ((plo >>> 5) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> 5;
      i = ((i * 5 + 1 + plo) % TWO32) & mask;
    }
  }

  /** Puts an entry in a given slot (set_merge's verbatim copy); the caller keeps fill/used. */
  placeAt(e: Entry, i: number): void {
    this.place(e, i);
  }

  private place(e: Entry, i: number): void {
    this.slots[i] = e;
    e.slot = i;
  }

  resize(minused: number): void {
    let size = MIN_SIZE;
    while (size <= minused) size *= 2;
    const old = this.slots;
    this.slots = new Array(size).fill(null);
    this.mask = size - 1;
    this.fill = this.used;
    for (const s of old) if (s !== null && s !== DUMMY_SLOT) this.insertClean(s as Entry);
  }

  remove(e: Entry): void {
    this.slots[e.slot!] = DUMMY_SLOT;
    this.used--;
  }

  reset(): void {
    this.slots = new Array(MIN_SIZE).fill(null);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
  }

  /** The entry set.pop() removes: the first active slot from the finger on. */
  popEntry(): Entry | undefined {
    if (this.used === 0) return undefined;
    let i = this.finger & this.mask;
    while (this.slots[i] === null || this.slots[i] === DUMMY_SLOT) i = i === this.mask ? 0 : i + 1;
    this.finger = i + 1;
    return this.slots[i] as Entry;
  }

  *entries(): IterableIterator<Entry> {
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!;
      if (s !== null && s !== DUMMY_SLOT) yield s as Entry;
    }
  }

  hasDummies(): boolean {
    return this.fill !== this.used;
  }
}
