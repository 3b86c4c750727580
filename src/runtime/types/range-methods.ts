// range and slice: constructors and methods. Ranges hold JS numbers; bounds beyond 2^53 are
// refused with OverflowError (a documented limitation: CPython allows them until len()).

import { checkArity } from './method-arity.js';
import { rangeType, sliceType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import { defineGetters } from '../core/getset.js';
import type { KwArgs } from '../core/pytype.js';
import { PyRange } from './range.js';
import { PySlice } from './slice.js';
import { noKw, argCount } from '../builtins/args.js';
import { indexOf } from './int-methods.js';
import { valueErr, overflowErr } from '../ops/raise.js';
import { asInt } from '../ops/numeric.js';
import { pyRepr } from '../ops/repr.js';
import { PyTuple } from './tuple.js';
import { resolveSlice } from '../ops/index-arith.js';
import { charge } from '../core/budget.js';
import { eq } from '../ops/compare.js';
import { truthy } from '../ops/truthy.js';

function bound(v: unknown): number {
  const n = indexOf(v);
  if (typeof n === 'bigint') overflowErr('Python int too large to convert to C ssize_t');
  return n as number;
}

rangeType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('range', kw);
  argCount('range', args, 1, 3);
  if (args.length === 1) return new PyRange(0, bound(args[0]), 1);
  const step = args.length === 3 ? bound(args[2]) : 1;
  if (step === 0) valueErr('range() arg 3 must not be zero');
  return new PyRange(bound(args[0]), bound(args[1]), step);
};

/** `x in range(...)` without iterating. */
export function rangeContains(r: PyRange, x: unknown): boolean | undefined {
  const n = asInt(x);
  if (n === undefined || typeof n === 'bigint') return undefined;
  const off = n - r.start;
  if (r.step > 0 ? n < r.start || n >= r.stop : n > r.start || n <= r.stop) return false;
  return off % r.step === 0;
}

/** Positions where a non-int (1.0, an object with __eq__) equals an item: CPython's sequence search. */
function rangeSearch(r: PyRange, x: unknown, firstOnly: boolean): number[] {
  const found: number[] = [];
  charge(r.length);
  for (let i = 0; i < r.length; i++) {
    if (truthy(eq(r.at(i), x))) {
      found.push(i);
      if (firstOnly) break;
    }
  }
  return found;
}

defineMethods(rangeType, {
  index: (args) => {
    const r = args[0] as PyRange;
    const known = rangeContains(r, args[1]);
    if (known === true) return ((asInt(args[1]) as number) - r.start) / r.step;
    if (known === false) return valueErr(`${pyRepr(args[1])} is not in range`);
    // Not an int: CPython's generic sequence search, and its wording when nothing is equal.
    const at = rangeSearch(r, args[1], true);
    return at.length > 0 ? at[0] : valueErr('sequence.index(x): x not in sequence');
  },
  count: (args) => {
    const known = rangeContains(args[0] as PyRange, args[1]);
    return known === undefined ? rangeSearch(args[0] as PyRange, args[1], false).length : known ? 1 : 0;
  },
});

defineGetters(rangeType, {
  start: (r) => (r as PyRange).start,
  stop: (r) => (r as PyRange).stop,
  step: (r) => (r as PyRange).step,
});

sliceType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('slice', kw);
  argCount('slice', args, 1, 3);
  if (args.length === 1) return new PySlice(null, args[0], null);
  return new PySlice(args[0], args[1], args.length === 3 ? args[2] : null);
};

defineMethods(sliceType, {
  indices: (args) => {
    const len = indexOf(args[1]);
    if (len < 0) valueErr('length should not be negative');
    const r = resolveSlice(args[0] as PySlice, Number(len));
    return new PyTuple([r.start, r.stop, r.step]);
  },
});

defineGetters(sliceType, {
  start: (s) => (s as PySlice).start,
  stop: (s) => (s as PySlice).stop,
  step: (s) => (s as PySlice).step,
});

checkArity(rangeType, { index: 'one', count: 'one' });
checkArity(sliceType, { indices: 'one' });
