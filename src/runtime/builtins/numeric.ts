// Numeric builtins: abs, round, divmod, pow, bin/oct/hex, ord/chr, sum, min/max.

import { PyBytes } from '../types/bytes.js';
import type { KwArgs } from '../core/pytype.js';
import { oneArg, noKw, argCount, kwArgs, clinicArgs } from './args.js';
import { asInt, asFloat } from '../ops/numeric.js';
import { intNeg, intFloorDiv, intMod, intPowMod } from '../core/int-math.js';
import { mkFloat } from '../core/float-box.js';
import { floatDivmod } from '../core/float-math.js';
import { typeErr, valueErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { userDunder } from '../ops/dunders.js';
import { callWithSelf, call } from '../ops/call.js';
import { binaryOp, add } from '../ops/arith.js';
import { PyTuple } from '../types/tuple.js';
import { indexOf } from '../types/int-methods.js';
import { roundFloat, roundFloatToInt, roundInt } from './rounding.js';
import { intToBase } from '../text/int-parse.js';
import { cpLength } from '../text/codepoints.js';
import { pyIter, nextOf } from '../ops/iter.js';
import { DONE } from '../types/iterator.js';
import { lt, gt } from '../ops/compare.js';
import { truthy } from '../ops/truthy.js';
import { charge } from '../core/budget.js';

export function absBuiltin(args: unknown[], kw: KwArgs): unknown {
  const x = oneArg('abs', args, kw);
  const i = asInt(x);
  if (i !== undefined) return i < 0 ? intNeg(i) : i;
  const f = asFloat(x);
  if (f !== undefined) return mkFloat(Math.abs(f));
  const m = userDunder(x, '__abs__');
  if (m !== undefined) return callWithSelf(m, x, []);
  return typeErr(`bad operand type for abs(): '${typeOf(x).name}'`);
}

export function roundBuiltin(args: unknown[], kw: KwArgs): unknown {
  const [x, ndArg] = clinicArgs('round', args, kw, { names: ['number', 'ndigits'], posonly: 0, required: 1, maxpos: 2 });
  const nd = ndArg === undefined ? null : ndArg;
  const i = asInt(x);
  const f = asFloat(x);
  if (i === undefined && f === undefined) {
    const m = userDunder(x, '__round__');
    if (m !== undefined) return callWithSelf(m, x, nd === null ? [] : [nd]);
    typeErr(`type ${typeOf(x).name} doesn't define __round__ method`);
  }
  if (nd === null) return i !== undefined ? i : roundFloatToInt(f!);
  const n = Number(indexOf(nd));
  return i !== undefined ? roundInt(i, n) : mkFloat(roundFloat(f!, n));
}

export function divmodBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('divmod', kw);
  argCount('divmod', args, 2, 2);
  const [a, b] = args;
  const x = asInt(a), y = asInt(b);
  if (x !== undefined && y !== undefined) {
    return new PyTuple([intFloorDiv(x, y, 'integer division or modulo by zero'), intMod(x, y, 'integer division or modulo by zero')]);
  }
  const fx = x ?? asFloat(a), fy = y ?? asFloat(b);
  if (fx !== undefined && fy !== undefined) {
    const [q, r] = floatDivmod(Number(fx), Number(fy), 'float divmod()');
    return new PyTuple([mkFloat(q), mkFloat(r)]);
  }
  const m = userDunder(a, '__divmod__');
  if (m !== undefined) return callWithSelf(m, a, [b]);
  const rm = userDunder(b, '__rdivmod__');
  if (rm !== undefined) return callWithSelf(rm, b, [a]);
  return typeErr(`unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

export function powBuiltin(args: unknown[], kw: KwArgs): unknown {
  const [base, exp, modArg] = clinicArgs('pow', args, kw, { names: ['base', 'exp', 'mod'], posonly: 0, required: 2, maxpos: 3 });
  const mod = modArg === undefined ? null : modArg;
  if (mod === null) return binaryOp('**', base, exp);
  const a = asInt(base), b = asInt(exp), m = asInt(mod);
  if (a === undefined || b === undefined || m === undefined) typeErr('pow() 3rd argument not allowed unless all arguments are integers');
  return intPowMod(a!, b!, m!);
}

function baseBuiltin(name: string, base: 2 | 8 | 16): (args: unknown[], kw: KwArgs) => unknown {
  return (args, kw) => intToBase(indexOf(oneArg(name, args, kw)), base);
}
export const binBuiltin = baseBuiltin('bin', 2);
export const octBuiltin = baseBuiltin('oct', 8);
export const hexBuiltin = baseBuiltin('hex', 16);

export function ordBuiltin(args: unknown[], kw: KwArgs): unknown {
  const s = oneArg('ord', args, kw);
  // ord(b'a') / ord(bytearray(b'a')): the byte's value
  if (s instanceof PyBytes) {
    if (s.data.length !== 1) typeErr(`ord() expected a character, but string of length ${s.data.length} found`);
    return s.data[0];
  }
  if (typeof s !== 'string') typeErr(`ord() expected string of length 1, but ${typeOf(s).name} found`);
  const n = cpLength(s as string);
  if (n !== 1) typeErr(`ord() expected a character, but string of length ${n} found`);
  return (s as string).codePointAt(0)!;
}

export function chrBuiltin(args: unknown[], kw: KwArgs): unknown {
  const i = indexOf(oneArg('chr', args, kw));
  if (!(i >= 0 && i < 0x110000)) valueErr('chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(i));
}

export function sumBuiltin(args: unknown[], kw: KwArgs): unknown {
  const [iterable, start] = clinicArgs('sum', args, kw, { names: ['iterable', 'start'], posonly: 1, required: 1, maxpos: 2 });
  let acc: unknown = start === undefined ? 0 : start;
  if (typeof acc === 'string') typeErr("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) typeErr(`sum() can't sum ${typeOf(acc).name} [use b''.join(seq) instead]`);
  const it = pyIter(iterable);
  for (let v = nextOf(it); v !== DONE; v = nextOf(it)) {
    charge(1);
    acc = add(acc, v);
  }
  return acc;
}

function minmax(name: 'min' | 'max', args: unknown[], kw: KwArgs): unknown {
  // CPython checks the positional count before the keywords (max(x=1) names the count).
  if (args.length === 0) typeErr(`${name} expected at least 1 argument, got 0`);
  const o = kwArgs(name, kw, ['key', 'default']);
  const key = o.get('key') ?? null;
  const hasDefault = o.has('default');
  if (args.length > 1 && hasDefault) typeErr(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const it = pyIter(args.length === 1 ? args[0] : new PyTuple(args));
  const better = name === 'min' ? lt : gt;
  let best: unknown = DONE, bestKey: unknown = null;
  for (let v = nextOf(it); v !== DONE; v = nextOf(it)) {
    charge(1);
    const k = key === null ? v : call(key, v);
    if (best === DONE || truthy(better(k, bestKey))) {
      best = v;
      bestKey = k;
    }
  }
  if (best === DONE) {
    if (hasDefault) return o.get('default');
    valueErr(`${name}() arg is an empty sequence`);
  }
  return best;
}

export function minBuiltin(args: unknown[], kw: KwArgs): unknown {
  return minmax('min', args, kw);
}
export function maxBuiltin(args: unknown[], kw: KwArgs): unknown {
  return minmax('max', args, kw);
}
