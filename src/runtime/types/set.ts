// set and frozenset: both over a HashTable whose entry values are unused, laid out like CPython's
// set table so iteration order matches (core/set-slots.ts).

import type { PyType } from '../core/pytype.js';
import { setType, frozensetType } from '../core/builtin-types.js';
import { HashTable } from '../core/hashtable.js';

export class PySet {
  readonly table = new HashTable(true);
  constructor(readonly frozen: boolean) {}
  get cls(): PyType {
    return this.frozen ? frozensetType : setType;
  }
}
