// The `with` statement: looks up __enter__/__exit__ on the manager's type (as CPython does, not on
// the instance), and calls __exit__ with (type, value, traceback) or three Nones. The traceback is
// an opaque `traceback` object: `tb is not None` holds as in CPython, but it exposes no frames.

import { typeOf } from '../core/type-of.js';
import { PyType, lookupMro, objectType } from '../core/pytype.js';
import { typeErr } from './raise.js';
import { bindDescriptor } from './attr.js';
import { callArgs } from './call.js';
import { truthy } from './truthy.js';
import { PyBaseException } from '../core/exception-types.js';

const tracebackType = new PyType('traceback', [objectType], 'builtin', true);
tracebackType.subclassable = false;

/** The traceback argument of __exit__: no attributes, none settable (not a PyInstance, so no dict). */
class PyTraceback {
  get cls(): PyType {
    return tracebackType;
  }
}

export function withEnter(mgr: unknown): [unknown, unknown] {
  const t = typeOf(mgr);
  const enter = lookupMro(t, '__enter__');
  const exit = lookupMro(t, '__exit__');
  if (enter === undefined) typeErr(`'${t.name}' object does not support the context manager protocol`);
  if (exit === undefined) typeErr(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  const boundExit = bindDescriptor(exit, mgr, t);
  const value = callArgs(bindDescriptor(enter, mgr, t), []);
  return [boundExit, value];
}

export function withExit(exit: unknown, exc: unknown): boolean {
  if (exc === null || exc === undefined) {
    callArgs(exit, [null, null, null]);
    return false;
  }
  const e = exc as PyBaseException;
  return truthy(callArgs(exit, [e.cls, e, new PyTraceback()]));
}
