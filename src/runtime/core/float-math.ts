// Float arithmetic with CPython's semantics where IEEE/JS differ: floor division and modulo
// (sign of the divisor, CPython's float_divmod rounding), pow errors, and division by zero.

import { zeroDivErr, overflowErr, valueErr } from '../ops/raise.js';

export function floatDiv(a: number, b: number): number {
  if (b === 0) zeroDivErr('float division by zero');
  return a / b;
}

/** [floordiv, mod] as CPython's float_divmod computes them. */
export function floatDivmod(vx: number, wx: number, msg: string): [number, number] {
  if (wx === 0) zeroDivErr(msg);
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b, 'float floor division by zero')[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) zeroDivErr('float modulo');
  if (!Number.isFinite(b) && Number.isFinite(a)) {
    // CPython: fmod(x, ±inf) = x, then sign fix-up
    if (a === 0 || (a < 0) === (b < 0)) return a;
    return b;
  }
  return floatDivmod(a, b, 'float modulo')[1];
}

export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) zeroDivErr('0.0 cannot be raised to a negative power');
  if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) {
    valueErr('complex results are not supported');
  }
  if (a === 1 || b === 0) return 1; // Python: 1 ** nan == 1, nan ** 0 == 1
  const r = a ** b;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) overflowErr("(34, 'Numerical result out of range')");
  return r;
}
