// The runtime's entry point, evaluated once per run context. Builds `$rt`, the RuntimeABI object
// generated code calls (abi.ts), and defines `globalThis.$corral` (protocol.ts) — the only global
// the bundle creates. `$corral.run` resets all state, seeds the inputs, runs the compiled module
// and turns whatever happens into a RunOutcome the host can copy out.

import type { RuntimeABI } from './abi.js';
import type { CorralEntry, RunOutcome, RunRequest, WriteCallback, RaisedException, SystemExitInfo } from './protocol.js';
import { S, runCtx, resetState } from './state.js';
import { LimitSignal } from './core/signals.js';
import { refillOps, memoryLimit, setMemoryCaps, opsUsed, publishOps, isAllocationFailure } from './core/budget.js';
import { PyFloat } from './core/float-box.js';
import { Ellipsis } from './core/singletons.js';
import { PyBaseException, PyExc_RecursionError, PyExc_SystemExit } from './core/exception-types.js';
import { isSubtype } from './core/pytype.js';
import { raiseNew, newExc, prepareRaise, callSitesOf, framesFromSites } from './ops/raise.js';
import { add, sub, mul, neg, pos, invert, binaryOp, inplaceOp } from './ops/arith.js';
import { truthy } from './ops/truthy.js';
import { eq, ne, lt, le, gt, ge } from './ops/compare.js';
import { contains } from './ops/contains.js';
import { getattr, setattr, delattr } from './ops/attr.js';
import { getitem, setitem, delitem } from './ops/item.js';
import { call, callArgs, kwMap, callKw, callEx, callMethod, callMethodKw } from './ops/call.js';
import { spreadInto, iterate, unpack, unpackStar } from './ops/iter.js';
import { mergeKwargs, spreadArgs } from './ops/kwargs.js';
import { classNamespace, makeClass, classLookup, classStore, classDelete, superOf } from './ops/classes.js';
import { raiseExc, reraise, caught, handled, excMatches, assertFail } from './ops/exceptions.js';
import { withEnter, withExit } from './ops/context.js';
import { matchSequence, matchMapping, matchKeys, matchClass } from './ops/match.js';
import { initGlobal, globalMissing, unboundLocal, unboundFree, unboundGlobal } from './ops/names.js';
import { pyRepr, pyStr, qualifiedTypeName } from './ops/repr.js';
import { formatValue } from './ops/format.js';
import { asciiOf } from './builtins/introspection.js';
import { importModule, importFrom } from './modules/registry.js';
import { genexp, yieldFrom } from './types/generator-methods.js';
import { PyFunction } from './types/function.js';
import { PyList } from './types/list.js';
import { PyTuple } from './types/tuple.js';
import { PyDict } from './types/dict.js';
import { PySet } from './types/set.js';
import { constantSetDisplay } from './ops/set-algebra.js';
import { PySlice } from './types/slice.js';
import { bytesFromLatin1 } from './types/bytes.js';
import { toMarshalled, fromMarshalled, MarshalError } from './marshal.js';
import { flushOutput } from './output.js';
import { checkTextSize, setTextSizeLimit } from './text/size-limit.js';
import { textCall } from './ops/text-errors.js';
import { installTypes } from './install.js';
import { chargeLongText } from './text/text-cost.js';
import { resetCpCache } from './text/codepoints.js';

installTypes();

const rt = {
  state: S,
  // Returns after refilling a slice; throws the ops limit only when the budget is gone.
  outOfOps: refillOps,
  tooDeep(): never {
    S.depth--;
    // CPython fails the call itself: the traceback ends at the call site, not in the callee's prologue.
    const e = newExc(PyExc_RecursionError, 'maximum recursion depth exceeded');
    e.raisedAtCallSite = true;
    throw prepareRaise(e);
  },
  float: (value: number) => new PyFloat(value),
  bytes: bytesFromLatin1,
  Ellipsis,
  initGlobal,
  moduleEnd,
  globalMissing,
  unboundLocal,
  unboundFree,
  unboundGlobal,
  add,
  sub,
  mul,
  truediv: (a: unknown, b: unknown) => binaryOp('/', a, b),
  floordiv: (a: unknown, b: unknown) => binaryOp('//', a, b),
  mod: (a: unknown, b: unknown) => binaryOp('%', a, b),
  pow: (a: unknown, b: unknown) => binaryOp('**', a, b),
  lshift: (a: unknown, b: unknown) => binaryOp('<<', a, b),
  rshift: (a: unknown, b: unknown) => binaryOp('>>', a, b),
  bitand: (a: unknown, b: unknown) => binaryOp('&', a, b),
  bitor: (a: unknown, b: unknown) => binaryOp('|', a, b),
  bitxor: (a: unknown, b: unknown) => binaryOp('^', a, b),
  matmul: (a: unknown, b: unknown) => binaryOp('@', a, b),
  iadd: (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? add(a, b) : inplaceOp('+', a, b)),
  isub: (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? sub(a, b) : inplaceOp('-', a, b)),
  imul: (a: unknown, b: unknown) => inplaceOp('*', a, b),
  itruediv: (a: unknown, b: unknown) => inplaceOp('/', a, b),
  ifloordiv: (a: unknown, b: unknown) => inplaceOp('//', a, b),
  imod: (a: unknown, b: unknown) => inplaceOp('%', a, b),
  ipow: (a: unknown, b: unknown) => inplaceOp('**', a, b),
  ilshift: (a: unknown, b: unknown) => inplaceOp('<<', a, b),
  irshift: (a: unknown, b: unknown) => inplaceOp('>>', a, b),
  ibitand: (a: unknown, b: unknown) => inplaceOp('&', a, b),
  ibitor: (a: unknown, b: unknown) => inplaceOp('|', a, b),
  ibitxor: (a: unknown, b: unknown) => inplaceOp('^', a, b),
  imatmul: (a: unknown, b: unknown) => inplaceOp('@', a, b),
  neg,
  pos,
  invert,
  truthy,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  is: (a: unknown, b: unknown) => isSame(a, b),
  isNot: (a: unknown, b: unknown) => !isSame(a, b),
  contains,
  notContains: (c: unknown, x: unknown) => !contains(c, x),
  getattr,
  setattr,
  delattr,
  getitem,
  setitem,
  delitem,
  slice: (lower: unknown, upper: unknown, step: unknown) => new PySlice(lower, upper, step),
  call,
  callKw,
  callEx,
  callMethod,
  callMethodKw,
  spreadInto,
  spreadArgs,
  mergeKwargs,
  def: (fn: Function, meta: import('./abi.js').FunctionMeta) => new PyFunction(fn, meta),
  classNamespace,
  makeClass,
  classLookup,
  classStore,
  classDelete,
  superOf,
  list: (items: unknown[]) => new PyList(items),
  tuple: (items: unknown[]) => new PyTuple(items),
  dict: (flat: unknown[]) => {
    const d = new PyDict();
    for (let i = 0; i < flat.length; i += 2) d.table.set(flat[i], flat[i + 1]);
    return d;
  },
  set: (items: unknown[]) => {
    const s = new PySet(false);
    for (const x of items) s.table.set(x, null);
    return s;
  },
  constSet: (items: unknown[]) => constantSetDisplay(items),
  listAppend: (l: unknown, x: unknown) => {
    const items = (l as PyList).items;
    if (items.length >= runCtx.maxItems) memoryLimit();
    items.push(x);
  },
  setAdd: (s: unknown, x: unknown) => {
    (s as PySet).table.set(x, null);
  },
  dictSet: (d: unknown, k: unknown, v: unknown) => {
    (d as PyDict).table.set(k, v);
  },
  iterate,
  unpack,
  unpackStar,
  genexp,
  yieldFrom,
  str: pyStr,
  repr: pyRepr,
  ascii: asciiOf,
  format: formatValue,
  concat: (...parts: string[]) => {
    let n = 0;
    for (const p of parts) n += p.length;
    textCall(() => checkTextSize(n));
    chargeLongText(n);
    return parts.join('');
  },
  raise: raiseExc,
  reraise,
  caught,
  handled,
  excMatches,
  assertFail,
  withEnter,
  withExit,
  import: importModule,
  importFrom,
  matchSequence,
  matchMapping,
  matchKeys,
  matchClass,
} satisfies RuntimeABI;
Object.freeze(rt);

/** `is`: identity; primitives compare by value (small ints and interned strings are shared in CPython too). */
function isSame(a: unknown, b: unknown): boolean {
  if (a instanceof PyFloat && b instanceof PyFloat) return a === b;
  return a === b || (typeof a === 'number' && Number.isNaN(a) && Object.is(a, b));
}

function exceptionTypeName(e: PyBaseException): string {
  return e.cls.module === '__main__' ? e.cls.qualname : qualifiedTypeName(e.cls);
}

/** str(e) for the outcome; script code (a `__str__`) may run here, so limits propagate. */
function safeMessage(e: PyBaseException): string {
  let text: string;
  try {
    text = pyStr(e);
  } catch (x) {
    if (S.halt !== null || !(x instanceof PyBaseException)) throw x;
    return '<exception str() failed>';
  }
  return text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
}

/** The host keeps this many characters of a message and this many links of a chain (host/outcome.ts). */
const MAX_MESSAGE_CHARS = 1 << 20;
const MAX_CHAIN = 100;

/** `chained`: shown as the cause or context of another, so its traceback starts where it was caught. */
function raisedOf(e: PyBaseException, seen: Set<PyBaseException>, chained = false): RaisedException {
  seen.add(e);
  const link = (x: PyBaseException | null): RaisedException | null =>
    (x === null || seen.has(x) || seen.size >= MAX_CHAIN ? null : raisedOf(x, seen, true));
  return {
    type: exceptionTypeName(e),
    message: safeMessage(e),
    frames: chained ? e.caughtFrames : e.frames,
    cause: link(e.cause),
    context: e.suppressContext ? null : link(e.context),
    suppressContext: e.suppressContext,
    ...(isSubtype(e.cls, PyExc_SystemExit) ? { exit: systemExitInfo(e) } : {}),
  };
}

/** CPython's handling of an uncaught SystemExit: None → 0, an int → that status, else print it, 1. */
function systemExitInfo(e: PyBaseException): SystemExitInfo {
  const code = e.args.length === 0 ? null : e.args.length === 1 ? e.args[0] : new PyTuple(e.args.slice());
  if (code === null) return { code: 0, message: null };
  if (typeof code === 'boolean') return { code: code ? 1 : 0, message: null };
  if (typeof code === 'number' && Number.isInteger(code)) return { code: code | 0, message: null };
  if (typeof code === 'bigint') return { code: Number(BigInt.asIntN(32, code)), message: null };
  let message: string;
  try {
    message = pyStr(code);
  } catch (x) {
    if (S.halt !== null || !(x instanceof PyBaseException)) throw x;
    message = '';
  }
  return { code: 1, message };
}

/**
 * A runtime bug's outcome. The message is fixed wording (invariant 9: no JavaScript error names or
 * texts reach the script's user); the JS detail goes in `detail`, which the host hands only to a
 * caller that asked for it (SandboxOptions.onInternalError).
 */
function internalOutcome(e: unknown): RunOutcome {
  if (e instanceof MarshalError) return { status: 'internal', message: e.message, cause: 'result', ops: opsUsed() };
  let detail = 'a non-Error value was thrown';
  try {
    if (e instanceof Error) detail = `${e.name}: ${e.message}\n${String(e.stack ?? '')}`;
  } catch {
    // a getter on the error failed; the fixed message is enough
  }
  return { status: 'internal', message: 'the runtime failed (a bug in Corral)', detail, ops: opsUsed() };
}

function outcomeOf(thrown: unknown): RunOutcome {
  // A tripped limit wins over whatever unwound the stack afterwards (a runtime bug, an exception
  // raised in place of the signal): the verdict comes from S.halt, which no script can set.
  const e = S.halt ?? thrown;
  if (e instanceof LimitSignal) return { status: 'limit', limit: e.limit, ops: opsUsed() };
  if (isAllocationFailure(e)) return { status: 'limit', limit: 'memory', ops: opsUsed() };
  let exc: PyBaseException | null = e instanceof PyBaseException ? e : null;
  if (exc === null && e instanceof RangeError && String(e.message).includes('call stack')) {
    exc = newExc(PyExc_RecursionError, 'maximum recursion depth exceeded');
    exc.frames = framesFromSites(callSitesOf(() => (e as { stack?: unknown }).stack));
  }
  if (exc === null) return internalOutcome(e);
  try {
    // Builds the message with str(), which may run the script's __str__: that can trip a limit too.
    const error = raisedOf(exc, new Set());
    return { status: 'exception', error, ops: opsUsed() };
  } catch (x) {
    return S.halt instanceof LimitSignal ? { status: 'limit', limit: S.halt.limit, ops: opsUsed() } : internalOutcome(x);
  }
}

/**
 * The module's globals at its end, by name, kept only while a run has a `call` request (else the
 * snapshot is dropped at once). Reset by every run.
 */
let moduleGlobals: Map<string, unknown> | null = null;
let wantGlobals = false;

function moduleEnd(value: unknown, names: string[], values: unknown[]): unknown {
  if (wantGlobals) {
    moduleGlobals = new Map();
    for (let i = 0; i < names.length; i++) moduleGlobals.set(names[i]!, values[i]);
  }
  return value;
}

/**
 * `sandbox.call`: reads `name` as generated code reads a global (the module's binding, else the
 * input or dunder it started as, else the builtin, else NameError) and calls it through the normal
 * call path with the request's converted arguments.
 */
function callRequested(call: NonNullable<RunRequest['call']>): unknown {
  const { name } = call;
  let f = moduleGlobals !== null && moduleGlobals.has(name) ? moduleGlobals.get(name) : initGlobal(name);
  if (f === undefined) f = globalMissing(name);
  const args = call.args.map((a) => fromMarshalled(a));
  const kwnames = call.kwargs.map(([k]) => k);
  const kwvalues = call.kwargs.map(([, v]) => fromMarshalled(v));
  return callArgs(f, args, kwMap(kwnames, kwvalues));
}

function run(moduleFn: unknown, request: RunRequest, write: WriteCallback, opsCounter?: unknown): RunOutcome {
  resetState(request.maxOps, request.maxRecursion);
  resetCpCache();
  if (opsCounter instanceof SharedArrayBuffer && opsCounter.byteLength >= 8) runCtx.opsPublished = new Float64Array(opsCounter, 0, 1);
  publishOps();
  runCtx.filename = request.filename;
  runCtx.jsFilename = request.jsFilename;
  runCtx.maxOutputBytes = request.maxOutputBytes;
  runCtx.write = write;
  setMemoryCaps(request.memoryLimitMb);
  runCtx.maxBytes = request.maxBytes ?? Math.floor(runCtx.maxItems * 8);
  setTextSizeLimit(runCtx.maxBytes);
  const E = Error as unknown as { stackTraceLimit: number };
  const prevLimit = E.stackTraceLimit;
  // Each Python call is several V8 frames (the script function and the runtime's call path), and
  // a RecursionError traceback must reach the module frame: CPython prints all of them.
  E.stackTraceLimit = Math.max(100, request.maxRecursion * 12);
  try {
    let outcome: RunOutcome;
    try {
      for (const name of Object.keys(request.inputs)) runCtx.inputs.set(name, fromMarshalled(request.inputs[name]));
      if (typeof moduleFn !== 'function') throw new MarshalError('the compiled module is not a function');
      moduleGlobals = null;
      wantGlobals = request.call !== undefined;
      let v = (moduleFn as (r: typeof rt) => unknown)(rt);
      if (request.call !== undefined) v = callRequested(request.call);
      const value = toMarshalled(v === undefined ? null : v);
      outcome = { status: 'ok', value, ops: opsUsed() };
    } catch (e) {
      outcome = outcomeOf(e);
    }
    try {
      flushOutput();
    } catch (e) {
      return outcomeOf(e);
    }
    publishOps();
    return outcome;
  } finally {
    E.stackTraceLimit = prevLimit;
    runCtx.write = null;
    moduleGlobals = null;
    wantGlobals = false;
  }
}

const entry: CorralEntry = Object.freeze({ run });
Object.defineProperty(globalThis, '$corral', { value: entry, writable: false, enumerable: false, configurable: false });
