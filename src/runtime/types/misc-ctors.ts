// Constructors of object, type, property, staticmethod, classmethod, super, and the methods of
// property (getter/setter/deleter) — the builtin types scripts use to build classes.

import { objectType, typeType, type KwArgs } from '../core/pytype.js';
import { propertyType, staticmethodType, classmethodType, superType, functionType, builtinFunctionType, methodDescriptorType,
  methodType } from '../core/builtin-types.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import { PyBoundMethod } from './function.js';
import { getattr } from '../ops/attr.js';
import { defineMethods } from '../core/builtin-function.js';
import { defineGetters, PyGetSet } from '../core/getset.js';
import { PyInstance } from './instance.js';
import { PyProperty, PyStaticMethod, PyClassMethod, PyFunction } from './function.js';
import { noKw, argCount, kwArgs } from '../builtins/args.js';
import { typeErr, runtimeErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { superOf } from '../ops/classes.js';
import { pyStr } from '../ops/repr.js';
import { PyTuple } from './tuple.js';

objectType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  if (args.length > 0 || (kw !== null && kw.size > 0)) typeErr('object() takes no arguments');
  return new PyInstance(objectType);
};
// Instances of `object` itself are PyInstance objects of the builtin type.
objectType.layout = 'builtin';

typeType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('type', kw);
  if (args.length === 3) typeErr('type() with three arguments is not supported; use a class statement');
  if (args.length !== 1) typeErr('type() takes 1 or 3 arguments');
  return typeOf(args[0]);
};

propertyType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  const o = kwArgs('property', kw, ['fget', 'fset', 'fdel', 'doc']);
  argCount('property', args, 0, 4);
  const at = (i: number, name: string): unknown => (args.length > i ? args[i] : o.get(name) ?? null);
  return new PyProperty(at(0, 'fget'), at(1, 'fset'), at(2, 'fdel'), at(3, 'doc'));
};

defineMethods(propertyType, {
  getter: (args) => { const p = args[0] as PyProperty; return new PyProperty(args[1], p.fset, p.fdel, p.doc); },
  setter: (args) => { const p = args[0] as PyProperty; return new PyProperty(p.fget, args[1], p.fdel, p.doc); },
  deleter: (args) => { const p = args[0] as PyProperty; return new PyProperty(p.fget, p.fset, args[1], p.doc); },
});
defineGetters(propertyType, {
  fget: (p) => (p as PyProperty).fget,
  fset: (p) => (p as PyProperty).fset,
  fdel: (p) => (p as PyProperty).fdel,
  __doc__: (p) => (p as PyProperty).doc,
});

staticmethodType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('staticmethod', kw);
  argCount('staticmethod', args, 1, 1);
  return new PyStaticMethod(args[0]);
};
classmethodType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('classmethod', kw);
  argCount('classmethod', args, 1, 1);
  return new PyClassMethod(args[0]);
};
defineGetters(staticmethodType, { __func__: (s) => (s as PyStaticMethod).func });
defineGetters(classmethodType, { __func__: (s) => (s as PyClassMethod).func });

superType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('super', kw);
  if (args.length === 0) runtimeErr('super(): no arguments');
  argCount('super', args, 1, 2);
  if (args.length === 1) typeErr('super() with one argument is not supported');
  return superOf(args[0], args[1]);
};

function fnAttr(name: string, get: (f: PyFunction) => unknown, set: (f: PyFunction, v: unknown) => void): void {
  functionType.dict.set(name, new PyGetSet(name, (f) => get(f as PyFunction), (f, v) => set(f as PyFunction, v)));
}

function nameValue(attr: string, v: unknown): string {
  if (typeof v !== 'string') typeErr(`${attr} must be set to a string object`);
  return v as string;
}

// Writable, as decorators copy them onto wrappers (`wrapper.__name__ = fn.__name__`).
fnAttr('__name__', (f) => f.name, (f, v) => { f.name = nameValue('__name__', v); });
fnAttr('__qualname__', (f) => f.qualname, (f, v) => { f.qualname = nameValue('__qualname__', v); });
fnAttr('__doc__', (f) => f.doc, (f, v) => { f.doc = v; });
fnAttr('__module__', (f) => f.module, (f, v) => { f.module = v; });
defineGetters(functionType, {
  __defaults__: (f) => { const d = (f as PyFunction).meta.defaults; return d.length === 0 ? null : new PyTuple(d.slice()); },
});
for (const t of [builtinFunctionType, methodDescriptorType]) {
  defineGetters(t, {
    __name__: (f) => (f as PyBuiltinFunction).name,
    __qualname__: (f) => {
      const b = f as PyBuiltinFunction;
      return b.owner ? `${b.owner.name}.${b.name}` : b.name;
    },
    __doc__: () => null,
    __module__: (f) => ((f as PyBuiltinFunction).owner ? null : 'builtins'),
  });
}

defineGetters(methodType, {
  __self__: (m) => (m as PyBoundMethod).self,
  __func__: (m) => (m as PyBoundMethod).func,
  __name__: (m) => getattr((m as PyBoundMethod).func, '__name__'),
  __qualname__: (m) => getattr((m as PyBoundMethod).func, '__qualname__'),
  __doc__: (m) => getattr((m as PyBoundMethod).func, '__doc__'),
});

export const installedMiscCtors = true;
