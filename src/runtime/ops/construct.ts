// Calling a class: builtin types build through their native constructor; script classes get a new
// instance of their layout (PyInstance, PyBaseException for exception subclasses, PyList/PyDict,
// or PyBoxed around the builtin value for subclasses of int/float/str/tuple/set/frozenset), then
// __init__.

import { PyType, lookupMro, type KwArgs } from '../core/pytype.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import { PyBaseException } from '../core/exception-types.js';
import { PyInstance } from '../types/instance.js';
import { typeErr } from './raise.js';
import { callArgs, callWithSelf } from './call.js';
import { typeOf } from '../core/type-of.js';
import { PyStaticMethod } from '../types/function.js';
import { PyList } from '../types/list.js';
import { PyDict } from '../types/dict.js';
import { newBoxed } from './boxed-dunders.js';

export function construct(t: PyType, args: unknown[], kw: KwArgs): unknown {
  if (t.layout === 'builtin') {
    if (t.ctor === null) typeErr(`cannot create '${t.name}' instances`);
    return t.ctor(args, kw);
  }
  let obj: unknown;
  const nw = lookupMro(t, '__new__');
  if (nw !== undefined && !(nw instanceof PyBuiltinFunction)) {
    obj = callArgs(nw instanceof PyStaticMethod ? nw.func : nw, [t, ...args], kw);
    if (!(typeOf(obj) === t || typeOf(obj).mro.includes(t))) return obj;
  } else if (t.layout === 'boxed') {
    obj = newBoxed(t, args, kw);
  } else if (t.layout === 'list' || t.layout === 'dict') {
    const c = t.layout === 'list' ? new PyList([]) : new PyDict();
    c.sub = t;
    c.attrs = new Map();
    obj = c;
  } else {
    obj = t.layout === 'exception' ? new PyBaseException(t, args) : new PyInstance(t);
  }
  const init = lookupMro(t, '__init__');
  if (init instanceof PyBuiltinFunction && (t.layout === 'list' || t.layout === 'dict')) {
    init.fn([obj, ...args], kw); // list.__init__ / dict.__init__ fill the new container
    return obj;
  }
  if (init instanceof PyBuiltinFunction) {
    if (t.layout === 'boxed') return obj;
    const hasKw = kw !== null && kw.size > 0;
    // object.__init__ refuses any argument, positional or keyword, when __new__ is object's too.
    if (t.layout === 'object' && (args.length > 0 || hasKw) && (nw === undefined || nw instanceof PyBuiltinFunction)) {
      typeErr(`${t.name}() takes no arguments`);
    }
    if (hasKw) typeErr(`${t.name}() takes no keyword arguments`);
    return obj;
  }
  const r = callWithSelf(init, obj, args, kw);
  if (r !== null) typeErr(`__init__() should return None, not '${typeOf(r).name}'`);
  return obj;
}
