// The methods of `object` and `type` that script classes inherit or call explicitly
// (`super().__init__()`, `object.__repr__(self)`), and the getset attributes every object and
// class has (`__class__`, `__name__`, ...). Only names the attribute policy allows
// (builtins/dunder-allowlist.ts) are defined: `__dict__`, `__mro__`, `__bases__` and
// `__getattribute__` would be refused anyway, so they do not exist here (`type.mro()` does).

import { PyType, objectType, typeType } from './pytype.js';
import { defineMethods, builtinFn } from './builtin-function.js';
import { PyClassMethod } from '../types/function.js';
import { defineGetters, PyGetSet } from './getset.js';
import { PyList } from '../types/list.js';
import { typeOf } from './type-of.js';
import { defaultRepr, pyRepr, pyStr } from '../ops/repr.js';
import { NotImplemented } from './singletons.js';
import { objectId } from '../ops/identity.js';
import { genericSetattr, genericDelattr } from '../ops/attr.js';
import { typeErr } from '../ops/raise.js';
import { PyInstance } from '../types/instance.js';

function attrNameArg(v: unknown): string {
  if (typeof v !== 'string') typeErr(`attribute name must be string, not '${typeOf(v).name}'`);
  return v as string;
}

defineMethods(objectType, {
  __init__: () => null,
  __new__: (args) => {
    const t = args[0];
    if (!(t instanceof PyType) || t.layout !== 'object') typeErr('object.__new__(X): X is not a type object');
    return new PyInstance(t as PyType);
  },
  __repr__: (args) => defaultRepr(args[0]),
  __str__: (args) => pyRepr(args[0]),
  __eq__: (args) => (args[0] === args[1] ? true : NotImplemented),
  __ne__: (args) => (args[0] === args[1] ? false : NotImplemented),
  __hash__: (args) => Math.floor(objectId(args[0]) / 16),
  // The generic attribute algorithm, for scripts that override __setattr__ and delegate back.
  __setattr__: (args) => {
    genericSetattr(args[0], attrNameArg(args[1]), args[2]);
    return null;
  },
  __delattr__: (args) => {
    genericDelattr(args[0], attrNameArg(args[1]));
    return null;
  },
  __format__: (args) => {
    if (args[1] !== '') typeErr(`unsupported format string passed to ${typeOf(args[0]).name}.__format__`);
    return pyStr(args[0]);
  },
});

// `super().__init_subclass__(**kw)` ends here: object's version accepts no class keywords.
objectType.dict.set('__init_subclass__', new PyClassMethod(builtinFn('__init_subclass__', (args, kw) => {
  if (kw !== null && kw.size > 0) typeErr(`${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
  return null;
})));

objectType.dict.set('__class__', new PyGetSet('__class__', (o) => typeOf(o)));

defineGetters(typeType, {
  __name__: (t) => (t as PyType).name,
  __qualname__: (t) => (t as PyType).qualname,
  __module__: (t) => (t as PyType).module,
  __doc__: (t) => {
    const d = (t as PyType).dict.get('__doc__');
    return d === undefined ? null : d;
  },
});

defineMethods(typeType, {
  mro: (args) => new PyList([...(args[0] as PyType).mro]),
});
export const installedObjectMethods = true;
