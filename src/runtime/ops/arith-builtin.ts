// The builtin behaviour of binary operators: int/float arithmetic (bool as int, exact big ints,
// Python's floor division, modulo and pow rules), sequence concatenation and repetition (size
// checked before allocating), set algebra, dict merge and str % formatting. NotImplemented when
// the builtin types do not support the operands.

import { NotImplemented } from '../core/singletons.js';
import { mkFloat } from '../core/float-box.js';
import { asInt, asFloat } from './numeric.js';
import { intAdd, intSub, intMul, intFloorDiv, intMod, intPow, intLshift, intRshift, intBitop, intTrueDiv,
  intToFloat, type Int } from '../core/int-math.js';
import { floatDiv, floatFloorDiv, floatMod, floatPow } from '../core/float-math.js';
import { zeroDivErr, memoryErr, typeErr, overflowErr } from './raise.js';
import { PyBytes } from '../types/bytes.js';
import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { PySet } from '../types/set.js';
import { PyDict, PyDictView } from '../types/dict.js';
import { dictViewBinary } from './views.js';
import { setAlgebra } from './set-algebra.js';
import { checkTextSize } from '../text/size-limit.js';
import { chargeText, chargeLongText } from '../text/text-cost.js';
import { cpNoteConcat } from '../text/codepoints.js';
import { textCall } from './text-errors.js';
import { percentFormatValue } from './percent.js';
import { bytesBinary, bytesRepeat } from '../types/bytes-methods.js';
import { charge } from '../core/budget.js';
import { chargeCopy } from '../core/rates.js';
import { checkSequenceSize, repeatCount } from '../core/sequence-size.js';
import type { BinOp } from './arith.js';

/** Largest list/tuple a repetition or concatenation may build. */
export const MAX_SEQUENCE_ITEMS = 1 << 25;

function intOp(op: BinOp, x: Int, y: Int): unknown {
  switch (op) {
    case '+': return intAdd(x, y);
    case '-': return intSub(x, y);
    case '*': return intMul(x, y);
    case '/': return mkFloat(intTrueDiv(x, y));
    case '//': return intFloorDiv(x, y);
    case '%': return intMod(x, y);
    case '**':
      if (y < 0) {
        if (x === 0) zeroDivErr('0.0 cannot be raised to a negative power');
        return mkFloat(floatPow(intToFloat(x), intToFloat(y)));
      }
      return intPow(x, y);
    case '<<': return intLshift(x, y);
    case '>>': return intRshift(x, y);
    case '&': case '|': case '^': return intBitop(op, x, y);
    case '@': return NotImplemented;
  }
}

function floatOp(op: BinOp, x: number, y: number): unknown {
  switch (op) {
    case '+': return mkFloat(x + y);
    case '-': return mkFloat(x - y);
    case '*': return mkFloat(x * y);
    case '/': return mkFloat(floatDiv(x, y));
    case '//': return mkFloat(floatFloorDiv(x, y));
    case '%': return mkFloat(floatMod(x, y));
    case '**': return mkFloat(floatPow(x, y));
    default: return NotImplemented;
  }
}

function repeat<T>(items: readonly T[], n: Int): T[] {
  const k = repeatCount(n);
  if (k <= 0 || items.length === 0) return [];
  if (items.length * k > MAX_SEQUENCE_ITEMS) memoryErr();
  checkSequenceSize(items.length * k);
  chargeCopy(items.length * k);
  const out: T[] = [];
  for (let i = 0; i < k; i++) for (const x of items) out.push(x);
  return out;
}

const MAX_SIZE = 9223372036854775807n; // sys.maxsize

function repeatStr(s: string, n: Int): string {
  const k = repeatCount(n);
  if (k <= 0 || s.length === 0) return '';
  // beyond sys.maxsize CPython cannot even size the result (exact: 'ab' * 2**62 is 2**63)
  if (BigInt(s.length) * BigInt(n) > MAX_SIZE) overflowErr('repeated string is too long');
  textCall(() => checkTextSize(s.length * k));
  chargeText(s.length * k);
  return s.repeat(k);
}

/**
 * str `a + b`: sized before allocating; charges the text rate on the appended part b (beyond the
 * short-text allowance), not on a: V8 builds a rope, and CPython appends in place for `s += t` and
 * `s = s + t`, so a loop growing a string stays linear in ops as in time.
 */
function concatStr(a: string, b: string): string {
  textCall(() => checkTextSize(a.length + b.length));
  chargeLongText(b.length);
  const r = a + b;
  cpNoteConcat(a, b, r);
  return r;
}

function concat<T>(x: readonly T[], y: readonly T[]): T[] {
  if (x.length + y.length > MAX_SEQUENCE_ITEMS) memoryErr();
  checkSequenceSize(x.length + y.length);
  chargeCopy(x.length + y.length);
  return x.concat(y);
}

export function builtinBinary(op: BinOp, a: unknown, b: unknown): unknown {
  const ia = asInt(a), ib = asInt(b);
  if (ia !== undefined && ib !== undefined) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    return intOp(op, ia, ib);
  }
  const fa = ia !== undefined ? ia : asFloat(a), fb = ib !== undefined ? ib : asFloat(b);
  if (fa !== undefined && fb !== undefined) return floatOp(op, intToFloat(fa), intToFloat(fb));
  if (typeof a === 'string') {
    if (op === '+' && typeof b === 'string') return concatStr(a, b);
    if (op === '*' && ib !== undefined) return repeatStr(a, ib);
    if (op === '%') return percentFormatValue(a, b);
    return NotImplemented;
  }
  if (typeof b === 'string' && op === '*' && ia !== undefined) return repeatStr(b, ia);
  if (a instanceof PyBytes) return op === '*' && ib !== undefined ? bytesRepeat(a, ib) : bytesBinary(op, a, b);
  if (b instanceof PyBytes && op === '*' && ia !== undefined) return bytesRepeat(b, ia);
  if (a instanceof PyDictView || b instanceof PyDictView) return dictViewBinary(op, a, b);
  if (a instanceof PySet && b instanceof PySet) return setAlgebra(op, a, b, a.frozen);
  if (a instanceof PyList) {
    if (op === '+' && b instanceof PyList) return new PyList(concat(a.items, b.items));
    if (op === '*' && ib !== undefined) return new PyList(repeat(a.items, ib));
    return NotImplemented;
  }
  if (a instanceof PyTuple) {
    if (op === '+' && b instanceof PyTuple) return new PyTuple(concat(a.items, b.items));
    if (op === '*' && ib !== undefined) return new PyTuple(repeat(a.items, ib));
    return NotImplemented;
  }
  if (op === '*' && ia !== undefined) {
    if (b instanceof PyList) return new PyList(repeat(b.items, ia));
    if (b instanceof PyTuple) return new PyTuple(repeat(b.items, ia));
  }
  if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
    const d = new PyDict();
    charge(a.table.size + b.table.size);
    for (const e of a.table.entries()) d.table.set(e.key, e.value);
    for (const e of b.table.entries()) d.table.set(e.key, e.value);
    return d;
  }
  return NotImplemented;
}
