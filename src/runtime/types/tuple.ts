// tuple: PyTuple wraps a JS array that is never mutated after construction.

import type { PyType } from '../core/pytype.js';
import { tupleType } from '../core/builtin-types.js';

export class PyTuple {
  constructor(readonly items: readonly unknown[]) {}
  get cls(): PyType {
    return tupleType;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
