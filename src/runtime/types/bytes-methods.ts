// bytes: the constructor, str.encode / bytes.decode for utf-8, ascii and latin-1, and the bytes
// behaviour the operators need (comparison, concatenation, indexing, membership), kept here so
// the generic ops only dispatch. Decoding errors are strict, worded as CPython's codecs.

import { bytesType, strType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import type { KwArgs } from '../core/pytype.js';
import { PyBytes } from './bytes.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PySlice } from './slice.js';
import { kwArgs, argCount } from '../builtins/args.js';
import { typeErr, valueErr, raiseNew, indexErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { asInt } from '../ops/numeric.js';
import { listFromIterable } from '../ops/iter.js';
import { sliceItems } from '../ops/index-arith.js';
import { indexOf } from './int-methods.js';
import { PyExc_LookupError, exceptionTypes } from '../core/exception-types.js';
import { strAscii } from '../text/str-repr.js';
import { charge } from '../core/budget.js';
import { MAX_SEQUENCE_ITEMS } from '../ops/arith-builtin.js';
import { memoryErr } from '../ops/raise.js';

type Codec = 'utf-8' | 'ascii' | 'latin-1';

function codecOf(v: unknown): Codec {
  if (v === undefined) return 'utf-8';
  if (typeof v !== 'string') typeErr(`encode() argument 'encoding' must be str, not ${typeOf(v).name}`);
  const n = (v as string).toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n === 'utf8') return 'utf-8';
  if (n === 'ascii' || n === 'us-ascii') return 'ascii';
  if (n === 'latin-1' || n === 'latin1' || n === 'iso-8859-1') return 'latin-1';
  return raiseNew(PyExc_LookupError, `unknown encoding: ${v as string}`);
}

function codecError(kind: 'Encode' | 'Decode', msg: string): never {
  return raiseNew(exceptionTypes.get(`Unicode${kind}Error`)!, msg);
}

export function encodeStr(s: string, codec: Codec): PyBytes {
  charge(s.length >> 4);
  const out: number[] = [];
  let i = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (codec === 'utf-8') {
      if (cp >= 0xd800 && cp <= 0xdfff) {
        codecError('Encode', `'utf-8' codec can't encode character '\\u${cp.toString(16)}' in position ${i}: surrogates not allowed`);
      }
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    } else {
      const limit = codec === 'ascii' ? 0x80 : 0x100;
      if (cp >= limit) {
        codecError('Encode', `'${codec}' codec can't encode character ${strAscii(ch)} in position ${i}: ordinal not in range(${limit})`);
      }
      out.push(cp);
    }
    i++;
  }
  return new PyBytes(Uint8Array.from(out));
}

/** Strict UTF-8 decoding with CPython's error reasons. */
function decodeUtf8(d: Uint8Array): string {
  let s = '';
  let i = 0;
  const fail = (pos: number, reason: string): never =>
    codecError('Decode', `'utf-8' codec can't decode byte 0x${d[pos]!.toString(16).padStart(2, '0')} in position ${pos}: ${reason}`);
  while (i < d.length) {
    const c = d[i]!;
    if (c < 0x80) {
      s += String.fromCharCode(c);
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) fail(i, 'invalid start byte');
    let cp = c & (n === 1 ? 0x1f : n === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= n; k++) {
      if (i + k >= d.length) {
        if (d.length - 1 > i) codecError('Decode', `'utf-8' codec can't decode bytes in position ${i}-${d.length - 1}: unexpected end of data`);
        fail(i, 'unexpected end of data');
      }
      const cc = d[i + k]!;
      // The second byte's valid range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates).
      const lo = k === 1 && c === 0xe0 ? 0xa0 : k === 1 && c === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && c === 0xed ? 0x9f : k === 1 && c === 0xf4 ? 0x8f : 0xbf;
      if (cc < lo || cc > hi) fail(i, 'invalid continuation byte');
      cp = (cp << 6) | (cc & 63);
    }
    s += String.fromCodePoint(cp);
    i += n + 1;
  }
  return s;
}

export function decodeBytes(b: PyBytes, codec: Codec): string {
  charge(b.data.length >> 4);
  if (codec === 'utf-8') return decodeUtf8(b.data);
  let s = '';
  for (let i = 0; i < b.data.length; i++) {
    const c = b.data[i]!;
    if (codec === 'ascii' && c >= 0x80) {
      codecError('Decode', `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${i}: ordinal not in range(128)`);
    }
    s += String.fromCharCode(c);
  }
  return s;
}

bytesType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  const o = kwArgs('bytes', kw, ['source', 'encoding', 'errors']);
  argCount('bytes', args, 0, 3);
  const src = args.length > 0 ? args[0] : o.get('source');
  const enc = args.length > 1 ? args[1] : o.get('encoding');
  if (src === undefined) return new PyBytes(new Uint8Array(0));
  if (typeof src === 'string') {
    if (enc === undefined) typeErr('string argument without an encoding');
    return encodeStr(src, codecOf(enc));
  }
  if (enc !== undefined) typeErr('encoding without a string argument');
  if (src instanceof PyBytes) return src;
  const n = asInt(src);
  if (n !== undefined) {
    if (n < 0) valueErr('negative count');
    if (n > MAX_SEQUENCE_ITEMS) memoryErr();
    charge(Number(n) >> 6);
    return new PyBytes(new Uint8Array(Number(n)));
  }
  const items = listFromIterable(src);
  const out = new Uint8Array(items.length);
  items.forEach((x, i) => {
    const v = indexOf(x);
    if (!(v >= 0 && v < 256)) valueErr('bytes must be in range(0, 256)');
    out[i] = Number(v);
  });
  return new PyBytes(out);
};

/** b[i] → int, b[i:j] → bytes. */
export function bytesItem(b: PyBytes, key: unknown): unknown {
  if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceItems(Array.from(b.data), key)));
  let i = Number(indexOf(key));
  if (i < 0) i += b.data.length;
  if (!(i >= 0 && i < b.data.length)) indexErr('index out of range');
  return b.data[i];
}

export function bytesCompare(a: PyBytes, b: PyBytes): number {
  const n = Math.min(a.data.length, b.data.length);
  for (let i = 0; i < n; i++) if (a.data[i] !== b.data[i]) return a.data[i]! - b.data[i]!;
  return a.data.length - b.data.length;
}

export function bytesContains(b: PyBytes, x: unknown): boolean {
  const n = asInt(x);
  if (n !== undefined) {
    if (!(n >= 0 && n < 256)) valueErr('byte must be in range(0, 256)');
    return b.data.includes(Number(n));
  }
  if (!(x instanceof PyBytes)) typeErr(`a bytes-like object is required, not '${typeOf(x).name}'`);
  const hay = Array.from(b.data).join(','), needle = Array.from((x as PyBytes).data).join(',');
  return needle === '' || `,${hay},`.includes(`,${needle},`);
}

defineMethods(bytesType, {
  decode: (args, kw) => decodeBytes(args[0] as PyBytes, codecOf(args.length > 1 ? args[1] : kwArgs('decode', kw, ['encoding', 'errors']).get('encoding'))),
  hex: (args) => Array.from((args[0] as PyBytes).data, (c) => c.toString(16).padStart(2, '0')).join(''),
});

defineMethods(strType, {
  encode: (args, kw) => encodeStr(args[0] as string, codecOf(args.length > 1 ? args[1] : kwArgs('encode', kw, ['encoding', 'errors']).get('encoding'))),
});

export const installedBytesMethods = [PyList, PyTuple];
