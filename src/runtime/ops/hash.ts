// hash() with CPython's values for numbers (so 1, 1.0 and True hash alike, and hash(1.5) matches)
// and tuples (the xxHash-based tuple hash); identity hashes come from the deterministic ids.

import { PyFloat } from '../core/float-box.js';
import { PyTuple } from '../types/tuple.js';
import { PySet } from '../types/set.js';
import { typeOf } from '../core/type-of.js';
import { lookupMro } from '../core/pytype.js';
import { builtinDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import { typeErr } from './raise.js';
import { objectId } from './identity.js';
import { normBig, type Int } from '../core/int-math.js';
import { PyList } from '../types/list.js';
import { PyDict } from '../types/dict.js';
import { asInt } from './numeric.js';
import { PyBytes, PyByteArray } from '../types/bytes.js';
import { PyRange } from '../types/range.js';
import { PySlice } from '../types/slice.js';
import { nested } from '../core/recursion.js';
import { charge } from '../core/budget.js';
import { RATES, chargeIntLinear } from '../core/rates.js';

const P = (1n << 61n) - 1n;

export function hashInt(n: Int): Int {
  if (typeof n === 'number' && n >= 0 && n < 2 ** 61 - 1) return n;
  if (typeof n === 'number' && n < 0 && n > -(2 ** 53)) return n === -1 ? -2 : n;
  const b = BigInt(n);
  if (typeof n === 'bigint' && BigInt.asIntN(1024, n) !== n) chargeIntLinear(n.toString(16).length * 4);
  let h = (b < 0n ? -b : b) % P;
  if (b < 0n) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

export function hashFloat(x: number): Int {
  if (Number.isNaN(x)) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  // x = m * 2**e with m an integer: hash = m * 2**(e mod 61) mod P.
  let m = Math.abs(x), e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  const exp = BigInt((((e % 61) + 61) % 61));
  let h = (BigInt(m) * (1n << exp)) % P;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

function hashStr(s: string): number {
  if (s.length >= RATES.hashCharsPerOp) charge(Math.floor(s.length / RATES.hashCharsPerOp));
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

/** hashStr of the latin-1 string of `data`, without building it (a spread of a big array overflows the stack). */
function hashBytes(data: Uint8Array): number {
  if (data.length >= RATES.hashCharsPerOp) charge(Math.floor(data.length / RATES.hashCharsPerOp));
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i]!, 16777619);
  return h | 0;
}

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function hashTuple(items: readonly unknown[]): Int {
  charge(items.length);
  let acc = XXPRIME_5;
  for (const it of items) {
    const lane = BigInt.asUintN(64, BigInt(pyHash(it)));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return normBig(BigInt.asIntN(64, acc));
}

/** CPython's frozenset_hash: an order-independent xor of shuffled entry hashes, then mixed. */
function hashFrozenset(s: PySet): Int {
  const shuffle = (h: bigint): bigint => ((((h ^ 89869747n) ^ (h << 16n)) & M64) * 3644798167n) & M64;
  charge(s.table.size);
  let h = 0n;
  for (const e of s.table.entries()) h ^= shuffle(BigInt.asUintN(64, BigInt(pyHash(e.key))));
  h ^= ((BigInt(s.table.size) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  return normBig(BigInt.asIntN(64, h));
}

/**
 * What hash() makes of a __hash__ result: CPython keeps a value that fits a C Py_ssize_t as it is
 * (only -1 becomes -2) and hashes larger ints.
 */
function userHashValue(r: Int): Int {
  if (typeof r === 'number') return r === -1 ? -2 : r;
  if (r >= -(2n ** 63n) && r < 2n ** 63n) return r;
  return hashInt(r);
}

export function pyHash(v: unknown): Int {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? hashInt(v) : hashFloat(v);
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return hashStr(v);
  }
  if (v === null) return 0x5f3759df;
  if (v instanceof PyFloat) return hashFloat(v.value);
  if (v instanceof PyTuple) return nested('', () => hashTuple(v.items));
  if (v instanceof PyBytes && !(v instanceof PyByteArray)) return hashBytes(v.data);
  if (v instanceof PySet && v.frozen) return nested('', () => hashFrozenset(v));
  // CPython's range_hash: equal ranges (range(0) == range(5, 5)) hash alike.
  if (v instanceof PyRange) return hashTuple(v.length === 0 ? [0, null, null] : v.length === 1 ? [1, v.start, null] : [v.length, v.start, v.step]);
  if (v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PyByteArray || v instanceof PySlice) return typeErr(`unhashable type: '${typeOf(v).name}'`);
  const t = typeOf(v);
  if (t.layout !== 'builtin') {
    const f = lookupMro(t, '__hash__');
    if (f === null) typeErr(`unhashable type: '${t.name}'`);
    if (f !== undefined && !builtinDunder(f)) {
      const r = asInt(callWithSelf(f, v, []));
      if (r === undefined) typeErr('__hash__ method should return an integer');
      return userHashValue(r);
    }
  }
  return Math.floor(objectId(v) / 16);
}
