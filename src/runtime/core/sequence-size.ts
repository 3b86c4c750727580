// Size checks before a list or tuple is built whose length is known up front (`[0] * n`, `l *= n`,
// `list(range(n))`, concatenation): Python MemoryError when the result would pass the byte budget
// (eight bytes an item, Limits.maxBytes), before anything is allocated (security invariant 5).
// Growth that cannot be sized up front (append in a loop) stays on checkItems / the memory limit.

import { checkBytes, checkItems } from './budget.js';
import { overflowErr } from '../ops/raise.js';
import type { Int } from './int-math.js';

/** Bytes a list or tuple item is counted as. */
export const BYTES_PER_ITEM = 8;

export function checkSequenceSize(items: number): void {
  checkBytes(items * BYTES_PER_ITEM);
  checkItems(items);
}

/** A repeat count as CPython takes it: OverflowError when it does not fit a Py_ssize_t. */
export function repeatCount(n: Int): number {
  if (n > 9223372036854775807n || n < -9223372036854775808n) overflowErr("cannot fit 'int' into an index-sized integer");
  return Number(n);
}

/** Bytes a dict or set entry is counted as (the terminal cap, runCtx.maxEntries, is a quarter of this per heap byte). */
export const BYTES_PER_ENTRY = 32;

/** Before building a dict or set of `entries` entries known up front (`set(range(n))`, `dict.fromkeys`). */
export function checkTableSize(entries: number): void {
  checkBytes(entries * BYTES_PER_ENTRY);
}
