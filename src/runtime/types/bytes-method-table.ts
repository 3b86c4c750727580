// The methods bytes and bytearray share (CPython's bytes_methods): each receives self (a PyBytes or
// PyByteArray) and returns results of self's type. Argument conventions and messages as CPython's.

import { bytesType, bytearrayType } from '../core/builtin-types.js';
import { defineMethods, PyBuiltinFunction } from '../core/builtin-function.js';
import type { NativeFn, PyType } from '../core/pytype.js';
import { PyStaticMethod } from './function.js';
import { PyBytes, PyByteArray, bytesLike, latin1Of, bytesFromLatin1 } from './bytes.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { typeErr, valueErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { asInt } from '../ops/numeric.js';
import { indexOf } from './int-methods.js';
import { pyIter, nextOf, isIterable } from '../ops/iter.js';
import { DONE } from './iterator.js';
import { charge } from '../core/budget.js';
import { chargeText, textOps } from '../text/text-cost.js';
import { checkTextSize } from '../text/size-limit.js';
import { textCall } from '../ops/text-errors.js';
import { withSig, sliceBoundArg, ssizeArg, type MethodSig } from './str-method-args.js';
import { decodeMethod } from './bytes-codecs.js';
import { strFind, strRfind, strCount, strStartswith, strEndswith, strReplace } from '../text/str-methods-search.js';
import { strSplit, strRsplit, strPartition, strRpartition } from '../text/str-methods-split.js';
import { strStrip, strLstrip, strRstrip, strRemoveprefix, strRemovesuffix } from '../text/str-methods-strip.js';
import { strCenter, strLjust, strRjust, strZfill, strExpandtabs } from '../text/str-methods-pad.js';
import { BYTES_WHITESPACE, bytesUpper, bytesLower, bytesSwapcase, bytesCapitalize, bytesTitle, bytesIsalpha, bytesIsdigit,
  bytesIsalnum, bytesIsspace, bytesIsascii, bytesIsupper, bytesIslower, bytesIstitle, bytesSplitWhitespace,
  bytesSplitlines } from '../text/bytes-ascii.js';

/** self as a latin-1 string (bytesMethod charged for reading it). */
function selfText(a: unknown[]): string {
  return latin1Of((a[0] as PyBytes).data);
}

/** The bytes a call reads: self and its bytes-like arguments (tuples of prefixes included). */
function bytesArgsLength(args: unknown[]): number {
  let n = 0;
  for (const a of args) {
    if (a instanceof PyBytes) n += a.data.length;
    else if (typeof a === 'string') n += a.length;
    else if (a instanceof PyTuple) for (const x of a.items) if (x instanceof PyBytes) n += x.data.length;
  }
  return n;
}

/**
 * Every bytes/bytearray method charges one op plus the text rate (text/text-cost.ts) on the
 * bytes it reads before running and on what it wrote after (amplifying sizes were checked first).
 */
function bytesMethod(fn: NativeFn): NativeFn {
  return (args, kw) => {
    charge(1 + textOps(bytesArgsLength(args)));
    const r = fn(args, kw);
    if (r instanceof PyBytes) chargeText(r.data.length);
    else if (typeof r === 'string') chargeText(r.length);
    else if (r instanceof PyList || r instanceof PyTuple) charge(r.items.length);
    return r;
  };
}

/** A bytes-like argument as a latin-1 string. */
function bytesArg(v: unknown): string {
  if (!(v instanceof PyBytes)) typeErr(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return latin1Of((v as PyBytes).data);
}

/** find/count/index accept a byte value too. */
function subArg(v: unknown): string {
  if (v instanceof PyBytes) return latin1Of(v.data);
  const n = asInt(v);
  if (n === undefined) typeErr(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
  if (!(n! >= 0 && n! < 256)) valueErr('byte must be in range(0, 256)');
  return String.fromCharCode(Number(n));
}



function like(a: unknown[], s: string): PyBytes {
  return bytesLike(a[0] as PyBytes, bytesFromLatin1(s).data);
}

/** startswith/endswith: bytes, or a tuple tried in order (items checked lazily, as CPython does). */
function affixMatch(name: string, a: unknown[], f: (s: string, x: string, start: number | null, end: number | null) => boolean): boolean {
  const s = selfText(a), v = a[1];
  const start = sliceBoundArg(a[2]), end = sliceBoundArg(a[3]);
  if (v instanceof PyBytes) return f(s, latin1Of(v.data), start, end);
  if (!(v instanceof PyTuple)) return typeErr(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(v).name}`);
  for (const x of v.items) if (f(s, bytesArg(x), start, end)) return true;
  return false;
}

function fillArg(name: string, v: unknown): string | null {
  if (v === undefined) return null;
  if (!(v instanceof PyBytes) || v.data.length !== 1) typeErr(`${name}() argument 2 must be a byte string of length 1, not ${typeOf(v).name}`);
  return String.fromCharCode((v as PyBytes).data[0]!);
}

function stripArg(v: unknown): string {
  return v === undefined || v === null ? BYTES_WHITESPACE : bytesArg(v);
}

function splitter(fromRight: boolean): NativeFn {
  return (a) => {
    const s = selfText(a);
    const max = ssizeArg(a[2], -1);
    const parts = a[1] === undefined || a[1] === null ? bytesSplitWhitespace(s, max, fromRight)
      : textCall(() => (fromRight ? strRsplit : strSplit)(s, bytesArg(a[1]), max));
    return new PyList(parts.map((p) => like(a, p)));
  };
}

function search(f: (s: string, sub: string, x: number | null, y: number | null) => number, missing: boolean): NativeFn {
  return (a) => {
    const r = f(selfText(a), subArg(a[1]), sliceBoundArg(a[2]), sliceBoundArg(a[3]));
    if (missing && r < 0) valueErr('subsection not found');
    return r;
  };
}

function bytesJoin(a: unknown[]): PyBytes {
  const sep = latin1Of((a[0] as PyBytes).data);
  if (!isIterable(a[1])) typeErr('can only join an iterable');
  const parts: string[] = [];
  let size = 0;
  const it = pyIter(a[1]);
  for (let v = nextOf(it); v !== DONE; v = nextOf(it)) {
    if (!(v instanceof PyBytes)) typeErr(`sequence item ${parts.length}: expected a bytes-like object, ${typeOf(v).name} found`);
    const p = latin1Of((v as PyBytes).data);
    charge(1);
    size += p.length + sep.length;
    parts.push(p);
  }
  textCall(() => checkTextSize(size - (parts.length > 0 ? sep.length : 0)));
  return like(a, parts.join(sep));
}

/** hex(sep, bytes_per_sep): groups counted from the right, or from the left when negative. */
function bytesHex(a: unknown[]): string {
  const n = (a[0] as PyBytes).data.length;
  textCall(() => checkTextSize(a[1] === undefined ? 2 * n : 3 * n)); // two digits a byte, and separators
  const hex = Array.from((a[0] as PyBytes).data, (c) => c.toString(16).padStart(2, '0'));
  if (a[1] === undefined) return hex.join('');
  let sep: string;
  if (a[1] instanceof PyBytes) sep = latin1Of(a[1].data);
  else if (typeof a[1] === 'string') sep = a[1];
  else return typeErr(`object of type '${typeOf(a[1]).name}' has no len()`);
  if (sep.length !== 1) valueErr('sep must be length 1.');
  const per = ssizeArg(a[2], 1);
  if (per === 0 || hex.length === 0) return hex.join('');
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) for (let end = hex.length; end > 0; end -= k) groups.unshift(hex.slice(Math.max(0, end - k), end).join(''));
  else for (let i = 0; i < hex.length; i += k) groups.push(hex.slice(i, i + k).join(''));
  return groups.join(sep);
}

function fromhex(t: PyType): PyStaticMethod {
  return new PyStaticMethod(new PyBuiltinFunction('fromhex', (args) => {
    if (args.length !== 1) typeErr(`fromhex() takes exactly one argument (${args.length} given)`);
    const s = args[0];
    if (typeof s !== 'string') typeErr(`fromhex() argument must be str, not ${typeOf(s).name}`);
    const out: number[] = [];
    const str = s as string;
    charge(1 + textOps(str.length));
    for (let i = 0; i < str.length;) {
      if (str[i] === ' ') { i++; continue; }
      const hi = parseInt(str[i]!, 16);
      if (Number.isNaN(hi) || !/[0-9a-fA-F]/.test(str[i]!)) valueErr(`non-hexadecimal number found in fromhex() arg at position ${i}`);
      if (!/[0-9a-fA-F]/.test(str[i + 1] ?? '')) valueErr(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
      out.push(hi * 16 + parseInt(str[i + 1]!, 16));
      i += 2;
    }
    const d = Uint8Array.from(out);
    return t === bytearrayType ? new PyByteArray(d) : new PyBytes(d);
  }, null));
}

function bytesMaketrans(args: unknown[]): PyBytes {
  if (args.length !== 2) typeErr(`maketrans expected 2 arguments, got ${args.length}`);
  const from = bytesArg(args[0]), to = bytesArg(args[1]);
  if (from.length !== to.length) valueErr('maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < from.length; i++) table[from.charCodeAt(i)] = to.charCodeAt(i);
  return new PyBytes(table);
}

function bytesTranslate(a: unknown[]): PyBytes {
  const table = a[1];
  if (table !== null && (!(table instanceof PyBytes) || table.data.length !== 256)) {
    if (!(table instanceof PyBytes)) typeErr(`a bytes-like object is required, not '${typeOf(table).name}'`);
    valueErr('translation table must be 256 characters long');
  }
  const del = new Uint8Array(256); // a table, so a long `delete` argument costs nothing per byte
  if (a[2] !== undefined) for (const c of (bytesArg(a[2]) as string)) del[c.charCodeAt(0)] = 1;
  const src = (a[0] as PyBytes).data;
  const out: number[] = [];
  for (const c of src) {
    if (del[c]) continue;
    out.push(table === null ? c : (table as PyBytes).data[c]!);
  }
  return bytesLike(a[0] as PyBytes, Uint8Array.from(out));
}

function keepends(v: unknown): boolean {
  return v !== undefined && (typeof v === 'boolean' ? v : indexOf(v) != 0);
}

const bytesMethodTable: Record<string, [MethodSig, NativeFn]> = {
  decode: [{ kind: 'kw', names: ['encoding', 'errors'] }, decodeMethod],
  hex: [{ kind: 'kw', names: ['sep', 'bytes_per_sep'] }, bytesHex],
  upper: [{ kind: 'none' }, (a) => like(a, bytesUpper(selfText(a)))],
  lower: [{ kind: 'none' }, (a) => like(a, bytesLower(selfText(a)))],
  swapcase: [{ kind: 'none' }, (a) => like(a, bytesSwapcase(selfText(a)))],
  capitalize: [{ kind: 'none' }, (a) => like(a, bytesCapitalize(selfText(a)))],
  title: [{ kind: 'none' }, (a) => like(a, bytesTitle(selfText(a)))],
  isalpha: [{ kind: 'none' }, (a) => bytesIsalpha(selfText(a))],
  isdigit: [{ kind: 'none' }, (a) => bytesIsdigit(selfText(a))],
  isalnum: [{ kind: 'none' }, (a) => bytesIsalnum(selfText(a))],
  isspace: [{ kind: 'none' }, (a) => bytesIsspace(selfText(a))],
  isascii: [{ kind: 'none' }, (a) => bytesIsascii(selfText(a))],
  isupper: [{ kind: 'none' }, (a) => bytesIsupper(selfText(a))],
  islower: [{ kind: 'none' }, (a) => bytesIslower(selfText(a))],
  istitle: [{ kind: 'none' }, (a) => bytesIstitle(selfText(a))],
  find: [{ kind: 'takes', min: 1, max: 3 }, search(strFind, false)],
  rfind: [{ kind: 'takes', min: 1, max: 3 }, search(strRfind, false)],
  index: [{ kind: 'takes', min: 1, max: 3 }, search(strFind, true)],
  rindex: [{ kind: 'takes', min: 1, max: 3 }, search(strRfind, true)],
  count: [{ kind: 'takes', min: 1, max: 3 }, search(strCount, false)],
  startswith: [{ kind: 'takes', min: 1, max: 3 }, (a) => affixMatch('startswith', a, strStartswith)],
  endswith: [{ kind: 'takes', min: 1, max: 3 }, (a) => affixMatch('endswith', a, strEndswith)],
  replace: [{ kind: 'expected', min: 2, max: 3 }, (a) => like(a, textCall(() => strReplace(selfText(a), bytesArg(a[1]), bytesArg(a[2]), ssizeArg(a[3], -1))))],
  split: [{ kind: 'kw', names: ['sep', 'maxsplit'] }, splitter(false)],
  rsplit: [{ kind: 'kw', names: ['sep', 'maxsplit'] }, splitter(true)],
  splitlines: [{ kind: 'kw', names: ['keepends'] }, (a) => new PyList(bytesSplitlines(selfText(a), keepends(a[1])).map((p) => like(a, p)))],
  partition: [{ kind: 'one' }, (a) => new PyTuple(textCall(() => strPartition(selfText(a), bytesArg(a[1]))).map((p) => like(a, p)))],
  rpartition: [{ kind: 'one' }, (a) => new PyTuple(textCall(() => strRpartition(selfText(a), bytesArg(a[1]))).map((p) => like(a, p)))],
  strip: [{ kind: 'expected', min: 0, max: 1 }, (a) => like(a, strStrip(selfText(a), stripArg(a[1])))],
  lstrip: [{ kind: 'expected', min: 0, max: 1 }, (a) => like(a, strLstrip(selfText(a), stripArg(a[1])))],
  rstrip: [{ kind: 'expected', min: 0, max: 1 }, (a) => like(a, strRstrip(selfText(a), stripArg(a[1])))],
  removeprefix: [{ kind: 'one' }, (a) => like(a, strRemoveprefix(selfText(a), bytesArg(a[1])))],
  removesuffix: [{ kind: 'one' }, (a) => like(a, strRemovesuffix(selfText(a), bytesArg(a[1])))],
  center: [{ kind: 'expected', min: 1, max: 2 }, (a) => like(a, textCall(() => strCenter(selfText(a), ssizeArg(a[1], 0), fillArg('center', a[2]))))],
  ljust: [{ kind: 'expected', min: 1, max: 2 }, (a) => like(a, textCall(() => strLjust(selfText(a), ssizeArg(a[1], 0), fillArg('ljust', a[2]))))],
  rjust: [{ kind: 'expected', min: 1, max: 2 }, (a) => like(a, textCall(() => strRjust(selfText(a), ssizeArg(a[1], 0), fillArg('rjust', a[2]))))],
  zfill: [{ kind: 'one' }, (a) => like(a, textCall(() => strZfill(selfText(a), ssizeArg(a[1], 0))))],
  expandtabs: [{ kind: 'kw', names: ['tabsize'] }, (a) => like(a, textCall(() => strExpandtabs(selfText(a), ssizeArg(a[1], 8, true))))],
  join: [{ kind: 'one' }, bytesJoin],
  translate: [{ kind: 'kw', names: ['table', 'delete'], min: 1 }, bytesTranslate],
};

/** Installs the shared methods on bytes and bytearray (called once by bytes-methods.ts). */
export function installBytesMethodTable(): void {
  for (const t of [bytesType, bytearrayType]) {
    const methods: Record<string, NativeFn> = {};
    for (const name of Object.keys(bytesMethodTable)) {
      const [sig, fn] = bytesMethodTable[name]!;
      methods[name] = withSig(t.name, name, sig, bytesMethod(fn));
    }
    defineMethods(t, methods);
    t.dict.set('fromhex', fromhex(t));
    t.dict.set('maketrans', new PyStaticMethod(new PyBuiltinFunction('maketrans', bytesMaketrans, null)));
  }
}
