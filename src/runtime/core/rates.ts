// The op rates of builtin work, in one place (security invariant 5: builtins charge in proportion to
// their work, deterministically). One op is about one iteration of a script loop; builtin work
// that is cheaper per unit is charged a fraction of an op per unit, rounded up per call. The table
// is documented in docs/limitations/containers.md and numbers.md; keep them in step.

import { charge } from './budget.js';

export const RATES = {
  /** Items moved without running script code (copy, slice, concat, `*`, extend, reverse, insert/pop shifting, materialising a range). */
  copyItemsPerOp: 8,
  /** Leading equal items of a sequence comparison, entries of dict/set comparison (a power of two). */
  compareItemsPerOp: 8,
  /** 64-bit limbs of linear big-int work (add, sub, bitwise, shifts, negation, bit_count, hashing). */
  intLimbsPerOp: 2,
  /** Limb products of quadratic big-int work (multiplication, division, modulo, pow, pow with modulus). */
  intLimbProductsPerOp: 256,
  /** Ops an entry inserted into a set costs (CPython's slot layout is emulated: several times a dict insert). */
  setInsertOps: 4,
  /** UTF-16 units of a str hashed (a set of str, hash()). */
  hashCharsPerOp: 64,
} as const;
// Items that may run script code or hash (`in`, count, index, remove, sort comparisons, min/max,
// sum, any/all, map/filter/zip/enumerate consumption, building a dict or set) cost one op each.

/** Work that moves `n` items. */
export function chargeCopy(n: number): void {
  if (n > 0) charge(Math.ceil(n / RATES.copyItemsPerOp));
}

export function limbsOf(bits: number): number {
  return Math.ceil(bits / 64);
}

/** Linear big-int work on a `bits`-bit operand. */
export function chargeIntLinear(bits: number): void {
  const n = limbsOf(bits);
  if (n >= RATES.intLimbsPerOp) charge(Math.floor(n / RATES.intLimbsPerOp));
}

/** Quadratic big-int work: operands of `bitsA` and `bitsB` bits (schoolbook cost; V8 is often faster). */
export function chargeIntProduct(bitsA: number, bitsB: number): void {
  const p = limbsOf(bitsA) * limbsOf(bitsB);
  if (p >= RATES.intLimbProductsPerOp) charge(Math.floor(p / RATES.intLimbProductsPerOp));
}

/** Work that inserts or looks up `n` entries of a set. */
export function chargeSetInserts(n: number): void {
  if (n > 0) charge(n * RATES.setInsertOps);
}
