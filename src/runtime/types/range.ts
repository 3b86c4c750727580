// range: an immutable arithmetic progression (start, stop, step are ints, step != 0).

import type { PyType } from '../core/pytype.js';
import { rangeType } from '../core/builtin-types.js';

export class PyRange {
  readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.length = Math.max(0, n);
  }
  get cls(): PyType {
    return rangeType;
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
}
