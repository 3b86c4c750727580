// Index arithmetic shared by sequences: normalising a (possibly negative) index and resolving a
// slice against a length, as CPython's PySlice_Unpack + PySlice_AdjustIndices.

import { PySlice } from '../types/slice.js';
import { asInt } from './numeric.js';
import { typeErr, valueErr } from './raise.js';
import { typeOf } from '../core/type-of.js';
import { userDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import { chargeCopy } from '../core/rates.js';
import { chargeText } from '../text/text-cost.js';

/** An index operand as a JS number (bigints clamp to ±Infinity), or TypeError naming the sequence. */
export function indexValue(v: unknown, what: string): number {
  let n = asInt(v);
  if (n === undefined) {
    const f = userDunder(v, '__index__');
    if (f !== undefined) n = asInt(callWithSelf(f, v, []));
  }
  if (n === undefined) return typeErr(`${what} indices must be integers or slices, not ${typeOf(v).name}`);
  return typeof n === 'bigint' ? (n < 0n ? -Infinity : Infinity) : n;
}

function sliceBound(v: unknown): number {
  let n = asInt(v);
  if (n === undefined) {
    const f = userDunder(v, '__index__');
    if (f !== undefined) n = asInt(callWithSelf(f, v, []));
  }
  if (n === undefined) return typeErr('slice indices must be integers or None or have an __index__ method');
  return typeof n === 'bigint' ? (n < 0n ? -Infinity : Infinity) : n;
}

export interface SliceRange {
  start: number;
  /** The adjusted stop, as slice.indices() reports it. */
  stop: number;
  step: number;
  count: number;
}

export function resolveSlice(s: PySlice, length: number): SliceRange {
  const step = s.step === null ? 1 : sliceBound(s.step);
  if (step === 0) valueErr('slice step cannot be zero');
  let start: number, stop: number;
  if (step > 0) {
    start = s.start === null ? 0 : sliceBound(s.start);
    stop = s.stop === null ? length : sliceBound(s.stop);
    if (start < 0) start = Math.max(0, start + length);
    else start = Math.min(start, length);
    if (stop < 0) stop = Math.max(0, stop + length);
    else stop = Math.min(stop, length);
  } else {
    start = s.start === null ? length - 1 : sliceBound(s.start);
    stop = s.stop === null ? -1 : sliceBound(s.stop);
    if (start < 0) start = Math.max(-1, start + length);
    else start = Math.min(start, length - 1);
    if (s.stop === null) stop = -1;
    else if (stop < 0) stop = Math.max(-1, stop + length);
    else stop = Math.min(stop, length - 1);
  }
  let count = 0;
  if (step > 0 && stop > start) count = Math.floor((stop - start - 1) / step) + 1;
  else if (step < 0 && start > stop) count = Math.floor((start - stop - 1) / -step) + 1;
  return { start, stop, step, count };
}

export function sliceItems<T>(xs: readonly T[], s: PySlice): T[] {
  const r = resolveSlice(s, xs.length);
  chargeCopy(r.count);
  if (r.step === 1) return xs.slice(r.start, r.start + r.count);
  const out: T[] = new Array(r.count);
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out[i] = xs[j]!;
  return out;
}

/**
 * data[s] for bytes and bytearray: copies only the result (never the whole buffer), charged at the
 * text rate on its length. (str slices are charged by cpSlice / cpSliceStep in text/codepoints.ts.)
 */
export function sliceBytes(data: Uint8Array, s: PySlice): Uint8Array {
  const r = resolveSlice(s, data.length);
  chargeText(r.count);
  if (r.step === 1) return data.slice(r.start, r.start + r.count);
  const out = new Uint8Array(r.count);
  for (let i = 0, j = r.start; i < r.count; i++, j += r.step) out[i] = data[j]!;
  return out;
}
