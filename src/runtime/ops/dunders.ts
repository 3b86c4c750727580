// Finding special methods a script class defines. Builtin types implement their behaviour natively
// in the ops modules; only script-defined dunders (found along a script class's MRO) are called.

import { lookupMro, type PyType } from '../core/pytype.js';
import { PyBuiltinFunction, BOXABLE_TYPES } from '../core/builtin-function.js';
import { typeOf } from '../core/type-of.js';

/**
 * A default inherited from a builtin type (object.__eq__, PyExc_BaseException.__str__, ...). The
 * special methods of int/float/str/tuple/set/frozenset are not defaults: they are how a boxed
 * subclass instance (types/boxed.ts) reaches its builtin behaviour.
 */
export function builtinDunder(f: unknown): boolean {
  return f instanceof PyBuiltinFunction && (f.owner === null || !BOXABLE_TYPES.has(f.owner));
}

/** The script-defined special method `name` of `t`, or undefined (also for builtin types). */
export function userDunderOfType(t: PyType, name: string): unknown {
  if (t.layout === 'builtin') return undefined;
  const f = lookupMro(t, name);
  return f === undefined || builtinDunder(f) ? undefined : f;
}

export function userDunder(v: unknown, name: string): unknown {
  if (typeof v !== 'object' || v === null) return undefined;
  return userDunderOfType(typeOf(v), name);
}
