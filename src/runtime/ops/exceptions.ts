// The exception statements of the ABI: raise / bare raise / except matching / assert, and `caught`,
// the first statement of every generated catch block. `caught` is where non-Python JS values are
// sorted out: limit signals and runtime bugs are re-thrown (so no script `except` can see them),
// and V8's stack overflow becomes RecursionError.

import { PyBaseException, PyExc_BaseException, PyExc_RecursionError, PyExc_RuntimeError, PyExc_AssertionError } from '../core/exception-types.js';
import { PyType, isSubtype } from '../core/pytype.js';
import { PyTuple } from '../types/tuple.js';
import { haltOn, haltRun, isAllocationFailure } from '../core/budget.js';
import { runCtx, S } from '../state.js';
import { prepareRaise, newExc, typeErr, callSitesOf, framesFromSites, raiseNew, captureStack } from './raise.js';
import { callArgs } from './call.js';
import { typeOf } from '../core/type-of.js';

function instantiate(exc: unknown, what: string): PyBaseException {
  if (exc instanceof PyType && isSubtype(exc, PyExc_BaseException)) {
    const e = callArgs(exc, []);
    if (!(e instanceof PyBaseException)) typeErr(`calling ${exc.name} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    return e;
  }
  if (exc instanceof PyBaseException) return exc;
  return typeErr(what);
}

export function raiseExc(exc: unknown, cause: unknown, hasCause: boolean): never {
  const e = instantiate(exc, 'exceptions must derive from BaseException');
  if (hasCause) {
    e.cause = cause === null ? null : instantiate(cause, 'exception causes must derive from BaseException');
    e.suppressContext = true;
  }
  throw prepareRaise(e);
}

export function reraise(): never {
  const h = runCtx.handling;
  if (h.length === 0) raiseNew(PyExc_RuntimeError, 'No active exception to reraise');
  throw h[h.length - 1];
}

function isStackOverflow(e: unknown): e is RangeError {
  return e instanceof RangeError && String(e.message).includes('call stack');
}

export function caught(e: unknown): unknown {
  // Once a limit has tripped nothing may handle anything, even a Python exception that some
  // runtime path raised in place of the signal.
  if (S.halt !== null) throw S.halt;
  if (e instanceof PyBaseException) {
    e.catchHolder = captureStack();
    runCtx.handling.push(e);
    return e;
  }
  if (isStackOverflow(e)) {
    const r = newExc(PyExc_RecursionError, 'maximum recursion depth exceeded');
    r.frames = framesFromSites(callSitesOf(() => (e as { stack?: unknown }).stack));
    r.catchHolder = captureStack();
    runCtx.handling.push(r);
    return r;
  }
  // A LimitSignal, or a JS error from a runtime bug: never visible to script code, and terminal.
  if (isAllocationFailure(e)) haltRun('memory');
  return haltOn(e);
}

export function handled(): void {
  runCtx.handling.pop();
}

export function excMatches(exc: unknown, t: unknown): boolean {
  const et = (exc as PyBaseException).cls;
  // Every item of a tuple must be an exception class (no nested tuples, unlike isinstance).
  const classes = t instanceof PyTuple ? t.items : [t];
  for (const c of classes) {
    if (!(c instanceof PyType) || !isSubtype(c, PyExc_BaseException)) {
      typeErr('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  return classes.some((c) => isSubtype(et, c as PyType));
}

export function assertFail(msg?: unknown): never {
  throw prepareRaise(msg === undefined ? newExc(PyExc_AssertionError) : newExc(PyExc_AssertionError, msg));
}

