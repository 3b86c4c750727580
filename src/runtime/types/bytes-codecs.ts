// The codecs: str.encode / bytes.decode / str(b, encoding) for utf-8, ascii and latin-1 with the
// 'strict', 'ignore' and 'replace' error handlers, and CPython's UnicodeEncodeError /
// UnicodeDecodeError messages (a run of bad input is reported as one range, as CPython's codecs do).

import { strType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import type { KwArgs } from '../core/pytype.js';
import { PyBytes, latin1Of, bytesRepr } from './bytes.js';
import { parseIntText } from '../text/int-parse.js';
import { TextError } from '../text/text-error.js';
import { textCall } from '../ops/text-errors.js';
import { typeErr, raiseNew, newExc, prepareRaise } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { PyExc_LookupError, exceptionTypes } from '../core/exception-types.js';
import { strAscii } from '../text/str-repr.js';
import { checkBytes } from '../core/budget.js';
import { chargeText } from '../text/text-cost.js';
import { pyStr } from '../ops/repr.js';
import { withSig, clinicTypeName } from './str-method-args.js';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';
type ErrorMode = 'strict' | 'ignore' | 'replace';

export function codecOf(v: unknown, fn = 'encode'): Codec {
  if (v === undefined) return 'utf-8';
  if (typeof v !== 'string') typeErr(`${fn}() argument 'encoding' must be str, not ${clinicTypeName(v)}`);
  const n = (v as string).toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n === 'utf8' || n === 'u8') return 'utf-8';
  if (n === 'ascii' || n === 'us-ascii') return 'ascii';
  if (n === 'latin-1' || n === 'latin1' || n === 'iso-8859-1' || n === 'iso8859-1' || n === 'l1') return 'latin-1';
  return raiseNew(PyExc_LookupError, `unknown encoding: ${v as string}`);
}

/** The handler name is checked only when an error happens, as CPython's codec registry does. */
function errorsOf(v: unknown, fn: string): string {
  if (v === undefined) return 'strict';
  if (typeof v !== 'string') typeErr(`${fn}() argument 'errors' must be str, not ${clinicTypeName(v)}`);
  return v as string;
}

function errorMode(name: string): ErrorMode {
  if (name === 'strict' || name === 'ignore' || name === 'replace') return name;
  return raiseNew(PyExc_LookupError, `unknown error handler name '${name}'`);
}

/** Raises UnicodeEncodeError/UnicodeDecodeError with CPython's attributes (encoding, object, start, end, reason). */
function codecError(kind: 'Encode' | 'Decode', msg: string, detail: { codec: Codec; object: unknown; start: number; end: number; reason: string }): never {
  const e = newExc(exceptionTypes.get(`Unicode${kind}Error`)!, msg);
  e.dict.set('encoding', detail.codec);
  e.dict.set('object', detail.object);
  e.dict.set('start', detail.start);
  e.dict.set('end', detail.end);
  e.dict.set('reason', detail.reason);
  throw prepareRaise(e);
}

function hex2(c: number): string {
  return c.toString(16).padStart(2, '0');
}

/** Fixed-size output of an encoder whose size was checked before allocating. */
interface ByteSink { d: Uint8Array; n: number }

function sinkPush(out: ByteSink, ...bytes: number[]): void {
  for (const b of bytes) out.d[out.n++] = b;
}

function utf8Bytes(cp: number, out: ByteSink): void {
  if (cp < 0x80) sinkPush(out, cp);
  else if (cp < 0x800) sinkPush(out, 0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) sinkPush(out, 0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else sinkPush(out, 0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/** Most bytes encoding s can produce: UTF-8 takes up to 3 bytes a UTF-16 unit; the others one. */
function encodedSizeBound(s: string, codec: Codec): number {
  if (codec !== 'utf-8') return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    n += u < 0x80 ? 1 : u < 0x800 ? 2 : u >= 0xd800 && u <= 0xdfff ? 2 : 3; // a pair is 4 bytes
  }
  return n;
}

export function encodeStr(s: string, codec: Codec, errors = 'strict'): PyBytes {
  const size = encodedSizeBound(s, codec);
  checkBytes(size);
  chargeText(s.length + size);
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const bad = codec === 'utf-8' ? (cp: number) => cp >= 0xd800 && cp <= 0xdfff : (cp: number) => cp >= (codec === 'ascii' ? 0x80 : 0x100);
  const out: ByteSink = { d: new Uint8Array(size), n: 0 };
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (!bad(cp)) {
      if (codec === 'utf-8') utf8Bytes(cp, out);
      else sinkPush(out, cp);
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end]!)) end++;
    const mode = errorMode(errors);
    if (mode === 'strict') {
      const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${codec === 'ascii' ? 128 : 256})`;
      const what = end - i === 1 ? `character ${strAscii(String.fromCodePoint(cp))} in position ${i}` : `characters in position ${i}-${end - 1}`;
      codecError('Encode', `'${codec}' codec can't encode ${what}: ${reason}`, { codec, object: s, start: i, end, reason });
    }
    if (mode === 'replace') for (let k = i; k < end; k++) sinkPush(out, 0x3f);
    i = end - 1;
  }
  return new PyBytes(out.d.slice(0, out.n));
}

/** The length of the valid UTF-8 sequence at i, or a negative count of the bytes of the invalid one. */
function utf8Step(d: Uint8Array, i: number): { n: number; reason: string } {
  const c = d[i]!;
  if (c < 0x80) return { n: 1, reason: '' };
  const more = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
  if (more < 0) return { n: -1, reason: 'invalid start byte' };
  for (let k = 1; k <= more; k++) {
    if (i + k >= d.length) return { n: -(d.length - i), reason: 'unexpected end of data' };
    const cc = d[i + k]!;
    // The second byte's valid range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates).
    const lo = k === 1 && c === 0xe0 ? 0xa0 : k === 1 && c === 0xf0 ? 0x90 : 0x80;
    const hi = k === 1 && c === 0xed ? 0x9f : k === 1 && c === 0xf4 ? 0x8f : 0xbf;
    if (cc < lo || cc > hi) return { n: -k, reason: 'invalid continuation byte' };
  }
  return { n: more + 1, reason: '' };
}

function decodeUtf8(d: Uint8Array, errors: string): string {
  let s = '';
  let i = 0;
  while (i < d.length) {
    const { n, reason } = utf8Step(d, i);
    if (n > 0) {
      if (n === 1) s += String.fromCharCode(d[i]!);
      else {
        let cp = d[i]! & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
        for (let k = 1; k < n; k++) cp = (cp << 6) | (d[i + k]! & 63);
        s += String.fromCodePoint(cp);
      }
      i += n;
      continue;
    }
    const mode = errorMode(errors);
    if (mode === 'strict') {
      const what = n === -1 ? `byte 0x${hex2(d[i]!)} in position ${i}` : `bytes in position ${i}-${i - n - 1}`;
      codecError('Decode', `'utf-8' codec can't decode ${what}: ${reason}`, { codec: 'utf-8', object: new PyBytes(d.slice()), start: i, end: i - n, reason });
    }
    if (mode === 'replace') s += '\ufffd';
    i -= n;
  }
  return s;
}

export function decodeBytes(data: Uint8Array, codec: Codec, errors = 'strict'): string {
  chargeText(2 * data.length); // read the bytes, write the characters
  if (codec === 'utf-8') return decodeUtf8(data, errors);
  let s = '';
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (codec === 'ascii' && c >= 0x80) {
      const mode = errorMode(errors);
      if (mode === 'strict') {
        codecError('Decode', `'ascii' codec can't decode byte 0x${hex2(c)} in position ${i}: ordinal not in range(128)`,
          { codec, object: new PyBytes(data.slice()), start: i, end: i + 1, reason: 'ordinal not in range(128)' });
      }
      if (mode === 'replace') s += '\ufffd';
      continue;
    }
    s += String.fromCharCode(c);
  }
  return s;
}

/** bytes.decode / bytearray.decode (installed by bytes-methods.ts on both types). */
export function decodeMethod(args: unknown[]): string {
  return decodeBytes((args[0] as PyBytes).data, codecOf(args[1], 'decode'), errorsOf(args[2], 'decode'));
}

/** str(object='', encoding=..., errors=...). */
strType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  const names = ['object', 'encoding', 'errors'];
  if (args.length > 3) typeErr(`str() takes at most 3 arguments (${args.length} given)`);
  const a = args.slice();
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) typeErr(`'${k}' is an invalid keyword argument for str()`);
      if (i < args.length) typeErr(`argument for str() given by name ('${k}') and position (${i + 1})`);
      a[i] = v;
    }
  }
  const [obj, enc, errors] = a;
  if (enc === undefined && errors === undefined) return obj === undefined ? '' : pyStr(obj);
  const codec = codecOf(enc, 'str');
  const errs = errorsOf(errors, 'str');
  if (obj === undefined) return '';
  if (typeof obj === 'string') typeErr('decoding str is not supported');
  if (!(obj instanceof PyBytes)) typeErr(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
  return decodeBytes((obj as PyBytes).data, codec, errs);
};

defineMethods(strType, {
  encode: withSig('str', 'encode', { kind: 'kw', names: ['encoding', 'errors'] }, (args) =>
    encodeStr(args[0] as string, codecOf(args[1]), errorsOf(args[2], 'encode'))),
});

export const installedBytesCodecs = true;

/** int(b'42') / int(bytearray(b'ff'), 16): parsed as ASCII text, the error naming the bytes. */
export function intFromBytesText(b: PyBytes, base: number): number | bigint {
  try {
    return parseIntText(latin1Of(b.data), base);
  } catch (e) {
    if (e instanceof TextError && e.message.startsWith('invalid literal')) {
      raiseNew(exceptionTypes.get('ValueError')!, `invalid literal for int() with base ${base}: ${bytesRepr(b)}`);
    }
    return textCall(() => { throw e; });
  }
}
