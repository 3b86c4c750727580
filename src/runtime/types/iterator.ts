// PyIterator: the builtin iterator objects (list_iterator, map, zip, enumerate, ...), each a JS
// closure producing the next item or DONE. One JS class, parameterised by its Python type.

import { PyType } from '../core/pytype.js';
import { objectType } from '../core/pytype.js';
import { defineMethods } from '../core/builtin-function.js';
import { stopIteration } from '../ops/raise.js';

/** Marks exhaustion inside the runtime, so iteration does not throw PyExc_StopIteration internally. */
export const DONE: unique symbol = Symbol('done');
export type NextFn = () => unknown;

export class PyIterator {
  constructor(
    readonly cls: PyType,
    readonly next: NextFn,
  ) {}
}

/** Iterator type objects by name, created on first use so each builtin can name its own. */
export const iteratorTypes = new Map<string, PyType>();

export function iteratorType(name: string): PyType {
  let t = iteratorTypes.get(name);
  if (t === undefined) {
    t = new PyType(name, [objectType], 'builtin', true);
    t.subclassable = false;
    defineMethods(t, {
      __iter__: (args) => args[0],
      __next__: (args) => {
        const v = (args[0] as PyIterator).next();
        return v === DONE ? stopIteration() : v;
      },
    });
    iteratorTypes.set(name, t);
  }
  return t;
}
