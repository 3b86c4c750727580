// Script functions (PyFunction: a compiled JS function plus its FunctionMeta), bound methods, and
// the descriptor wrappers property / staticmethod / classmethod.

import type { PyType } from '../core/pytype.js';
import type { FunctionMeta } from '../abi.js';
import { functionType, methodType, propertyType, staticmethodType, classmethodType, superType } from '../core/builtin-types.js';

export class PyFunction {
  readonly dict = new Map<string, unknown>();
  /** Fast path: the call needs exactly `positional` positional arguments and nothing else. */
  readonly simple: boolean;
  name: string;
  qualname: string;
  doc: unknown = null;
  module: unknown = '__main__';
  constructor(
    readonly fn: Function,
    readonly meta: FunctionMeta,
  ) {
    this.name = meta.name;
    this.qualname = meta.qualname;
    if (meta.doc !== undefined) this.doc = meta.doc;
    this.simple = !meta.varargs && !meta.varkw && meta.kwonly === 0 && !meta.generator;
  }
  get cls(): PyType {
    return functionType;
  }
}

export class PyBoundMethod {
  constructor(
    readonly self: unknown,
    readonly func: unknown,
  ) {}
  get cls(): PyType {
    return methodType;
  }
}

export class PyProperty {
  /** The class attribute it was assigned to (CPython's property __set_name__), named in error messages. */
  name: string | null = null;
  constructor(
    readonly fget: unknown,
    readonly fset: unknown,
    readonly fdel: unknown,
    readonly doc: unknown,
  ) {}
  get cls(): PyType {
    return propertyType;
  }
}

export class PyStaticMethod {
  constructor(readonly func: unknown) {}
  get cls(): PyType {
    return staticmethodType;
  }
}

export class PyClassMethod {
  constructor(readonly func: unknown) {}
  get cls(): PyType {
    return classmethodType;
  }
}

export class PySuper {
  constructor(
    readonly thisClass: PyType,
    readonly self: unknown,
    /** The type whose MRO is searched: type(self), or self when self is a class. */
    readonly startType: PyType,
  ) {}
  get cls(): PyType {
    return superType;
  }
}
