// Attribute access (`obj.name`, getattr/setattr/delattr) following CPython's generic algorithm:
// data descriptors on the type (property, getset) first, then the instance dict, then other type
// attributes bound as methods, then a script's __getattr__. Only Python-level tables (Maps) are
// consulted, never JS properties, so runtime internals are unreachable from scripts. Names the
// attribute policy refuses (builtins/dunder-allowlist.ts) are absent from every table: however a
// script computes one (getattr, str.format fields, super(), object.__setattr__), it gets exactly
// the AttributeError of a missing attribute.

import { PyType, lookupMro, typeType } from '../core/pytype.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import { PyGetSet } from '../core/getset.js';
import { typeOf } from '../core/type-of.js';
import { PyFunction, PyBoundMethod, PyProperty, PyStaticMethod, PyClassMethod, PySuper } from '../types/function.js';
import { PyInstance } from '../types/instance.js';
import { PyModule } from '../types/module.js';
import { PyBoxed } from '../types/boxed.js';
import { PyList } from '../types/list.js';
import { PyDict } from '../types/dict.js';
import { PyBaseException } from '../core/exception-types.js';
import { attrErr, typeErr } from './raise.js';
import { callArgs, callWithSelf } from './call.js';
import { userDunderOfType } from './dunders.js';
import { isRefusedAttribute, READ_ONLY_ATTRIBUTES } from '../builtins/dunder-allowlist.js';

/** The Map holding an object's own attributes, or null when it has none. */
export function instanceDict(obj: unknown): Map<string, unknown> | null {
  if (obj instanceof PyInstance || obj instanceof PyBaseException || obj instanceof PyFunction || obj instanceof PyModule || obj instanceof PyBoxed) return obj.dict;
  if (obj instanceof PyList || obj instanceof PyDict) return obj.attrs;
  return null;
}

/** Binds a class attribute found on `t` for access through instance `obj`. */
export function bindDescriptor(d: unknown, obj: unknown, t: PyType): unknown {
  if (d instanceof PyFunction) return new PyBoundMethod(obj, d);
  if (d instanceof PyBuiltinFunction && d.owner) return new PyBoundMethod(obj, d);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyClassMethod) return new PyBoundMethod(t, d.func);
  return d;
}

/** A script object used as a descriptor: its class's __get__ (else undefined). */
function descriptorGet(d: unknown): unknown {
  return d instanceof PyInstance ? userDunderOfType(d.cls, '__get__') : undefined;
}

/** Whether a script descriptor is a data descriptor (defines __set__ or __delete__). */
function isDataDescriptor(d: unknown): boolean {
  return d instanceof PyInstance && (userDunderOfType(d.cls, '__set__') !== undefined || userDunderOfType(d.cls, '__delete__') !== undefined);
}

function typeAttr(t: PyType, name: string): unknown {
  const meta = lookupMro(typeType, name);
  if (meta instanceof PyGetSet) return meta.get(t);
  const d = lookupMro(t, name);
  if (d !== undefined) {
    const get = descriptorGet(d);
    if (get !== undefined) return callWithSelf(get, d, [null, t]);
    if (d instanceof PyStaticMethod) return d.func;
    if (d instanceof PyClassMethod) return new PyBoundMethod(t, d.func);
    return d;
  }
  if (meta !== undefined) return bindDescriptor(meta, t, typeType);
  return undefined;
}

function superAttr(s: PySuper, name: string): unknown {
  const mro = s.startType.mro;
  let i = mro.indexOf(s.thisClass) + 1;
  for (; i < mro.length; i++) {
    const d = mro[i]!.dict.get(name);
    if (d === undefined) continue;
    if (d instanceof PyGetSet) return d.get(s.self);
    if (d instanceof PyProperty) return s.self instanceof PyType ? d : callArgs(d.fget, [s.self]);
    if (s.self instanceof PyType) {
      if (d instanceof PyClassMethod) return new PyBoundMethod(s.self, d.func);
      if (d instanceof PyStaticMethod) return d.func;
      return d;
    }
    return bindDescriptor(d, s.self, s.startType);
  }
  return undefined;
}

/** The attribute, or undefined when absent (no PyExc_AttributeError raised). */
export function lookupAttr(obj: unknown, name: string): unknown {
  if (isRefusedAttribute(name)) return missingAttr(obj, name);
  if (obj instanceof PyType) return typeAttr(obj, name);
  if (obj instanceof PySuper) {
    const r = superAttr(obj, name);
    if (r !== undefined) return r;
  }
  const t = typeOf(obj);
  const d = lookupMro(t, name);
  if (d instanceof PyProperty) {
    if (d.fget === null) attrErr(`property '${propertyName(d)}' of '${t.name}' object has no getter`);
    return callArgs(d.fget, [obj]);
  }
  if (d instanceof PyGetSet) return d.get(obj);
  const get = d === undefined ? undefined : descriptorGet(d);
  if (get !== undefined && isDataDescriptor(d)) return callWithSelf(get, d, [obj, t]);
  const own = instanceDict(obj);
  if (own !== null) {
    const v = own.get(name);
    if (v !== undefined) return v;
  }
  if (get !== undefined) return callWithSelf(get, d, [obj, t]);
  if (d !== undefined) return bindDescriptor(d, obj, t);
  return missingAttr(obj, name);
}

/** What CPython does when no table has the name: the script's __getattr__, if its class has one. */
function missingAttr(obj: unknown, name: string): unknown {
  if (obj instanceof PyType) return undefined;
  // CPython's method_getattro: what the method type lacks is looked up on the function.
  if (obj instanceof PyBoundMethod && obj.func instanceof PyFunction) return lookupAttr(obj.func, name);
  const ga = userDunderOfType(typeOf(obj), '__getattr__');
  return ga === undefined ? undefined : callWithSelf(ga, obj, [name]);
}

/** A store or delete of a refused or read-only name: refused as CPython refuses it on an object without that attribute. */
function refuseStore(obj: unknown, name: string): void {
  if (READ_ONLY_ATTRIBUTES.has(name)) attrErr(`attribute '${name}' of '${typeOf(obj).name}' objects is not writable`);
  if (!isRefusedAttribute(name)) return;
  if (obj instanceof PyType && obj.builtin) typeErr(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
  noAttribute(obj, name);
}

function propertyName(p: PyProperty): string {
  if (p.name !== null) return p.name;
  const f = p.fget ?? p.fset ?? p.fdel;
  return f instanceof PyFunction ? f.name : '?';
}

export function noAttribute(obj: unknown, name: string): never {
  if (obj instanceof PyType) attrErr(`type object '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyModule) attrErr(`module '${obj.name}' has no attribute '${name}'`);
  return attrErr(`'${typeOf(obj).name}' object has no attribute '${name}'`);
}

/** A bound method's missing attribute, as CPython words it: `[].append` is a builtin_function_or_method, a script method defers to its function. */
function noBoundMethodAttribute(m: PyBoundMethod, name: string): never {
  if (m.func instanceof PyBuiltinFunction) attrErr(`'builtin_function_or_method' object has no attribute '${name}'`);
  if (m.func instanceof PyFunction) attrErr(`'function' object has no attribute '${name}'`);
  return attrErr(`'method' object has no attribute '${name}'`);
}

export function getattr(obj: unknown, name: string): unknown {
  const v = lookupAttr(obj, name);
  if (v === undefined) {
    if (obj instanceof PyBoundMethod) noBoundMethodAttribute(obj, name);
    noAttribute(obj, name);
  }
  return v;
}

export function setattr(obj: unknown, name: string, value: unknown): void {
  if (obj instanceof PyType) {
    refuseStore(obj, name);
    if (obj.builtin) typeErr(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.dict.set(name, value);
    return;
  }
  const sa = userDunderOfType(typeOf(obj), '__setattr__');
  if (sa !== undefined) {
    callWithSelf(sa, obj, [name, value]);
    return;
  }
  genericSetattr(obj, name, value);
}

/** object.__setattr__: data descriptors, else the instance dict (no script __setattr__). */
export function genericSetattr(obj: unknown, name: string, value: unknown): void {
  refuseStore(obj, name);
  const t = typeOf(obj);
  const d = obj instanceof PyType ? undefined : lookupMro(t, name);
  const set = d instanceof PyInstance ? userDunderOfType(d.cls, '__set__') : undefined;
  if (set !== undefined) {
    callWithSelf(set, d, [obj, value]);
    return;
  }
  if (d instanceof PyProperty || d instanceof PyGetSet) {
    if (d instanceof PyProperty) {
      if (d.fset === null) attrErr(`property '${propertyName(d)}' of '${t.name}' object has no setter`);
      callArgs(d.fset, [obj, value]);
    } else {
      if (d.set === null) attrErr(`attribute '${name}' of '${t.name}' objects is not writable`);
      d.set(obj, value);
    }
    return;
  }
  const own = instanceDict(obj);
  if (own === null) noAttribute(obj, name);
  // A class declaring __slots__ has no instance dict: only the slot names can be set.
  if (t.slots !== null && !t.slots.has(name)) noAttribute(obj, name);
  own.set(name, value);
}

/** object.__delattr__. */
export function genericDelattr(obj: unknown, name: string): void {
  refuseStore(obj, name);
  const own = instanceDict(obj);
  if (own === null || !own.delete(name)) noAttribute(obj, name);
}

export function delattr(obj: unknown, name: string): void {
  if (obj instanceof PyType) {
    refuseStore(obj, name);
    if (obj.builtin) typeErr(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    if (!obj.dict.delete(name)) noAttribute(obj, name);
    return;
  }
  const t = typeOf(obj);
  const d = isRefusedAttribute(name) ? undefined : lookupMro(t, name);
  if (d instanceof PyProperty) {
    if (d.fdel === null) attrErr(`property '${propertyName(d)}' of '${t.name}' object has no deleter`);
    callArgs(d.fdel, [obj]);
    return;
  }
  const del = d instanceof PyInstance ? userDunderOfType(d.cls, '__delete__') : undefined;
  if (del !== undefined) {
    callWithSelf(del, d, [obj]);
    return;
  }
  const da = userDunderOfType(t, '__delattr__');
  if (da !== undefined) {
    callWithSelf(da, obj, [name]);
    return;
  }
  genericDelattr(obj, name);
}
