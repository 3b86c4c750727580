// slice objects and the index arithmetic of slicing (CPython's PySlice_AdjustIndices).

import type { PyType } from '../core/pytype.js';
import { sliceType } from '../core/builtin-types.js';

export class PySlice {
  constructor(
    readonly start: unknown,
    readonly stop: unknown,
    readonly step: unknown,
  ) {}
  get cls(): PyType {
    return sliceType;
  }
}
