// The generator type's methods (send/throw/close/__next__), generator expressions, and
// `yield from` delegation.

import { generatorType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import { defineGetters } from '../core/getset.js';
import { PyGenerator, genNext, genSend, genThrow, genClose, genStop } from './generator.js';
import { DONE } from './iterator.js';
import { typeErr, prepareRaise } from '../ops/raise.js';
import { PyType, isSubtype } from '../core/pytype.js';
import { PyBaseException, PyExc_BaseException, PyExc_StopIteration } from '../core/exception-types.js';
import { callArgs } from '../ops/call.js';
import { pyIter, nextOf } from '../ops/iter.js';
import { lookupAttr } from '../ops/attr.js';

function genSelf(args: unknown[]): PyGenerator {
  return args[0] as PyGenerator;
}

function exceptionFrom(t: unknown, v: unknown): PyBaseException {
  if (t instanceof PyBaseException) return t;
  if (t instanceof PyType && isSubtype(t, PyExc_BaseException)) {
    const e = v === undefined || v === null ? callArgs(t, []) : v instanceof PyBaseException ? v : callArgs(t, [v]);
    return prepareRaise(e as PyBaseException);
  }
  return typeErr('exceptions must be classes or instances deriving from BaseException, not ' + (t === null ? 'NoneType' : typeof t));
}

defineMethods(generatorType, {
  __iter__: (args) => args[0],
  __next__: (args) => {
    const g = genSelf(args);
    const v = genNext(g);
    return v === DONE ? genStop(g) : v;
  },
  send: (args) => genSend(genSelf(args), args[1]),
  throw: (args) => genThrow(genSelf(args), exceptionFrom(args[1], args[2])),
  close: (args) => {
    genClose(genSelf(args));
    return null;
  },
});

defineGetters(generatorType, {
  __name__: (g) => (g as PyGenerator).name,
  __qualname__: (g) => (g as PyGenerator).qualname,
});

export function genexp(gen: Generator<unknown, unknown, unknown>, name: string, qualname: string): PyGenerator {
  return new PyGenerator(gen, name, qualname);
}

/**
 * `yield from obj`: a nested generator is delegated to with JS `yield*`, which forwards next/throw
 * and returns its return value; other iterables are iterated (sent values are dropped unless the
 * iterator has a `send` method).
 */
export function* yieldFrom(obj: unknown): Generator<unknown, unknown, unknown> {
  if (obj instanceof PyGenerator) {
    if (obj.running) typeErr('generator already executing');
    obj.started = true;
    const r = yield* obj.js;
    obj.finished = true;
    return r === undefined ? null : r;
  }
  const it = pyIter(obj);
  const send = lookupAttr(it, 'send');
  let sent: unknown = null;
  for (;;) {
    let v: unknown;
    try {
      v = sent === null || send === undefined ? nextOf(it) : callArgs(send, [sent]);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.mro.includes(PyExc_StopIteration)) return e.args.length > 0 ? e.args[0] : null;
      throw e;
    }
    if (v === DONE) return null;
    sent = yield v;
  }
}
