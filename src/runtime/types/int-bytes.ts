// int.to_bytes / int.from_bytes: two's-complement conversion between ints and bytes, with
// CPython's argument defaults (length=1, byteorder='big') and its error wording.

import { intType } from '../core/builtin-types.js';
import { defineMethods, PyBuiltinFunction } from '../core/builtin-function.js';
import type { KwArgs } from '../core/pytype.js';
import { PyClassMethod } from './function.js';
import { PyBytes } from './bytes.js';
import { PyTuple } from './tuple.js';
import { asInt } from '../ops/numeric.js';
import { big, normBig } from '../core/int-math.js';
import { indexOf } from './int-methods.js';
import { typeErr, valueErr, overflowErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { truthy } from '../ops/truthy.js';
import { listFromIterable } from '../ops/iter.js';
import { callArgs } from '../ops/call.js';
import { checkBytes } from '../core/budget.js';
import { chargeText } from '../text/text-cost.js';

/** Binds (positional..., keywords) to the named parameters; `signed` is keyword-only. */
function bindIntBytesArgs(fname: string, names: string[], args: unknown[], kw: KwArgs): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (args.length > names.length) {
    typeErr(`${fname}() takes at most ${names.length} positional arguments (${args.length} given)`);
  }
  args.forEach((v, i) => out.set(names[i]!, v));
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (!names.includes(k) && k !== 'signed') typeErr(`${fname}() got an unexpected keyword argument '${k}'`);
      if (out.has(k)) typeErr(`argument for ${fname}() given by name ('${k}') and position (${names.indexOf(k) + 1})`);
      out.set(k, v);
    }
  }
  return out;
}

function byteorderOf(fname: string, v: unknown): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'string') typeErr(`${fname}() argument 'byteorder' must be str, not ${typeOf(v).name}`);
  if (v !== 'little' && v !== 'big') valueErr("byteorder must be either 'little' or 'big'");
  return v === 'little';
}

function intToBytes(args: unknown[], kw: KwArgs): unknown {
  const o = bindIntBytesArgs('to_bytes', ['length', 'byteorder'], args.slice(1), kw);
  const n = big(asInt(args[0])!);
  const len0 = o.has('length') ? indexOf(o.get('length')) : 1;
  if (len0 > 9223372036854775807n) overflowErr('Python int too large to convert to C ssize_t');
  const len = Number(len0);
  if (len < 0) valueErr('length argument must be non-negative');
  checkBytes(len); // before sizing anything by len (1n << 8·len would be a huge bigint)
  const little = byteorderOf('to_bytes', o.get('byteorder'));
  const signed = o.has('signed') && truthy(o.get('signed'));
  if (n < 0n && !signed) overflowErr("can't convert negative int to unsigned");
  // n fits in len bytes when its magnitude needs at most 8·len bits (one fewer when signed)
  const magnitudeBits = (n < 0n ? -n - 1n : n).toString(2).length - (n === 0n || n === -1n ? 1 : 0);
  const fits = magnitudeBits <= 8 * len - (signed ? 1 : 0);
  if (len === 0 ? n !== 0n : !fits) overflowErr('int too big to convert');
  chargeText(len + magnitudeBits / 4);
  const d = new Uint8Array(len);
  const v = n < 0n ? (1n << BigInt(len * 8)) + n : n; // fits, so 2^(8·len) is at most ~2·|n|
  const hex = v.toString(16).padStart(2 * len, '0'); // big-endian, one pass (no per-byte shifts)
  for (let i = 0; i < len; i++) d[little ? len - 1 - i : i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return new PyBytes(d);
}

function intFromBytes(args: unknown[], kw: KwArgs): unknown {
  const cls = args[0];
  const o = bindIntBytesArgs('from_bytes', ['bytes', 'byteorder'], args.slice(1), kw);
  if (!o.has('bytes')) typeErr("from_bytes() missing required argument 'bytes' (pos 1)");
  const src = o.get('bytes');
  if (typeof src === 'string') typeErr("cannot convert 'str' object to bytes");
  let d: ArrayLike<number>;
  if (src instanceof PyBytes) d = src.data;
  else {
    const items = listFromIterable(src);
    d = items.map((x) => {
      const b = Number(indexOf(x));
      if (b < 0 || b > 255) valueErr('bytes must be in range(0, 256)');
      return b;
    });
  }
  const little = byteorderOf('from_bytes', o.get('byteorder'));
  const signed = o.has('signed') && truthy(o.get('signed'));
  chargeText(3 * d.length); // the bytes, their hex digits, the int
  let hex = '';
  for (let i = 0; i < d.length; i++) hex += d[little ? d.length - 1 - i : i]!.toString(16).padStart(2, '0');
  let v = d.length === 0 ? 0n : BigInt('0x' + hex);
  if (signed && d.length > 0 && v >= 1n << BigInt(d.length * 8 - 1)) v -= 1n << BigInt(d.length * 8);
  const r = normBig(v);
  return cls === intType ? r : callArgs(cls, [r]);
}

defineMethods(intType, {
  to_bytes: intToBytes,
  as_integer_ratio: (args) => new PyTuple([asInt(args[0])!, 1]),
});

intType.dict.set('from_bytes', new PyClassMethod(new PyBuiltinFunction('from_bytes', intFromBytes, null)));

/** Referenced from int-methods.ts so the bundle keeps this module. */
export const installedIntBytes = true;
