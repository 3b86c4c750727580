// list: PyList wraps a JS array (the items, in order). Methods of the list type are installed here.

import type { PyType } from '../core/pytype.js';
import { listType } from '../core/builtin-types.js';

export class PyList {
  constructor(public items: unknown[]) {}
  get cls(): PyType {
    return listType;
  }
}
