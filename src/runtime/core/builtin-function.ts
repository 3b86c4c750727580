// PyBuiltinFunction: a callable implemented in the runtime — builtins like `len` and the methods of
// builtin types (`list.append`). A method (owner set) binds to its instance on attribute access, as
// CPython's method descriptors do; a plain builtin does not bind even when stored in a class.

import { PyType, type NativeFn } from './pytype.js';
import { builtinFunctionType, methodDescriptorType, intType, floatType, strType, tupleType, setType, frozensetType } from './builtin-types.js';
import { PyBoxed } from '../types/boxed.js';
import { checkedSlotArity } from './slot-arity.js';

export class PyBuiltinFunction {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** The type this is a method of (binds `self`), or null for a plain builtin function. */
    readonly owner: PyType | null,
  ) {}

  get cls(): PyType {
    return this.owner ? methodDescriptorType : builtinFunctionType;
  }
}

/** The builtin types script classes extend through PyBoxed (types/boxed.ts). */
export const BOXABLE_TYPES: ReadonlySet<PyType> = new Set([intType, floatType, strType, tupleType, setType, frozensetType]);

/** A method of a boxable type called on a boxed subclass instance works on the builtin value. */
function unboxingSelf(fn: NativeFn): NativeFn {
  return (args, kw) => {
    const self = args[0];
    if (!(self instanceof PyBoxed)) return fn(args, kw);
    const a = args.slice();
    a[0] = self.value;
    return fn(a, kw);
  };
}

/** Installs native methods on a builtin type's dict. */
export function defineMethods(t: PyType, methods: Record<string, NativeFn>): void {
  const unbox = BOXABLE_TYPES.has(t);
  for (const name of Object.keys(methods)) {
    const fn = checkedSlotArity(t, name, methods[name]!);
    t.dict.set(name, new PyBuiltinFunction(name, unbox ? unboxingSelf(fn) : fn, t));
  }
}

export function builtinFn(name: string, fn: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, null);
}
