// Rich comparisons with Python semantics: exact int/float comparison (bigint vs float included),
// lexicographic sequences, set inclusion, dict equality, user __eq__/__lt__/... with reflection
// and NotImplemented, and CPython's TypeError for unorderable operands.

import { asReal } from './numeric.js';
import { typeOf } from '../core/type-of.js';
import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { PyDict, PyDictView } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { PyRange } from '../types/range.js';
import { NotImplemented } from '../core/singletons.js';
import { isSubtype, lookupMro, type PyType } from '../core/pytype.js';
import { typeErr } from './raise.js';
import { truthy } from './truthy.js';
import { callWithSelf } from './call.js';
import { builtinDunder } from './dunders.js';
import { dictViewSet } from './views.js';
import { charge } from '../core/budget.js';
import { enterNested, leaveNested, IN_COMPARISON } from '../core/recursion.js';
import { RATES } from '../core/rates.js';
import { PyBytes } from '../types/bytes.js';
import { bytesCompare } from '../types/bytes-methods.js';
import { chargeLongText } from '../text/text-cost.js';

export type CmpOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
const DUNDER: Record<CmpOp, string> = { '==': '__eq__', '!=': '__ne__', '<': '__lt__', '<=': '__le__', '>': '__gt__', '>=': '__ge__' };
const SWAP: Record<CmpOp, CmpOp> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

export function eq(a: unknown, b: unknown): unknown {
  if (typeof a === 'string' && typeof b === 'string') return strEq(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return richCompare('==', a, b);
}

export function ne(a: unknown, b: unknown): unknown {
  if (typeof a === 'string' && typeof b === 'string') return !strEq(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  return richCompare('!=', a, b);
}

export function lt(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return richCompare('<', a, b);
}
export function le(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return richCompare('<=', a, b);
}
export function gt(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return richCompare('>', a, b);
}
export function ge(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return richCompare('>=', a, b);
}

/** `a == b` as a JS boolean, with the identity shortcut containers use (`x is y or x == y`). */
export function eqBool(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return strEq(a, b);
  if (a === b) return true;
  // A str never equals another primitive; an object (a str subclass, a class with __eq__) decides itself.
  if ((typeof a === 'string' || typeof b === 'string') && (typeof a !== 'object' || a === null) && (typeof b !== 'object' || b === null)) return false;
  if (typeof a === 'number' && typeof b === 'number') return false;
  return truthy(richCompare('==', a, b));
}

/**
 * str equality. Strings of different lengths differ at once; equal lengths compare every unit, so
 * long ones charge the text rate on their length (whether or not they turn out equal: the cost is
 * computed from lengths only).
 */
function strEq(a: string, b: string): boolean {
  if (a.length === b.length) chargeLongText(a.length);
  return a === b;
}

/**
 * The order of two strs by code point (-1, 0 or 1 in sign), charging the text rate on the
 * compared prefix (the shorter length) of long strings. JS orders UTF-16 units, which differs only
 * where an astral character (a surrogate pair) meets U+E000..U+FFFF: so only the first differing
 * position is decoded, never the whole strings.
 */
function strOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  chargeLongText(n);
  if (a === b) return 0;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // A UTF-16 prefix is a code-point prefix too, or ends in a lone high surrogate the longer string
  // pairs: shorter sorts first either way.
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i), y = b.charCodeAt(i);
  if (x < 0xd800 && y < 0xd800) return x - y;
  if (i > 0) {
    const prev = a.charCodeAt(i - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) {
      // The shared high surrogate at i-1 pairs with a low one at i, or stands alone.
      const lowX = x >= 0xdc00 && x <= 0xdfff, lowY = y >= 0xdc00 && y <= 0xdfff;
      if (lowX && lowY) return x - y;
      if (lowX) return 1;
      if (lowY) return -1;
    }
  }
  return a.codePointAt(i)! - b.codePointAt(i)!;
}

function cmpStrings(op: CmpOp, a: string, b: string): boolean {
  if (op === '==') return strEq(a, b);
  if (op === '!=') return !strEq(a, b);
  return cmpResult(op, strOrder(a, b));
}

function cmpResult(op: CmpOp, c: number): boolean {
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

function cmpReals(op: CmpOp, x: number | bigint, y: number | bigint): boolean {
  switch (op) {
    case '==': return x == y;
    case '!=': return x != y;
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    case '>=': return x >= y;
  }
}

/** Lexicographic comparison of two item arrays, as list/tuple compare. */
function cmpSequences(op: CmpOp, x: readonly unknown[], y: readonly unknown[]): unknown {
  const n = Math.min(x.length, y.length);
  enterNested(IN_COMPARISON);
  try {
    for (let i = 0; i < n; i++) {
      // Charged as it goes: equal prefixes are the work, and `[0]*10**6 == [0]*10**6` must cost.
      if ((i & RATES.compareItemsPerOp - 1) === 0) charge(1);
      if (!eqBool(x[i], y[i])) {
        if (op === '==') return false;
        if (op === '!=') return true;
        return richCompare(op, x[i], y[i]);
      }
    }
  } finally {
    leaveNested();
  }
  return cmpResult(op, x.length - y.length);
}

function setLe(a: PySet, b: PySet): boolean {
  if (a.table.size > b.table.size) return false;
  charge(Math.ceil(a.table.size / RATES.compareItemsPerOp));
  enterNested(IN_COMPARISON);
  try {
    for (const e of a.table.entries()) if (b.table.get(e.key) === undefined) return false;
  } finally {
    leaveNested();
  }
  return true;
}

function cmpSets(op: CmpOp, a: PySet, b: PySet): boolean {
  switch (op) {
    case '==': return a.table.size === b.table.size && setLe(a, b);
    case '!=': return !(a.table.size === b.table.size && setLe(a, b));
    case '<=': return setLe(a, b);
    case '<': return a.table.size < b.table.size && setLe(a, b);
    case '>=': return setLe(b, a);
    case '>': return b.table.size < a.table.size && setLe(b, a);
  }
}

function dictsEqual(a: PyDict, b: PyDict): boolean {
  if (a.table.size !== b.table.size) return false;
  charge(Math.ceil(a.table.size / RATES.compareItemsPerOp));
  enterNested(IN_COMPARISON);
  try {
    for (const e of a.table.entries()) {
      const o = b.table.get(e.key);
      if (o === undefined || !eqBool(e.value, o.value)) return false;
    }
  } finally {
    leaveNested();
  }
  return true;
}

/** The comparison for builtin types, or NotImplemented. */
export function builtinCompare(op: CmpOp, a: unknown, b: unknown): unknown {
  const x = asReal(a), y = asReal(b);
  if (x !== undefined && y !== undefined) return cmpReals(op, x, y);
  if (typeof a === 'string' && typeof b === 'string') return cmpStrings(op, a, b);
  if (a instanceof PyList && b instanceof PyList) return cmpSequences(op, a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return cmpSequences(op, a.items, b.items);
  if (a instanceof PyBytes && b instanceof PyBytes) return cmpResult(op, bytesCompare(a, b));
  const sa = a instanceof PyDictView && a.kind !== 'values' ? dictViewSet(a) : a;
  const sb = b instanceof PyDictView && b.kind !== 'values' ? dictViewSet(b) : b;
  if (sa instanceof PySet && sb instanceof PySet) return cmpSets(op, sa, sb);
  if (op === '==' || op === '!=') {
    if (a instanceof PyDict && b instanceof PyDict) return dictsEqual(a, b) === (op === '==');
    if (a instanceof PyRange && b instanceof PyRange) {
      const same = a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
      return same === (op === '==');
    }
  }
  return NotImplemented;
}

function userCompare(op: CmpOp, t: PyType, a: unknown, b: unknown): unknown {
  if (t.builtin && t.layout === 'builtin') return NotImplemented;
  const f = lookupMro(t, DUNDER[op]);
  if (f === undefined || builtinDunder(f)) return NotImplemented;
  return callWithSelf(f, a, [b]);
}

export function richCompare(op: CmpOp, a: unknown, b: unknown): unknown {
  const ta = typeOf(a), tb = typeOf(b);
  let r: unknown;
  const reflectFirst = ta !== tb && isSubtype(tb, ta) && !tb.builtin;
  if (reflectFirst) {
    r = userCompare(SWAP[op], tb, b, a);
    if (r !== NotImplemented) return r;
  }
  r = userCompare(op, ta, a, b);
  if (r !== NotImplemented) return r;
  r = builtinCompare(op, a, b);
  if (r !== NotImplemented) return r;
  if (!reflectFirst) {
    r = userCompare(SWAP[op], tb, b, a);
    if (r !== NotImplemented) return r;
  }
  if (op === '==') return a === b;
  if (op === '!=') {
    // CPython's object.__ne__ inverts a user __eq__ when __ne__ is not defined.
    const e = userCompare('==', ta, a, b);
    if (e !== NotImplemented) return !truthy(e);
    return a !== b;
  }
  return typeErr(`'${op}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}
