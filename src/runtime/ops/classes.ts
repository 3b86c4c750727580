// Class statements: the namespace a class body writes into, building the PyType (C3 MRO, layout
// inherited from the bases), name lookups inside the body, and zero-argument super().

import { PyType, c3Mro, isSubtype, objectType, typeType } from '../core/pytype.js';
import { PyDict } from '../types/dict.js';
import { PySuper, PyFunction, PyClassMethod, PyStaticMethod, PyProperty } from '../types/function.js';
import { PyInstance } from '../types/instance.js';
import { userDunderOfType } from './dunders.js';
import { callArgs, callWithSelf, kwMap } from './call.js';
import type { KwArgs, Layout } from '../core/pytype.js';
import { listType, dictType } from '../core/builtin-types.js';
import { BOXABLE_TYPES } from '../core/builtin-function.js';
import { typeErr, runtimeErr, raiseNew } from './raise.js';
import { PyExc_NotImplementedError } from '../core/exception-types.js';

/** Builtin types CPython lets classes extend but Corral does not yet (a documented limitation). */
const SUBCLASSABLE_IN_CPYTHON: ReadonlySet<string> = new Set([
  'bytes', 'property', 'staticmethod', 'classmethod', 'super',
]);
import { typeOf } from '../core/type-of.js';
import { listFromIterable } from './iter.js';

export function classNamespace(name: string, qualname: string): PyDict {
  const ns = new PyDict();
  ns.table.set('__module__', '__main__');
  ns.table.set('__qualname__', qualname);
  void name;
  return ns;
}

export function makeClass(name: string, qualname: string, bases: unknown[], namespace: unknown, kwnames: string[], kwvalues: unknown[]): PyType {
  const bs: PyType[] = [];
  for (const b of bases) {
    if (!(b instanceof PyType)) typeErr(`bases must be types, not '${typeOf(b).name}'`);
    // A subclass of type is a metaclass: its methods would run on classes with the script's own
    // __new__/__init__/__call__ hooks. Restrict refuses a literal `type` base; this catches computed ones.
    if (isSubtype(b, typeType)) typeErr(`cannot subclass 'type': metaclasses are not supported`);
    if (!b.subclassable) {
      if (SUBCLASSABLE_IN_CPYTHON.has(b.name)) raiseNew(PyExc_NotImplementedError, `subclassing the builtin type '${b.name}' is not supported yet`);
      typeErr(`type '${b.name}' is not an acceptable base type`);
    }
    if (bs.includes(b)) typeErr(`duplicate base class ${b.name}`);
    bs.push(b);
  }
  if (bs.length === 0) bs.push(objectType);
  const layout = baseLayout(bs);
  const t = new PyType(name, bs, layout, false, '__main__');
  t.qualname = qualname;
  const mro = c3Mro(t, bs);
  if (!Array.isArray(mro)) typeErr(`Cannot create a consistent method resolution\norder (MRO) for bases ${mro.conflict.map((b) => b.name).join(', ')}`);
  t.mro = mro;
  const ns = namespace as PyDict;
  for (const e of ns.table.entries()) {
    if (typeof e.key !== 'string' || e.key === '__qualname__' || e.key === '__module__') continue;
    t.dict.set(e.key, e.value);
  }
  // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
  if (t.dict.has('__eq__') && !t.dict.has('__hash__')) t.dict.set('__hash__', null);
  t.slots = slotsOf(t);
  // __new__ is implicitly a static method.
  const nw = t.dict.get('__new__');
  if (nw instanceof PyFunction) t.dict.set('__new__', new PyStaticMethod(nw));
  // __init_subclass__ is implicitly a classmethod; `__set_name__` tells descriptors their names.
  const isub = t.dict.get('__init_subclass__');
  if (isub instanceof PyFunction) t.dict.set('__init_subclass__', new PyClassMethod(isub));
  for (const [attr, value] of Array.from(t.dict)) {
    if (value instanceof PyProperty) value.name = attr;
    const sn = value instanceof PyInstance ? userDunderOfType(value.cls, '__set_name__') : undefined;
    if (sn !== undefined) callWithSelf(sn, value, [t, attr]);
  }
  initSubclass(t, kwMap(kwnames, kwvalues));
  return t;
}

/**
 * The attribute names instances of `t` may hold when every script class along its MRO declares
 * `__slots__` (a str or an iterable of str) and none lists '__dict__'; else null.
 */
function slotsOf(t: PyType): ReadonlySet<string> | null {
  if (t.layout !== 'object') return null;
  const names = new Set<string>();
  for (const c of t.mro) {
    if (c.builtin) continue;
    const decl = c.dict.get('__slots__');
    if (decl === undefined) return null;
    for (const n of typeof decl === 'string' ? [decl] : listFromIterable(decl)) {
      if (typeof n !== 'string') typeErr(`__slots__ items must be strings, not '${typeOf(n).name}'`);
      names.add(n as string);
    }
  }
  return names.has('__dict__') ? null : names;
}

/** Calls the nearest base's script __init_subclass__ with the class keywords. */
function initSubclass(t: PyType, kw: KwArgs): void {
  for (const c of t.mro.slice(1)) {
    const f = c.dict.get('__init_subclass__');
    if (f === undefined) continue;
    if (f instanceof PyClassMethod) {
      callArgs(f.func, [t], kw);
      return;
    }
    break;
  }
}

/** The JS layout instances get: that of the first base that is not plain object. */
function baseLayout(bases: PyType[]): Layout {
  for (const b of bases) {
    if (b === listType || b.layout === 'list') return 'list';
    if (b === dictType || b.layout === 'dict') return 'dict';
    if (b.layout === 'exception') return 'exception';
    if (b.layout === 'boxed' || BOXABLE_TYPES.has(b)) return 'boxed';
  }
  return 'object';
}

export function classLookup(namespace: unknown, name: string): unknown {
  return (namespace as PyDict).table.get(name)?.value;
}

export function classStore(namespace: unknown, name: string, value: unknown): void {
  (namespace as PyDict).table.set(name, value);
}

export function classDelete(namespace: unknown, name: string): void {
  (namespace as PyDict).table.delete(name);
}

export function superOf(cls: unknown, self: unknown): PySuper {
  if (!(cls instanceof PyType)) runtimeErr('super(): __class__ cell not found');
  if (self === undefined) runtimeErr('super(): no arguments');
  const start = self instanceof PyType && isSubtype(self, cls) ? self : typeOf(self);
  if (!isSubtype(start, cls)) typeErr('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls, self, start);
}
