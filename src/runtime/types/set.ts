// set and frozenset: both over a HashTable whose entry values are unused.

import type { PyType } from '../core/pytype.js';
import { setType, frozensetType } from '../core/builtin-types.js';
import { HashTable } from '../core/hashtable.js';

export class PySet {
  readonly table = new HashTable();
  constructor(readonly frozen: boolean) {}
  get cls(): PyType {
    return this.frozen ? frozensetType : setType;
  }
}
