// Binary and unary arithmetic with Python semantics. Hot paths (two ints that stay safe, two
// floats) are handled inline; everything else goes through `binaryOp`, which tries a script
// class's __op__ / __rop__ (the right operand first when its type is a subclass of the left's),
// then the builtin behaviour (numbers, sequences, sets, dicts), then reports CPython's TypeError.

import { typeOf } from '../core/type-of.js';
import { isSubtype, type PyType } from '../core/pytype.js';
import { NotImplemented } from '../core/singletons.js';
import { mkFloat } from '../core/float-box.js';
import { userDunderOfType, userDunder } from './dunders.js';
import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { PyBytes } from '../types/bytes.js';
import { callWithSelf } from './call.js';
import { typeErr } from './raise.js';
import { builtinBinary } from './arith-builtin.js';
import { asInt, asFloat } from './numeric.js';
import { intNeg, normBig, big } from '../core/int-math.js';
import { truthy } from './truthy.js';
import { builtinInplace } from './arith-inplace.js';

export type BinOp = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^' | '@';

const DUNDERS: Record<BinOp, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow',
  '<<': 'lshift', '>>': 'rshift', '&': 'and', '|': 'or', '^': 'xor', '@': 'matmul',
};

function tryUser(t: PyType, name: string, self: unknown, other: unknown): unknown {
  const f = userDunderOfType(t, name);
  return f === undefined ? NotImplemented : callWithSelf(f, self, [other]);
}

/** `inplace`: the fallback of `a op= b`, whose error names the operator as `op=`. */
export function binaryOp(op: BinOp, a: unknown, b: unknown, inplace = false): unknown {
  const ta = typeOf(a), tb = typeOf(b);
  const d = DUNDERS[op];
  let r: unknown;
  const userA = ta.layout !== 'builtin', userB = tb.layout !== 'builtin';
  if (userA || userB) {
    const rightFirst = userB && ta !== tb && isSubtype(tb, ta);
    if (rightFirst) {
      r = tryUser(tb, `__r${d}__`, b, a);
      if (r !== NotImplemented) return r;
    }
    if (userA) {
      r = tryUser(ta, `__${d}__`, a, b);
      if (r !== NotImplemented) return r;
    }
    if (userB && !rightFirst && ta !== tb) {
      r = tryUser(tb, `__r${d}__`, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  r = builtinBinary(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === '*') {
    r = repeatByIndex(a, b);
    if (r !== NotImplemented) return r;
  }
  return unsupported(op, ta, tb, inplace);
}

/** `seq * n` / `n * seq` where n is an object with __index__ (CPython's sq_repeat takes any index). */
function repeatByIndex(a: unknown, b: unknown): unknown {
  const isSeq = (v: unknown): boolean => typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes;
  const indexOfObj = (v: unknown): unknown => {
    const f = userDunder(v, '__index__');
    return f === undefined ? undefined : callWithSelf(f, v, []);
  };
  if (isSeq(a)) {
    const n = indexOfObj(b);
    if (n !== undefined) return builtinBinary('*', a, n);
  } else if (isSeq(b)) {
    const n = indexOfObj(a);
    if (n !== undefined) return builtinBinary('*', n, b);
  }
  return NotImplemented;
}

function unsupported(op: BinOp, ta: PyType, tb: PyType, inplace: boolean): never {
  const seq = ta.name === 'str' || ta.name === 'list' || ta.name === 'tuple';
  if (op === '+' && seq && ta.layout === 'builtin') typeErr(`can only concatenate ${ta.name} (not "${tb.name}") to ${ta.name}`);
  const mulSeq = (t: PyType): boolean => t.layout === 'builtin' && ['str', 'list', 'tuple', 'bytes', 'bytearray'].includes(t.name);
  if (op === '*' && (mulSeq(ta) || mulSeq(tb))) {
    const other = mulSeq(ta) ? tb : ta;
    typeErr(`can't multiply sequence by non-int of type '${other.name}'`);
  }
  const shown = inplace ? `${op}=` : op === '**' ? '** or pow()' : op;
  return typeErr(`unsupported operand type(s) for ${shown}: '${ta.name}' and '${tb.name}'`);
}

/** `a op= b`: a script class's __iop__, in-place list/set/dict updates, else the binary form. */
export function inplaceOp(op: BinOp, a: unknown, b: unknown): unknown {
  const ta = typeOf(a);
  if (ta.layout !== 'builtin') {
    const f = userDunderOfType(ta, `__i${DUNDERS[op]}__`);
    if (f !== undefined) {
      const r = callWithSelf(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  } else {
    const r = builtinInplace(op, a, b);
    if (r !== NotImplemented) return r;
  }
  return binaryOp(op, a, b, true);
}

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(a) && Number.isInteger(b)) return Number.isSafeInteger(r) ? r : normBig(big(a) + big(b));
    return Number.isInteger(r) ? mkFloat(r) : r;
  }
  if (typeof a === 'string' && typeof b === 'string') return builtinBinary('+', a, b);
  return binaryOp('+', a, b);
}

export function sub(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isInteger(a) && Number.isInteger(b)) return Number.isSafeInteger(r) ? r : normBig(big(a) - big(b));
    return Number.isInteger(r) ? mkFloat(r) : r;
  }
  return binaryOp('-', a, b);
}

export function mul(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (Number.isSafeInteger(r)) return r + 0;
    } else if (!Number.isInteger(r)) return r;
  }
  return binaryOp('*', a, b);
}

export function neg(a: unknown): unknown {
  if (typeof a === 'number') return Number.isInteger(a) ? 0 - a : -a;
  const i = asInt(a);
  if (i !== undefined) return intNeg(i);
  const f = asFloat(a);
  if (f !== undefined) return mkFloat(-f);
  return unary(a, '__neg__', '-');
}

export function pos(a: unknown): unknown {
  const i = asInt(a);
  if (i !== undefined) return i;
  if (asFloat(a) !== undefined) return a;
  return unary(a, '__pos__', '+');
}

export function invert(a: unknown): unknown {
  const i = asInt(a);
  if (i !== undefined) return typeof i === 'number' && Math.abs(i) < 2 ** 31 ? ~i : normBig(~big(i));
  return unary(a, '__invert__', '~');
}

function unary(a: unknown, name: string, sym: string): unknown {
  const t = typeOf(a);
  const f = userDunderOfType(t, name);
  if (f !== undefined) return callWithSelf(f, a, []);
  return typeErr(`bad operand type for unary ${sym}: '${t.name}'`);
}

export function notOp(a: unknown): boolean {
  return !truthy(a);
}
