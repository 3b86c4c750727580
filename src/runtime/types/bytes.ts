// bytes and bytearray: the value classes. A bytearray is a PyBytes whose `data` changes: it is a
// view of a growable buffer, so every read path written for bytes (len, iteration, comparison,
// membership, methods) serves both; only results (`like`) and mutation differ.

import type { PyType } from '../core/pytype.js';
import { bytesType, bytearrayType } from '../core/builtin-types.js';
import { checkBytes } from '../core/budget.js';
import { chargeText } from '../text/text-cost.js';
import { checkTextSize } from '../text/size-limit.js';
import { textCall } from '../ops/text-errors.js';

export class PyBytes {
  /** Read-only for bytes; a bytearray replaces it (see PyByteArray.setData). */
  constructor(public data: Uint8Array) {}
  get cls(): PyType {
    return bytesType;
  }
}

export class PyByteArray extends PyBytes {
  private buf: Uint8Array;
  constructor(data: Uint8Array) {
    super(data);
    this.buf = data;
  }
  override get cls(): PyType {
    return bytearrayType;
  }
  /** Replaces the contents (the new array is owned by this bytearray). */
  setData(d: Uint8Array): void {
    this.buf = d;
    this.data = d;
  }
  /** Appends bytes in amortised constant time per byte (append/extend/+= in loops). */
  push(extra: ArrayLike<number>): void {
    const n = this.data.length;
    if (n + extra.length > this.buf.length) {
      checkBytes(n + extra.length);
      const grown = new Uint8Array(Math.max(8, (n + extra.length) * 2));
      grown.set(this.data);
      this.buf = grown;
    }
    this.buf.set(extra, n);
    this.data = this.buf.subarray(0, n + extra.length);
  }
  /**
   * Replaces `count` bytes at `at` with `items`, moving only the tail (so pop() from the end is
   * constant time): the work is the tail's length plus the items'. Returns that, for the op charge.
   */
  splice(at: number, count: number, items: ArrayLike<number>): number {
    const tail = this.data.slice(at + count);
    this.data = this.buf.subarray(0, at);
    this.push(items);
    this.push(tail);
    return tail.length + items.length;
  }
}

/** A result of the same type as `self` (bytearray methods return bytearrays). */
export function bytesLike(self: PyBytes, d: Uint8Array): PyBytes {
  return self instanceof PyByteArray ? new PyByteArray(d) : new PyBytes(d);
}

/** Bytes as a JS string of char codes 0..255, so the pure str functions can work on them. */
export function latin1Of(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return s;
}

export function bytesFromLatin1(s: string): PyBytes {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i) & 0xff;
  return new PyBytes(d);
}

/** b'...' as CPython prints it; bytearray(b'...') for a bytearray. */
export function bytesRepr(b: PyBytes): string {
  return b instanceof PyByteArray ? `bytearray(${bytesLiteral(b)})` : bytesLiteral(b);
}

function bytesLiteral(b: PyBytes): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b.data) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  let n = 0;
  chargeText(b.data.length);
  for (const c of b.data) {
    // escapes grow the text up to 4x: check the size as it grows
    if ((++n & 4095) === 0) textCall(() => checkTextSize(out.length));
    // bytearray's repr escapes every single quote, whatever the delimiter (CPython's bytearray_repr)
    if (c === 0x5c || (c === 0x27 && (q === "'" || b instanceof PyByteArray))) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  chargeText(out.length);
  return out + q;
}
