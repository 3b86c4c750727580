// float: the constructor (`float(x)`) and float methods.

import { floatType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import { defineGetters } from '../core/getset.js';
import type { KwArgs } from '../core/pytype.js';
import { asInt, asFloat } from '../ops/numeric.js';
import { intToFloat, floatToInt } from '../core/int-math.js';
import { mkFloat } from '../core/float-box.js';
import { parseFloatText } from '../text/int-parse.js';
import { floatToHex, parseFloatHex } from '../text/float-hex.js';
import { PyClassMethod } from './function.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import { callArgs } from '../ops/call.js';
import { textCall } from '../ops/text-errors.js';
import { typeErr, valueErr, overflowErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { noKw, argCount } from '../builtins/args.js';
import { userDunder } from '../ops/dunders.js';
import { callWithSelf } from '../ops/call.js';
import { PyTuple } from './tuple.js';
import { checkArity } from './method-arity.js';
import { indexOf } from './int-methods.js';

export function toFloat(x: unknown): number {
  const f = asFloat(x);
  if (f !== undefined) return f;
  const i = asInt(x);
  if (i !== undefined) return intToFloat(i);
  if (typeof x === 'string') return textCall(() => parseFloatText(x));
  const m = userDunder(x, '__float__');
  if (m !== undefined) {
    const r = callWithSelf(m, x, []);
    const v = asFloat(r);
    if (v === undefined) typeErr(`${typeOf(x).name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return v;
  }
  if (userDunder(x, '__index__') !== undefined) return intToFloat(indexOf(x));
  return typeErr(`float() argument must be a string or a real number, not '${typeOf(x).name}'`);
}

floatType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('float', kw);
  argCount('float', args, 0, 1);
  return mkFloat(args.length === 0 ? 0 : toFloat(args[0]));
};

function selfFloat(args: unknown[]): number {
  return asFloat(args[0])!;
}

defineMethods(floatType, {
  is_integer: (args) => Number.isInteger(selfFloat(args)),
  conjugate: (args) => args[0],
  __int__: (args) => floatToInt(selfFloat(args)),
  hex: (args) => floatToHex(selfFloat(args)),
  __float__: (args) => args[0],
  as_integer_ratio: (args) => {
    let x = selfFloat(args);
    if (Number.isNaN(x)) valueErr('cannot convert NaN to integer ratio');
    if (!Number.isFinite(x)) overflowErr('cannot convert Infinity to integer ratio');
    let d = 1n;
    while (!Number.isInteger(x)) { x *= 2; d *= 2n; }
    let n = BigInt(x);
    while (d > 1n && n % 2n === 0n) { n /= 2n; d /= 2n; }
    const norm = (b: bigint): unknown => (b >= BigInt(-Number.MAX_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);
    return new PyTuple([norm(n), norm(d)]);
  },
});

floatType.dict.set('fromhex', new PyClassMethod(new PyBuiltinFunction('fromhex', (args, kw) => {
  noKw('float.fromhex', kw);
  if (args.length !== 2) typeErr(`float.fromhex() takes exactly one argument (${args.length - 1} given)`);
  // CPython 3.11's wording for a non-str argument (PyUnicode_GetLength's)
  if (typeof args[1] !== 'string') typeErr('bad argument type for built-in operation');
  const x = textCall(() => parseFloatHex(args[1] as string));
  return args[0] === floatType ? mkFloat(x) : callArgs(args[0], [mkFloat(x)]);
}, null)));

defineGetters(floatType, {
  real: (v) => v,
  imag: () => mkFloat(0),
});

// CPython's calling conventions (METH_NOARGS): extra arguments are a TypeError.
checkArity(floatType, { is_integer: 'none', conjugate: 'none', hex: 'none', as_integer_ratio: 'none', __int__: 'none', __float__: 'none' });
