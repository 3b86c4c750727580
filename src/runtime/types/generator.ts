// Generators: a compiled generator function is a JS `function*`; calling it yields a JS generator
// object that PyGenerator wraps with Python's protocol (send/throw/close, StopIteration(value),
// "generator already executing", GeneratorExit). By convention with codegen, a generator body does
// no depth bookkeeping: each resumption here counts as one call level.

import type { PyType } from '../core/pytype.js';
import { generatorType } from '../core/builtin-types.js';
import { S, runCtx } from '../state.js';
import { PyBaseException, PyExc_GeneratorExit, PyExc_StopIteration } from '../core/exception-types.js';
import { valueErr, runtimeErr, typeErr, prepareRaise, newExc, raiseNew } from '../ops/raise.js';
import { PyExc_RecursionError, PyExc_RuntimeError } from '../core/exception-types.js';
import { DONE } from './iterator.js';

export class PyGenerator {
  running = false;
  started = false;
  finished = false;
  /** The value of the `return` that just ended it, until reported as StopIteration.value. */
  returned: unknown = null;
  /** Exceptions its body was handling when it last yielded (CPython's gi_exc_state). */
  handling: unknown[] = [];
  constructor(
    readonly js: Generator<unknown, unknown, unknown>,
    readonly name: string,
    readonly qualname: string,
  ) {}
  get cls(): PyType {
    return generatorType;
  }
}

type Resume = (g: Generator<unknown, unknown, unknown>) => IteratorResult<unknown, unknown>;

/** Runs one resumption; returns the yielded value, or DONE with the return value in `returned`. */
function resume(g: PyGenerator, how: Resume): { value: unknown; done: boolean } {
  if (g.running) valueErr('generator already executing');
  if (g.finished) return { value: null, done: true };
  if (++S.depth > S.maxDepth) {
    S.depth--;
    raiseNew(PyExc_RecursionError, 'maximum recursion depth exceeded');
  }
  g.running = true;
  g.started = true;
  // The generator's own "exceptions being handled" sit on top of the caller's while it runs.
  const h = runCtx.handling;
  const base = h.length;
  if (g.handling.length > 0) h.push(...g.handling);
  try {
    const r = how(g.js);
    if (r.done) {
      g.finished = true;
      return { value: r.value === undefined ? null : r.value, done: true };
    }
    return { value: r.value, done: false };
  } catch (e) {
    g.finished = true;
    if (e instanceof PyBaseException && e.cls.mro.includes(PyExc_StopIteration)) {
      const re = newExc(PyExc_RuntimeError, 'generator raised StopIteration');
      re.cause = e;
      re.suppressContext = true;
      throw prepareRaise(re);
    }
    throw e;
  } finally {
    g.handling = h.length > base ? h.splice(base) : [];
    g.running = false;
    S.depth--;
  }
}


/** next(g) inside the runtime: the next value or DONE (never throws PyExc_StopIteration). */
export function genNext(g: PyGenerator): unknown {
  const r = resume(g, (j) => j.next(null));
  if (!r.done) return r.value;
  g.returned = r.value;
  return DONE;
}

/** Raises the StopIteration that ends `g`, carrying its return value once. */
export function genStop(g: PyGenerator): never {
  const v = g.returned;
  g.returned = null;
  return stopWith(v);
}

/** gen.send(v): the next value, or raises PyExc_StopIteration(return value). */
export function genSend(g: PyGenerator, v: unknown): unknown {
  if (!g.started && v !== null) typeErr("can't send non-None value to a just-started generator");
  const r = resume(g, (j) => j.next(v));
  return r.done ? stopWith(r.value) : r.value;
}

function stopWith(value: unknown): never {
  throw prepareRaise(value === null ? newExc(PyExc_StopIteration) : newExc(PyExc_StopIteration, value));
}

/** gen.throw(exc): raises exc at the paused yield. */
export function genThrow(g: PyGenerator, exc: PyBaseException): unknown {
  if (g.finished || !g.started) {
    g.finished = true;
    throw exc;
  }
  const r = resume(g, (j) => j.throw(exc));
  return r.done ? stopWith(r.value) : r.value;
}

/** gen.close(): PyExc_GeneratorExit at the paused yield; a generator that yields again is an error. */
export function genClose(g: PyGenerator): void {
  if (g.finished || !g.started) {
    g.finished = true;
    return;
  }
  let r: { value: unknown; done: boolean };
  try {
    r = resume(g, (j) => j.throw(prepareRaise(newExc(PyExc_GeneratorExit))));
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.mro.includes(PyExc_GeneratorExit) || e.cls.mro.includes(PyExc_StopIteration))) return;
    throw e;
  }
  if (!r.done) runtimeErr('generator ignored GeneratorExit');
}
