// dict: PyDict over a HashTable (insertion-ordered, Python key equality), and its views.

import type { PyType } from '../core/pytype.js';
import { dictType, dictKeysType, dictValuesType, dictItemsType } from '../core/builtin-types.js';
import { HashTable } from '../core/hashtable.js';

export class PyDict {
  readonly table = new HashTable();
  /** For instances of a script subclass of dict: the class, and the instance attributes. */
  sub: PyType | null = null;
  attrs: Map<string, unknown> | null = null;
  get cls(): PyType {
    return this.sub ?? dictType;
  }
}

export type DictViewKind = 'keys' | 'values' | 'items';

export class PyDictView {
  constructor(
    readonly dict: PyDict,
    readonly kind: DictViewKind,
  ) {}
  get cls(): PyType {
    return this.kind === 'keys' ? dictKeysType : this.kind === 'values' ? dictValuesType : dictItemsType;
  }
}
