// Stable sorting with Python's rules: only `<` is used, keys are computed once per item, and
// reverse=True keeps equal items in their original order (as CPython's reverse-stable sort).

import { lt } from './compare.js';
import { truthy } from './truthy.js';
import { call } from './call.js';
import { charge } from '../core/budget.js';
import { typeErr } from './raise.js';
import { indexOf } from '../types/int-methods.js';
import type { KwArgs } from '../core/pytype.js';

export function sortItems(items: unknown[], key: unknown, reverse: boolean): unknown[] {
  const n = items.length;
  charge(n < 2 ? n : Math.ceil(n * Math.log2(n)));
  const keys = key === null ? items : items.map((x) => call(key, x));
  const idx = Array.from({ length: n }, (_, i) => i);
  const less = (a: number, b: number): boolean => truthy(lt(keys[a], keys[b]));
  idx.sort(reverse ? (a, b) => (less(b, a) ? -1 : less(a, b) ? 1 : 0) : (a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
  return idx.map((i) => items[i]);
}

/** The key and reverse keywords of list.sort() and sorted(), worded as CPython's sort() rejects others. */
export function sortKeywords(kw: KwArgs): { key: unknown; reverse: boolean } {
  let key: unknown = null, reverse = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      // CPython parses reverse as an int ('i'): None or a str is a TypeError.
      else if (k === 'reverse') reverse = Number(indexOf(v)) !== 0;
      else typeErr(`'${k}' is an invalid keyword argument for sort()`);
    }
  }
  return { key, reverse };
}
