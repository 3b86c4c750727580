// PyBoxed: an instance of a script class that extends an immutable builtin — int, float, str,
// tuple, set, frozenset (`class Tag(str)`, `class Point(tuple)`). The builtin value it stands for
// lives in `value` (a JS primitive, PyFloat, PyTuple or PySet); the instance attributes in `dict`.
// Builtin methods and operators see `value` (core/builtin-function.ts unboxes `self`,
// ops/boxed-dunders.ts gives the builtin types delegating special methods), so results have the
// base type, as in CPython.

import type { PyType } from '../core/pytype.js';

export class PyBoxed {
  readonly dict = new Map<string, unknown>();
  constructor(
    readonly cls: PyType,
    readonly value: unknown,
  ) {}
}

/** The builtin value behind a boxed instance; any other value unchanged. */
export function unboxed(v: unknown): unknown {
  return v instanceof PyBoxed ? v.value : v;
}

/** Whether a boxed class hashes and compares as its builtin base (overrides neither __eq__ nor __hash__). */
export function keyedByValue(t: PyType): boolean {
  for (const c of t.mro) {
    if (c.builtin) return true;
    if (c.dict.has('__eq__') || c.dict.has('__hash__')) return false;
  }
  return true;
}
