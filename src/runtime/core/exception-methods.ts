// Methods and attributes of BaseException and its builtin subclasses: args, __str__/__repr__,
// __cause__/__context__/__suppress_context__, StopIteration.value, SystemExit.code, ...

import { PyBaseException, PyExc_BaseException, PyExc_StopIteration, PyExc_SystemExit,
  PyExc_ImportError, PyExc_OSError, PyExc_NameError, PyExc_AttributeError } from './exception-types.js';
import { defineMethods } from './builtin-function.js';
import { PyGetSet } from './getset.js';
import { PyTuple } from '../types/tuple.js';
import { exceptionRepr, exceptionStr } from '../ops/repr.js';
import { typeErr } from '../ops/raise.js';
import { listFromIterable } from '../ops/iter.js';
import type { PyType } from './pytype.js';

function excSelf(args: unknown[]): PyBaseException {
  const e = args[0];
  if (!(e instanceof PyBaseException)) typeErr("descriptor requires a 'BaseException' object");
  return e as PyBaseException;
}

defineMethods(PyExc_BaseException, {
  __init__: (args) => {
    excSelf(args).args = args.slice(1);
    return null;
  },
  __str__: (args) => exceptionStr(excSelf(args)),
  __repr__: (args) => exceptionRepr(excSelf(args)),
  with_traceback: (args) => args[0],
  add_note: () => null,
});

function getset(t: PyType, name: string, get: (e: PyBaseException) => unknown, set: ((e: PyBaseException, v: unknown) => void) | null = null): void {
  t.dict.set(name, new PyGetSet(name, (o) => get(o as PyBaseException), set ? (o, v) => set(o as PyBaseException, v) : null));
}

getset(PyExc_BaseException, 'args', (e) => new PyTuple(e.args), (e, v) => { e.args = listFromIterable(v); });
getset(PyExc_BaseException, '__cause__', (e) => e.cause, (e, v) => {
  if (v !== null && !(v instanceof PyBaseException)) typeErr('exception cause must be None or derive from BaseException');
  e.cause = v as PyBaseException | null;
  e.suppressContext = true;
});
getset(PyExc_BaseException, '__context__', (e) => e.context, (e, v) => {
  if (v !== null && !(v instanceof PyBaseException)) typeErr('exception context must be None or derive from BaseException');
  e.context = v as PyBaseException | null;
});
getset(PyExc_BaseException, '__suppress_context__', (e) => e.suppressContext, (e, v) => { e.suppressContext = v === true; });
getset(PyExc_BaseException, '__traceback__', () => null);

const firstArg = (e: PyBaseException): unknown => (e.args.length > 0 ? e.args[0] : null);
getset(PyExc_StopIteration, 'value', firstArg);
getset(PyExc_SystemExit, 'code', (e) => (e.args.length === 0 ? null : e.args.length === 1 ? e.args[0] : new PyTuple(e.args)));
getset(PyExc_ImportError, 'name', () => null);
getset(PyExc_ImportError, 'msg', firstArg);
getset(PyExc_NameError, 'name', () => null);
getset(PyExc_AttributeError, 'name', () => null);
getset(PyExc_AttributeError, 'obj', () => null);
getset(PyExc_OSError, 'errno', (e) => (e.args.length >= 2 ? e.args[0] : null));
getset(PyExc_OSError, 'strerror', (e) => (e.args.length >= 2 ? e.args[1] : null));
getset(PyExc_OSError, 'filename', (e) => (e.args.length >= 3 ? e.args[2] : null));
export const installedExceptionMethods = true;
