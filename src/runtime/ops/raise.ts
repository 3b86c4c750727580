// Creating and throwing Python exceptions from inside the runtime, and capturing their traceback
// frames from V8's structured stack (only frames of the compiled script, outermost first).

import { PyBaseException, PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_KeyError, PyExc_AttributeError, PyExc_ZeroDivisionError,
  PyExc_OverflowError, PyExc_MemoryError, PyExc_RuntimeError, PyExc_StopIteration } from '../core/exception-types.js';
import type { PyType } from '../core/pytype.js';
import type { RawFrame } from '../protocol.js';
import { runCtx } from '../state.js';

interface CallSiteLike {
  getFileName(): string | null | undefined;
  getFunctionName(): string | null;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

type ErrorCtor = { prepareStackTrace?: unknown; stackTraceLimit: number; captureStackTrace(o: object): void };

/** Reads `holder.stack` as CallSites (V8 formats lazily through Error.prepareStackTrace). */
export function callSitesOf(read: () => unknown): CallSiteLike[] {
  const E = Error as unknown as ErrorCtor;
  const prev = E.prepareStackTrace;
  E.prepareStackTrace = (_: unknown, sites: CallSiteLike[]) => sites;
  try {
    const s = read();
    return Array.isArray(s) ? (s as CallSiteLike[]) : [];
  } finally {
    E.prepareStackTrace = prev;
  }
}

export function framesFromSites(sites: CallSiteLike[]): RawFrame[] {
  const out: RawFrame[] = [];
  for (const c of sites) {
    if (c.getFileName() !== runCtx.jsFilename) continue;
    out.push({ fn: c.getFunctionName() ?? '', line: c.getLineNumber() ?? 0, column: c.getColumnNumber() ?? 0 });
  }
  return out.reverse();
}

/**
 * Captures the stack at a raise. V8 records the frames now but builds them into CallSites only
 * when `stack` is first read, so an exception that is caught and dropped costs little; the frames
 * are resolved if the exception leaves the run (resolveFrames).
 */
export function captureStack(): { stack?: unknown } {
  const holder: { stack?: unknown } = {};
  (Error as unknown as ErrorCtor).captureStackTrace(holder);
  return holder;
}

export function resolveFrames(holder: { stack?: unknown }): RawFrame[] {
  return framesFromSites(callSitesOf(() => holder.stack));
}

/** An exception instance of a builtin exception type (not yet raised). */
export function newExc(t: PyType, ...args: unknown[]): PyBaseException {
  return new PyBaseException(t, args);
}

/** Prepares `e` for throwing: implicit context from the exception being handled, and frames. */
export function prepareRaise(e: PyBaseException): PyBaseException {
  const h = runCtx.handling;
  if (h.length > 0) {
    const ctx = h[h.length - 1] as PyBaseException;
    if (ctx !== e) {
      // CPython breaks context cycles: drop e from the chain before linking.
      let c: PyBaseException | null = ctx;
      while (c) {
        if (c.context === e) c.context = null;
        c = c.context;
      }
      e.context = ctx;
    }
  }
  e.keepTracebackForReraise();
  e.stackHolder = captureStack();
  return e;
}

/** Throws a new exception of builtin type `t` with message `msg` (no message when undefined). */
export function raiseNew(t: PyType, msg?: string): never {
  throw prepareRaise(msg === undefined ? newExc(t) : newExc(t, msg));
}

export function typeErr(msg: string): never {
  return raiseNew(PyExc_TypeError, msg);
}
export function valueErr(msg: string): never {
  return raiseNew(PyExc_ValueError, msg);
}
export function indexErr(msg: string): never {
  return raiseNew(PyExc_IndexError, msg);
}
export function keyErr(key: unknown): never {
  throw prepareRaise(newExc(PyExc_KeyError, key));
}
export function attrErr(msg: string): never {
  return raiseNew(PyExc_AttributeError, msg);
}
export function zeroDivErr(msg: string): never {
  return raiseNew(PyExc_ZeroDivisionError, msg);
}
export function overflowErr(msg: string): never {
  return raiseNew(PyExc_OverflowError, msg);
}
export function memoryErr(): never {
  return raiseNew(PyExc_MemoryError);
}
export function runtimeErr(msg: string): never {
  return raiseNew(PyExc_RuntimeError, msg);
}
export function stopIteration(value?: unknown): never {
  throw prepareRaise(value === undefined ? newExc(PyExc_StopIteration) : newExc(PyExc_StopIteration, value));
}
