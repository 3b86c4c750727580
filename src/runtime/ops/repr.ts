// repr() and str() of every runtime value, exactly as CPython 3.11 prints them, including
// recursive containers (`[[...]]`), script __repr__/__str__, and deterministic default reprs.

import { PyFloat } from '../core/float-box.js';
import { PyType } from '../core/pytype.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import { PyBaseException, PyExc_KeyError, PyExc_OSError } from '../core/exception-types.js';
import { PySingleton } from '../core/singletons.js';
import { typeOf } from '../core/type-of.js';
import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { PyDict, PyDictView } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { PyRange } from '../types/range.js';
import { PySlice } from '../types/slice.js';
import { PyFunction, PyBoundMethod, PyProperty, PyStaticMethod, PyClassMethod, PySuper } from '../types/function.js';
import { PyModule } from '../types/module.js';
import { PyGenerator } from '../types/generator.js';
import { PyIterator } from '../types/iterator.js';
import { PyGetSet } from '../core/getset.js';
import { PyBytes, bytesRepr } from '../types/bytes.js';
import { floatRepr } from '../text/float-repr.js';
import { strRepr } from '../text/str-repr.js';
import { intToDecimalString } from '../text/int-parse.js';
import { addressOf } from './identity.js';
import { userDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import { typeErr } from './raise.js';
import { runCtx } from '../state.js';
import { textCall } from './text-errors.js';
import { checkTextSize, getTextSizeLimit } from '../text/size-limit.js';
import { charge } from '../core/budget.js';
import { enterNested, leaveNested, IN_REPR } from '../core/recursion.js';

export function intRepr(v: number | bigint): string {
  return typeof v === 'number' ? String(v) : textCall(() => intToDecimalString(v));
}

/** `__main__.C` / `int`: a type's name as reprs and tracebacks qualify it. */
export function qualifiedTypeName(t: PyType): string {
  return t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
}

function guarded(v: object, open: string, close: string, body: () => string): string {
  const active = runCtx.reprActive;
  if (active.has(v)) return `${open}...${close}`;
  enterNested(IN_REPR);
  active.add(v);
  try {
    return body();
  } finally {
    active.delete(v);
    leaveNested();
  }
}

/**
 * The running size of a container's repr: each part is checked on its own, but many references
 * to one big value (`[s] * 1000`) would otherwise join into a string far beyond the byte budget.
 */
function checkedSize(total: number): void {
  if (total > getTextSizeLimit()) textCall(() => checkTextSize(total));
}

function items(xs: readonly unknown[]): string {
  charge(xs.length);
  const parts: string[] = new Array(xs.length);
  let total = 0;
  for (let i = 0; i < xs.length; i++) {
    const r = pyRepr(xs[i]);
    total += r.length + 2;
    checkedSize(total);
    parts[i] = r;
  }
  return parts.join(', ');
}

function setRepr(s: PySet): string {
  const name = s.frozen ? 'frozenset' : 'set';
  if (s.table.size === 0) return `${name}()`;
  const body = guarded(s, '', '', () => '{' + items(Array.from(s.table.entries(), (e) => e.key)) + '}');
  return s.frozen ? `frozenset(${body})` : body;
}

function dictRepr(d: PyDict): string {
  return guarded(d, '{', '}', () => {
    const parts: string[] = [];
    let total = 0;
    for (const e of d.table.entries()) {
      const k = pyRepr(e.key), v = pyRepr(e.value);
      total += k.length + v.length + 4;
      checkedSize(total);
      parts.push(k + ': ' + v);
    }
    charge(parts.length);
    return '{' + parts.join(', ') + '}';
  });
}

function viewRepr(v: PyDictView): string {
  const name = `dict_${v.kind}`;
  return guarded(v, `${name}([`, '])', () => {
    const parts: string[] = [];
    let total = 0;
    for (const e of v.dict.table.entries()) {
      const p = v.kind === 'keys' ? pyRepr(e.key) : v.kind === 'values' ? pyRepr(e.value) : `(${pyRepr(e.key)}, ${pyRepr(e.value)})`;
      total += p.length + 2;
      checkedSize(total);
      parts.push(p);
    }
    charge(parts.length);
    return `${name}([${parts.join(', ')}])`;
  });
}

export function exceptionRepr(e: PyBaseException): string {
  const name = e.cls.name;
  if (e.args.length === 1) return `${name}(${pyRepr(e.args[0])})`;
  return `${name}(${items(e.args)})`;
}

export function exceptionStr(e: PyBaseException): string {
  if (e.args.length === 0) return '';
  if (e.args.length >= 2 && e.args.length <= 3 && e.cls.mro.includes(PyExc_OSError)) {
    // OSError(errno, strerror[, filename]) prints as CPython's "[Errno 2] text: 'name'".
    const base = `[Errno ${pyStr(e.args[0])}] ${pyStr(e.args[1])}`;
    return e.args.length === 3 ? `${base}: ${pyRepr(e.args[2])}` : base;
  }
  if (e.args.length === 1) return e.cls.mro.includes(PyExc_KeyError) ? pyRepr(e.args[0]) : pyStr(e.args[0]);
  return pyRepr(new PyTuple(e.args));
}

export function defaultRepr(v: unknown): string {
  return `<${qualifiedTypeName(typeOf(v))} object at ${addressOf(v)}>`;
}

function builtinRepr(v: object): string {
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyList) return guarded(v, '[', ']', () => '[' + items(v.items) + ']');
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return guarded(v, '(', ')', () => '(' + pyRepr(v.items[0]) + ',)');
    return guarded(v, '(', ')', () => '(' + items(v.items) + ')');
  }
  if (v instanceof PyDict) return dictRepr(v);
  if (v instanceof PySet) return setRepr(v);
  if (v instanceof PyDictView) return viewRepr(v);
  if (v instanceof PyRange) {
    const stop = v.stop;
    return v.step === 1 ? `range(${v.start}, ${stop})` : `range(${v.start}, ${stop}, ${v.step})`;
  }
  if (v instanceof PySlice) return `slice(${pyRepr(v.start)}, ${pyRepr(v.stop)}, ${pyRepr(v.step)})`;
  if (v instanceof PyType) return `<class '${qualifiedTypeName(v)}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${addressOf(v)}>`;
  if (v instanceof PyBuiltinFunction) {
    return v.owner ? `<method '${v.name}' of '${v.owner.name}' objects>` : `<built-in function ${v.name}>`;
  }
  if (v instanceof PyBoundMethod) {
    const f = v.func;
    if (f instanceof PyBuiltinFunction) {
      return `<built-in method ${f.name} of ${typeOf(v.self).name} object at ${addressOf(v.self)}>`;
    }
    const qn = f instanceof PyFunction ? f.qualname : '?';
    return `<bound method ${qn} of ${pyRepr(v.self)}>`;
  }
  if (v instanceof PySingleton) return v.reprText;
  if (v instanceof PyBytes) return bytesRepr(v);
  if (v instanceof PyModule) return `<module '${v.name}' (built-in)>`;
  if (v instanceof PyGenerator) return `<generator object ${v.qualname} at ${addressOf(v)}>`;
  if (v instanceof PyBaseException) return exceptionRepr(v);
  if (v instanceof PyGetSet) return `<attribute '${v.name}' of objects>`;
  if (v instanceof PySuper) return `<super: <class '${v.thisClass.name}'>, <${v.startType.name} object>>`;
  if (v instanceof PyProperty || v instanceof PyStaticMethod || v instanceof PyClassMethod || v instanceof PyIterator) {
    return defaultRepr(v);
  }
  return defaultRepr(v);
}

/** The builtin repr, ignoring a script subclass's __repr__ (`super().__repr__()`). */
export function nativeRepr(v: unknown): string {
  return typeof v === 'object' && v !== null ? builtinRepr(v) : pyRepr(v);
}

/** str() and repr() agree on None, bool, int and float; undefined for anything else. */
function scalarText(v: unknown): string | undefined {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? String(v) : floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return intRepr(v);
  }
  return v === null ? 'None' : undefined;
}

export function pyRepr(v: unknown): string {
  if (typeof v === 'string') return textCall(() => strRepr(v)); // its size check is a MemoryError
  const scalar = scalarText(v);
  if (scalar !== undefined) return scalar;
  const r = userDunder(v, '__repr__');
  if (r !== undefined) {
    const s = callWithSelf(r, v, []);
    if (typeof s !== 'string') typeErr(`__repr__ returned non-string (type ${typeOf(s).name})`);
    return s;
  }
  return builtinRepr(v as object);
}

export function pyStr(v: unknown): string {
  if (typeof v === 'string') return v;
  const scalar = scalarText(v);
  if (scalar !== undefined) return scalar;
  const s = userDunder(v, '__str__');
  if (s !== undefined) {
    const r = callWithSelf(s, v, []);
    if (typeof r !== 'string') typeErr(`__str__ returned non-string (type ${typeOf(r).name})`);
    return r;
  }
  if (v instanceof PyBaseException) return exceptionStr(v);
  return pyRepr(v);
}
