// Arbitrary-precision int arithmetic with Python semantics on the runtime's int representation:
// a safe-integer JS number, or a bigint beyond 2^53 (always normalised back when small again).
// Floor division and modulo take the sign of the divisor, as Python's do.

import { zeroDivErr, valueErr, memoryErr, overflowErr } from '../ops/raise.js';
import { checkBytes } from './budget.js';
import { chargeIntLinear, chargeIntProduct } from './rates.js';

export type Int = number | bigint;

/** Results bigger than this many bits are refused with PyExc_MemoryError before being computed. */
export const MAX_INT_BITS = 1 << 24;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

export function normBig(b: bigint): Int {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

export function big(a: Int | boolean): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

export function bitLength(a: Int): number {
  if (typeof a === 'number') {
    const n = Math.abs(a);
    return n === 0 ? 0 : n < 2 ** 31 ? 32 - Math.clz32(n) : big(n).toString(2).length;
  }
  // Hex, not binary: a quarter of the string for the same answer.
  const hex = (a < 0n ? -a : a).toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/**
 * For charging linear work: a power-of-two upper bound (within 2x) on a bigint's bit length, 0 for
 * a number or up to 1024 bits (ordinary big ints are not charged). Cheaper than bitLength, which would cost more than the addition it is charging for.
 */
function bigBits(a: Int): number {
  if (typeof a === 'number' || BigInt.asIntN(1024, a) === a) return 0;
  let k = 2048;
  while (BigInt.asIntN(k, a) !== a) k *= 2;
  return k;
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  chargeIntLinear(Math.max(bigBits(a), bigBits(b)));
  return normBig(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  chargeIntLinear(Math.max(bigBits(a), bigBits(b)));
  return normBig(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r + 0; // + 0 turns -0 into 0
  }
  const bitsA = bitLength(a), bitsB = bitLength(b);
  checkIntBits(bitsA + bitsB);
  chargeIntProduct(bitsA, bitsB);
  return normBig(big(a) * big(b));
}

export function intFloorDiv(a: Int, b: Int, msg = 'integer division or modulo by zero'): Int {
  if (b === 0) zeroDivErr(msg);
  if (typeof a === 'number' && typeof b === 'number') {
    const r = intModNum(a, b);
    const q = (a - r) / b;
    if (Number.isSafeInteger(q) && Number.isSafeInteger(a - r)) return q + 0;
  }
  chargeDivision(a, b);
  const x = big(a), y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normBig(q);
}

function intModNum(a: number, b: number): number {
  let r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  return r + 0;
}

export function intMod(a: Int, b: Int, msg = 'integer modulo by zero'): Int {
  if (b === 0) zeroDivErr(msg);
  if (typeof a === 'number' && typeof b === 'number') return intModNum(a, b);
  chargeDivision(a, b);
  const x = big(a), y = big(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normBig(r);
}

/** Schoolbook division cost: quotient limbs times divisor limbs. */
function chargeDivision(a: Int, b: Int): void {
  const bitsA = bigBits(a), bitsB = bigBits(b);
  chargeIntLinear(bitsA);
  if (bitsA > bitsB) chargeIntProduct(bitsA - bitsB + 64, bitsB);
}

/**
 * Refuses an int result of `bits` bits before computing it: MemoryError past the byte budget
 * (Limits.maxBytes, eight bits a byte) or the hard MAX_INT_BITS cap.
 */
export function checkIntBits(bits: number): void {
  if (bits > MAX_INT_BITS) memoryErr();
  checkBytes(Math.ceil(bits / 8));
}

/** a ** b for b >= 0. */
export function intPow(a: Int, b: Int): Int {
  const e = big(b);
  if (typeof a === 'number' && (a === 0 || a === 1)) return e === 0n ? 1 : a;
  if (a === -1) return e % 2n === 0n ? 1 : -1;
  if (e > BigInt(MAX_INT_BITS)) memoryErr();
  const bits = bitLength(a) * Number(e);
  checkIntBits(bits);
  // Repeated squaring: the last squaring dominates, operands of half the result's size.
  chargeIntProduct(bits / 2, bits / 2);
  return normBig(big(a) ** e);
}

/** Modular exponentiation for pow(a, b, m), including a negative exponent (modular inverse). */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  if (m === 0) valueErr('pow() 3rd argument cannot be 0');
  let base = big(a), e = big(b);
  const mod = big(m);
  const am = mod < 0n ? -mod : mod;
  if (e < 0n) {
    base = modInverse(((base % am) + am) % am, am);
    e = -e;
  }
  // Per exponent bit: a squaring and a multiplication, each reduced modulo m.
  const mBits = bitLength(am);
  for (let i = bitLength(e); i > 0; i -= 1024) {
    chargeIntProduct(mBits, mBits * 4 * Math.min(i, 1024));
  }
  chargeIntProduct(bitLength(base), mBits);
  let r = 1n % am;
  base = ((base % am) + am) % am;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % am;
    base = (base * base) % am;
    e >>= 1n;
  }
  if (mod < 0n && r !== 0n) r += mod;
  return normBig(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [a, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) valueErr('base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

export function intLshift(a: Int, b: Int): Int {
  if (b < 0) valueErr('negative shift count');
  if (a === 0) return 0;
  // CPython: a count past Py_ssize_t is OverflowError, a huge one that fits is MemoryError.
  if (typeof b === 'bigint' && b >= 1n << 63n) overflowErr('too many digits in integer');
  if (typeof b === 'bigint' || b > MAX_INT_BITS) memoryErr();
  const bits = bitLength(a) + b;
  checkIntBits(bits);
  chargeIntLinear(bits);
  return normBig(big(a) << big(b));
}

export function intRshift(a: Int, b: Int): Int {
  if (b < 0) valueErr('negative shift count');
  if (typeof b === 'bigint' || b >= bitLength(a)) return a < 0 ? -1 : 0;
  chargeIntLinear(bigBits(a));
  return normBig(big(a) >> BigInt(b));
}

export function intBitop(op: '&' | '|' | '^', a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && a >= -(2 ** 31) && a < 2 ** 31 && b >= -(2 ** 31) && b < 2 ** 31) {
    return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
  }
  chargeIntLinear(Math.max(bigBits(a), bigBits(b)));
  const x = big(a), y = big(b);
  return normBig(op === '&' ? x & y : op === '|' ? x | y : x ^ y);
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return 0 - a;
  chargeIntLinear(bitLength(a));
  return normBig(-a);
}

/** int → float, exactly rounded; PyExc_OverflowError when out of range. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const x = Number(a);
  if (!Number.isFinite(x)) overflowErr('int too large to convert to float');
  return x;
}

/** x * 2**e without intermediate overflow. */
export function ldexp(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

/** int / int, correctly rounded even for big ints (`10**30/3`). */
export function intTrueDiv(a: Int, b: Int): number {
  if (b === 0) zeroDivErr('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  chargeDivision(a, b);
  let x = big(a), y = big(b);
  const neg = (x < 0n) !== (y < 0n);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return neg ? -0 : 0;
  const shift = bitLength(y) - bitLength(x) + 55;
  const n = shift >= 0 ? x << BigInt(shift) : x;
  const d = shift >= 0 ? y : y << BigInt(-shift);
  let q = n / d;
  if (n % d !== 0n) q |= 1n; // sticky bit so the conversion below rounds correctly
  const r = ldexp(Number(q), -shift);
  if (!Number.isFinite(r)) overflowErr('integer division result too large for a float');
  return neg ? -r : r;
}

/** Exact conversion of an integral float to int (PyExc_ValueError/PyExc_OverflowError for NaN/inf). */
export function floatToInt(x: number): Int {
  if (Number.isNaN(x)) valueErr('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) overflowErr('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : normBig(BigInt(t));
}
