// round(): banker's rounding (half to even) on the exact binary value of a float, as CPython's
// correctly rounded float round, and on ints for negative ndigits.

import { normBig, big, bitLength, intPow, type Int } from '../core/int-math.js';
import { floatToInt } from '../core/int-math.js';
import { overflowErr } from '../ops/raise.js';

/** Rounds num/den (den > 0) to the nearest integer, ties to even. */
function roundRatio(num: bigint, den: bigint): bigint {
  let q = num / den;
  const r = num - q * den;
  const twice = (r < 0n ? -r : r) * 2n;
  const sign = num < 0n ? -1n : 1n;
  if (twice > den || (twice === den && q % 2n !== 0n)) q += sign;
  return q;
}

function exactParts(x: number): [bigint, number] {
  let m = x, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  return [BigInt(m), e];
}

/** round(x, nd) for a float x: a float. */
export function roundFloat(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 400) return x;
  if (nd < -400) return x < 0 ? -0 : 0;
  const [m, e] = exactParts(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (nd >= 0) num *= 10n ** BigInt(nd); else den *= 10n ** BigInt(-nd);
  const q = roundRatio(num, den);
  const r = Number(`${q}e${-nd}`);
  if (!Number.isFinite(r)) overflowErr('rounded value too large to represent');
  return r === 0 && x < 0 ? -0 : r;
}

/** round(x) for a float x: an int. */
export function roundFloatToInt(x: number): Int {
  if (!Number.isFinite(x)) floatToInt(x);
  const [m, e] = exactParts(x);
  if (e >= 0) return normBig(m << BigInt(e));
  return normBig(roundRatio(m, 1n << BigInt(-e)));
}

/** round(n, nd) for an int n and nd < 0. */
export function roundInt(n: Int, nd: number): Int {
  if (nd >= 0) return n;
  // 10**k > 2**(3k) > 2*|n| once 3k exceeds n's bit length + 1: every such n rounds to 0. Without
  // this, round(15, -2**53) would build a power of ten with 2**53 digits (CPython tries, and hangs).
  if (-nd > bitLength(n) / 3 + 1) return 0;
  const p = big(intPow(10, -nd)); // charged and size-checked like any power
  return normBig(roundRatio(big(n), p) * p);
}
