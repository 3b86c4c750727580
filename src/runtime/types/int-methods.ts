// int and bool: the constructors (`int(x, base)`, `bool(x)`) and int methods.

import { PyBytes } from './bytes.js';
import { intFromBytesText } from './bytes-codecs.js';
import { intType, boolType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import { defineGetters } from '../core/getset.js';
import type { KwArgs } from '../core/pytype.js';
import { asInt, asFloat } from '../ops/numeric.js';
import { floatToInt, bitLength, type Int } from '../core/int-math.js';
import { parseIntText } from '../text/int-parse.js';
import { textCall } from '../ops/text-errors.js';
import { typeErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { clinicArgs, argCount } from '../builtins/args.js';
import { checkArity } from './method-arity.js';
import { userDunder } from '../ops/dunders.js';
import { callWithSelf } from '../ops/call.js';
import { truthy } from '../ops/truthy.js';
import { installedIntBytes } from './int-bytes.js';
import { chargeIntLinear } from '../core/rates.js';

const NIBBLE_BITS = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** Set bits of |n|, a hex digit at a time (a binary string would be four times longer). */
function bitCount(n: Int): number {
  const hex = (typeof n === 'bigint' ? (n < 0n ? -n : n) : Math.abs(n)).toString(16);
  // Four times the linear rate: a hex string is built and walked a character at a time.
  chargeIntLinear(hex.length * 16);
  let c = 0;
  for (let i = 0; i < hex.length; i++) {
    const d = hex.charCodeAt(i);
    c += NIBBLE_BITS[d <= 57 ? d - 48 : d - 87]!;
  }
  return c;
}

/** The int value of an object with __index__ (or int/bool), else TypeError as CPython words it. */
export function indexOf(v: unknown): Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  const f = userDunder(v, '__index__');
  if (f !== undefined) {
    const raw = callWithSelf(f, v, []);
    const r = asInt(raw);
    if (r === undefined) typeErr(`__index__ returned non-int (type ${typeOf(raw).name})`);
    return r;
  }
  return typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

export function toInt(x: unknown): Int {
  const i = asInt(x);
  if (i !== undefined) return i;
  const f = asFloat(x);
  if (f !== undefined) return floatToInt(f);
  if (typeof x === 'string') return textCall(() => parseIntText(x, 10));
  if (x instanceof PyBytes) return intFromBytesText(x, 10);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const m = userDunder(x, name);
    if (m !== undefined) {
      const raw = callWithSelf(m, x, []);
      const r = asInt(raw);
      if (r === undefined) typeErr(`${name === '__trunc__' ? '__trunc__ returned non-Integral' : `${name} returned non-int`} (type ${typeOf(raw).name})`);
      return r;
    }
  }
  return typeErr(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
}

intType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  const [, base] = clinicArgs('int', args, kw, { names: ['x', 'base'], posonly: 1, required: 0, maxpos: 2 });
  if (args.length === 0) {
    if (base !== undefined) typeErr("int() missing string argument");
    return 0;
  }
  const x = args[0];
  if (base === undefined) return toInt(x);
  if (x instanceof PyBytes) return intFromBytesText(x, Number(indexOf(base)));
  if (typeof x !== 'string') typeErr("int() can't convert non-string with explicit base");
  const b = Number(indexOf(base));
  return textCall(() => parseIntText(x as string, b));
};

boolType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  if (kw !== null && kw.size > 0) typeErr('bool() takes no keyword arguments');
  argCount('bool', args, 0, 1);
  return args.length === 0 ? false : truthy(args[0]);
};

function selfInt(args: unknown[]): Int {
  return asInt(args[0])!;
}

defineMethods(intType, {
  bit_length: (args) => {
    const n = selfInt(args);
    if (typeof n === 'bigint') chargeIntLinear(bitLength(n));
    return bitLength(n);
  },
  bit_count: (args) => bitCount(selfInt(args)),
  conjugate: (args) => selfInt(args),
  __index__: (args) => selfInt(args),
  __int__: (args) => selfInt(args),
});

defineGetters(intType, {
  real: (v) => asInt(v),
  imag: () => 0,
  numerator: (v) => asInt(v),
  denominator: () => 1,
});

/** to_bytes, from_bytes and as_integer_ratio are installed by int-bytes.ts. */
export const intBytesInstalled = installedIntBytes;

// CPython's calling conventions (METH_NOARGS) for the methods above and int-bytes.ts's as_integer_ratio.
checkArity(intType, { bit_length: 'none', bit_count: 'none', conjugate: 'none', as_integer_ratio: 'none', __index__: 'none', __int__: 'none' });
