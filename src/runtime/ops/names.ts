// Name resolution helpers: module globals seeded from inputs, builtins for unbound globals, and
// the NameError family for unbound names.

import { runCtx } from '../state.js';
import { BUILTINS } from '../builtins/table.js';
import { raiseNew } from './raise.js';
import { PyExc_NameError, PyExc_UnboundLocalError } from '../core/exception-types.js';

export function initGlobal(name: string): unknown {
  if (name === '__name__') return '__main__';
  if (name === '__debug__') return true; // python3 without -O
  if (name === '__doc__') return null; // a module docstring is set by the generated code instead
  return runCtx.inputs.get(name);
}

export function globalMissing(name: string): unknown {
  const v = BUILTINS.get(name);
  if (v === undefined) raiseNew(PyExc_NameError, `name '${name}' is not defined`);
  return v;
}

export function unboundLocal(name: string): never {
  return raiseNew(PyExc_UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundFree(name: string): never {
  return raiseNew(PyExc_NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

export function unboundGlobal(name: string): never {
  return raiseNew(PyExc_NameError, `name '${name}' is not defined`);
}
