// Finding special methods a script class defines. Builtin types implement their behaviour natively
// in the ops modules; only script-defined dunders (found along a script class's MRO) are called.

import { lookupMro, type PyType } from '../core/pytype.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import { typeOf } from '../core/type-of.js';

/** A default inherited from a builtin type (object.__eq__, PyExc_BaseException.__str__, ...). */
export function builtinDunder(f: unknown): boolean {
  return f instanceof PyBuiltinFunction;
}

/** The script-defined special method `name` of `t`, or undefined (also for builtin types). */
export function userDunderOfType(t: PyType, name: string): unknown {
  if (t.layout === 'builtin') return undefined;
  const f = lookupMro(t, name);
  return f === undefined || f instanceof PyBuiltinFunction ? undefined : f;
}

export function userDunder(v: unknown, name: string): unknown {
  if (typeof v !== 'object' || v === null) return undefined;
  return userDunderOfType(typeOf(v), name);
}
