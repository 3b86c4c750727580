// Calling Python values: script functions (fast path when only the positional parameters are
// passed, else ops/bind.ts), builtins, bound methods, classes (construction), and instances with
// __call__. Also the method-call shortcut `callMethod` that avoids materialising bound methods.

import { PyFunction, PyBoundMethod, PyStaticMethod, PyClassMethod, PySuper } from '../types/function.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import { PyType, lookupMro, type KwArgs } from '../core/pytype.js';
import { typeOf } from '../core/type-of.js';
import { typeErr, captureStack } from './raise.js';
import { PyBaseException } from '../core/exception-types.js';
import { bindArgs } from './bind.js';
import { construct } from './construct.js';
import { userDunder } from './dunders.js';
import { getattr, instanceDict } from './attr.js';
import { PyGenerator } from '../types/generator.js';
import { PyDict } from '../types/dict.js';
import { isRefusedAttribute } from '../builtins/dunder-allowlist.js';

export function callFunction(f: PyFunction, args: readonly unknown[], kw: KwArgs): unknown {
  const bound = bindArgs(f.meta, args, kw);
  const r = f.fn(...bound);
  return f.meta.generator ? new PyGenerator(r as Generator<unknown, unknown, unknown>, f.name, f.qualname) : r;
}

/** Calls `f` with positional `args` and optional keywords. */
export function callArgs(f: unknown, args: unknown[], kw: KwArgs = null): unknown {
  if (f instanceof PyFunction) {
    if (kw === null && f.simple && args.length === f.meta.positional) return f.fn(...args);
    return callFunction(f, args, kw);
  }
  if (f instanceof PyBuiltinFunction) {
    if (f.owner !== null) descriptorSelf(f, args);
    return f.fn(args, kw);
  }
  if (f instanceof PyBoundMethod) return callArgs(f.func, [f.self, ...args], kw);
  if (f instanceof PyType) return construct(f, args, kw);
  const c = userDunder(f, '__call__');
  if (c !== undefined) return callWithSelf(c, f, args, kw);
  return typeErr(`'${typeOf(f).name}' object is not callable`);
}

/**
 * A builtin method called through its type (`str.upper(x)`, `list.append(l, 1)`) checks its self
 * as CPython's method descriptors do, so a native method never runs on a value of another type.
 * `__new__` takes the class first (a static method in CPython).
 */
function descriptorSelf(f: PyBuiltinFunction, args: unknown[]): void {
  const owner = f.owner!;
  if (f.name === '__new__') return;
  if (args.length === 0) typeErr(`unbound method ${owner.name}.${f.name}() needs an argument`);
  const t = typeOf(args[0]);
  if (t !== owner && !t.mro.includes(owner)) {
    typeErr(`descriptor '${f.name}' for '${owner.name}' objects doesn't apply to a '${t.name}' object`);
  }
}

/** Calls a function found on a type (not yet bound) with `self` as its first argument. */
export function callWithSelf(f: unknown, self: unknown, args: unknown[], kw: KwArgs = null): unknown {
  if (f instanceof PyFunction) {
    if (kw === null && f.simple && args.length + 1 === f.meta.positional) return f.fn(self, ...args);
    return callFunction(f, [self, ...args], kw);
  }
  if (f instanceof PyBuiltinFunction) return f.owner ? f.fn([self, ...args], kw) : f.fn(args, kw);
  if (f instanceof PyStaticMethod) return callArgs(f.func, args, kw);
  if (f instanceof PyClassMethod) return callArgs(f.func, [self instanceof PyType ? self : typeOf(self), ...args], kw);
  return callArgs(f, args, kw);
}

export function call(f: unknown, ...args: unknown[]): unknown {
  if (f instanceof PyFunction && f.simple && args.length === f.meta.positional) return f.fn(...args);
  return callArgs(f, args, null);
}

export function kwMap(kwnames: string[], kwvalues: unknown[]): KwArgs {
  if (kwnames.length === 0) return null;
  const m = new Map<string, unknown>();
  for (let i = 0; i < kwnames.length; i++) m.set(kwnames[i]!, kwvalues[i]);
  return m;
}

export function callKw(f: unknown, args: unknown[], kwnames: string[], kwvalues: unknown[]): unknown {
  return callArgs(f, args, kwMap(kwnames, kwvalues));
}

export function callEx(f: unknown, args: unknown[], kwargs: unknown): unknown {
  let kw: KwArgs = null;
  if (kwargs instanceof PyDict && kwargs.table.size > 0) {
    kw = new Map();
    for (const e of kwargs.table.entries()) {
      if (typeof e.key !== 'string') typeErr('keywords must be strings');
      kw.set(e.key, e.value);
    }
  }
  return callArgs(f, args, kw);
}

/** `obj.name(args)`: calls a method found on the type directly with obj as self. */
export function callMethodArgs(obj: unknown, name: string, args: unknown[], kw: KwArgs): unknown {
  // Types and super objects resolve attributes differently (ops/attr.ts): no shortcut for them,
  // nor for names the attribute policy refuses (restrict refuses them statically; this keeps the
  // shortcut from being the one path that skips the policy).
  if (!(obj instanceof PyType) && !(obj instanceof PySuper) && !isRefusedAttribute(name)) {
    const t = typeOf(obj);
    const d = lookupMro(t, name);
    if (d instanceof PyBuiltinFunction && d.owner) return d.fn([obj, ...args], kw);
    if (d instanceof PyFunction && !instanceDict(obj)?.has(name)) {
      return callWithSelf(d, obj, args, kw);
    }
  }
  return callArgs(methodForCall(obj, name), args, kw);
}

/** getattr for `obj.name(...)`; a failure records its call site, where CPython underlines `obj.name` only. */
function methodForCall(obj: unknown, name: string): unknown {
  try {
    return getattr(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.calleeHolder === null && e.stackHolder !== null) e.calleeHolder = captureStack();
    throw e;
  }
}

export function callMethod(obj: unknown, name: string, ...args: unknown[]): unknown {
  return callMethodArgs(obj, name, args, null);
}

export function callMethodKw(obj: unknown, name: string, args: unknown[], kwnames: string[], kwvalues: unknown[]): unknown {
  return callMethodArgs(obj, name, args, kwMap(kwnames, kwvalues));
}
