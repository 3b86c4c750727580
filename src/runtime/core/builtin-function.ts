// PyBuiltinFunction: a callable implemented in the runtime — builtins like `len` and the methods of
// builtin types (`list.append`). A method (owner set) binds to its instance on attribute access, as
// CPython's method descriptors do; a plain builtin does not bind even when stored in a class.

import { PyType, type NativeFn } from './pytype.js';
import { builtinFunctionType, methodDescriptorType } from './builtin-types.js';

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

/** Installs native methods on a builtin type's dict. */
export function defineMethods(t: PyType, methods: Record<string, NativeFn>): void {
  for (const name of Object.keys(methods)) t.dict.set(name, new PyBuiltinFunction(name, methods[name]!, t));
}

export function builtinFn(name: string, fn: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, null);
}
