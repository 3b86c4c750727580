// list: PyList wraps a JS array (the items, in order). Methods of the list type are installed here.

import type { PyType } from '../core/pytype.js';
import { listType } from '../core/builtin-types.js';

export class PyList {
  /** For instances of a script subclass of list: the class, and the instance attributes. */
  sub: PyType | null = null;
  attrs: Map<string, unknown> | null = null;
  constructor(public items: unknown[]) {}
  get cls(): PyType {
    return this.sub ?? listType;
  }
}
