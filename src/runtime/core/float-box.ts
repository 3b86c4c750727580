// PyFloat: the boxed form of a float whose value is integral (1.0, -0.0, 1e300). Non-integral floats
// are plain JS numbers; ints are integral JS numbers, so the box is what tells 1.0 from 1.

import type { PyType } from './pytype.js';
import { floatType } from './builtin-types.js';

export class PyFloat {
  constructor(readonly value: number) {}
  get cls(): PyType {
    return floatType;
  }
}

/** A Python float for a JS number: boxed when integral (incl. -0), plain otherwise. */
export function mkFloat(x: number): number | PyFloat {
  return Number.isInteger(x) ? new PyFloat(x) : x;
}
