// str: the methods of the str type, wiring the pure text functions (src/runtime/text) to Python
// argument conventions. A TextError from those functions becomes its Python exception in
// `textMethod`, the single wrapper every method here goes through.

import { strType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import type { KwArgs, NativeFn } from '../core/pytype.js';
import { textCall } from '../ops/text-errors.js';
import { typeErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { unboxed } from './boxed.js';
import { indexOf } from './int-methods.js';
import { withSig, sliceBoundArg, clinicTypeName, ssizeArg, type MethodSig } from './str-method-args.js';
import { pyIter, nextOf, isIterable } from '../ops/iter.js';
import { DONE } from './iterator.js';
import { strFormat } from '../ops/str-format.js';
import { checkTextSize } from '../text/size-limit.js';
import { charge } from '../core/budget.js';
import { chargeText, setTextMeter, textOps } from '../text/text-cost.js';
import { strUpper, strLower, strCasefold, strCapitalize, strTitle, strSwapcase } from '../text/str-methods-case.js';
import { strIsalpha, strIsdecimal, strIsdigit, strIsnumeric, strIsalnum, strIsspace, strIsascii, strIsprintable,
  strIsupper, strIslower, strIstitle, strIsidentifier } from '../text/str-methods-predicates.js';
import { strCenter, strLjust, strRjust, strZfill, strExpandtabs } from '../text/str-methods-pad.js';
import { strFind, strRfind, strIndex, strRindex, strCount, strStartswith, strEndswith, strReplace } from '../text/str-methods-search.js';
import { strSplit, strRsplit, strSplitlines, strPartition, strRpartition } from '../text/str-methods-split.js';
import { strStrip, strLstrip, strRstrip, strRemoveprefix, strRemovesuffix } from '../text/str-methods-strip.js';

// Pure text functions (str.format's layout, % formatting) charge through this meter.
setTextMeter(charge);

/** The characters a call reads: self and its str arguments (tuples of prefixes included). */
function strArgsLength(args: unknown[]): number {
  let n = 0;
  for (const a of args) {
    if (typeof a === 'string') n += a.length;
    else if (a instanceof PyTuple) for (const x of a.items) if (typeof x === 'string') n += x.length;
  }
  return n;
}

/** The text rate on what a method wrote: a str's characters, a list's or tuple's items. */
export function chargeTextResult(r: unknown): void {
  if (typeof r === 'string') chargeText(r.length);
  else if (r instanceof PyList) charge(r.items.length);
  else if (r instanceof PyTuple) charge(r.items.length);
}

/**
 * Every str method charges one op plus the text rate (text/text-cost.ts) on the characters it
 * reads before running and on what it wrote after (sizes that amplify were checked before
 * allocating, so the work is bounded), then maps TextError in one place.
 */
function strTextMethod(fn: NativeFn): NativeFn {
  return (args, kw) => {
    charge(1 + textOps(strArgsLength(args)));
    const r = textCall(() => fn(args, kw));
    chargeTextResult(r);
    return r;
  };
}

function strArg(v: unknown): string {
  if (typeof v !== 'string') typeErr(`must be str, not ${typeOf(v).name}`);
  return v as string;
}

/** removeprefix/removesuffix word their argument error with the method name. */
function strNamedArg(name: string, v: unknown): string {
  if (typeof v !== 'string') typeErr(`${name}() argument must be str, not ${clinicTypeName(v)}`);
  return v as string;
}

function strOrNoneArg(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') typeErr(`must be str or None, not ${typeOf(v).name}`);
  return v as string;
}



/** keepends is an int-like flag in CPython ('x' and 1.5 are TypeErrors). */
function strKeepends(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  return indexOf(v) !== 0 && indexOf(v) !== 0n;
}

function strFillArg(v: unknown): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'string') typeErr(`The fill character must be a unicode character, not ${typeOf(v).name}`);
  return v as string;
}

/** startswith/endswith: a str, or a tuple tried in order (items checked lazily, as CPython does). */
function strAffixMatch(name: string, s: string, v: unknown, a: unknown, b: unknown,
  f: (s: string, x: string, start: number | null, end: number | null) => boolean): boolean {
  const start = sliceBoundArg(a), end = sliceBoundArg(b);
  if (typeof v === 'string') return f(s, v, start, end);
  if (!(v instanceof PyTuple)) return typeErr(`${name} first arg must be str or a tuple of str, not ${typeOf(v).name}`);
  for (const x0 of v.items) {
    const x = unboxed(x0);
    if (typeof x !== 'string') typeErr(`tuple for ${name} must only contain str, not ${typeOf(x).name}`);
    if (f(s, x as string, start, end)) return true;
  }
  return false;
}

function strCharsArg(name: string, v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') typeErr(`${name} arg must be None or str`);
  return v as string;
}

function strSearchMethod(f: (s: string, sub: string, a: number | null, b: number | null) => number): NativeFn {
  return (a) => f(a[0] as string, strArg(a[1]), sliceBoundArg(a[2]), sliceBoundArg(a[3]));
}

function strSplitMethod(f: (s: string, sep: string | null, max: number) => string[]): NativeFn {
  return (a) => new PyList(f(a[0] as string, strOrNoneArg(a[1]), ssizeArg(a[2], -1)));
}

/** sep.join(iterable): one op an item while collecting; the caller charges the result's length. */
export function strJoin(sep: string, iterable: unknown): string {
  const parts: string[] = [];
  if (!isIterable(iterable)) typeErr('can only join an iterable');
  const it = pyIter(iterable);
  let size = 0;
  for (let v0 = nextOf(it); v0 !== DONE; v0 = nextOf(it)) {
    const v = unboxed(v0);
    if (typeof v !== 'string') typeErr(`sequence item ${parts.length}: expected str instance, ${typeOf(v).name} found`);
    charge(1);
    size += (v as string).length + sep.length;
    parts.push(v as string);
  }
  checkTextSize(size - (parts.length > 0 ? sep.length : 0));
  return parts.join(sep);
}

const strMethodTable: Record<string, NativeFn> = {
  upper: (a) => strUpper(a[0] as string),
  lower: (a) => strLower(a[0] as string),
  casefold: (a) => strCasefold(a[0] as string),
  capitalize: (a) => strCapitalize(a[0] as string),
  title: (a) => strTitle(a[0] as string),
  swapcase: (a) => strSwapcase(a[0] as string),
  isalpha: (a) => strIsalpha(a[0] as string),
  isdecimal: (a) => strIsdecimal(a[0] as string),
  isdigit: (a) => strIsdigit(a[0] as string),
  isnumeric: (a) => strIsnumeric(a[0] as string),
  isalnum: (a) => strIsalnum(a[0] as string),
  isspace: (a) => strIsspace(a[0] as string),
  isascii: (a) => strIsascii(a[0] as string),
  isprintable: (a) => strIsprintable(a[0] as string),
  isupper: (a) => strIsupper(a[0] as string),
  islower: (a) => strIslower(a[0] as string),
  istitle: (a) => strIstitle(a[0] as string),
  isidentifier: (a) => strIsidentifier(a[0] as string),
  center: (a) => strCenter(a[0] as string, ssizeArg(a[1], 0), strFillArg(a[2])),
  ljust: (a) => strLjust(a[0] as string, ssizeArg(a[1], 0), strFillArg(a[2])),
  rjust: (a) => strRjust(a[0] as string, ssizeArg(a[1], 0), strFillArg(a[2])),
  zfill: (a) => strZfill(a[0] as string, ssizeArg(a[1], 0)),
  expandtabs: (a) => strExpandtabs(a[0] as string, ssizeArg(a[1], 8, true)),
  find: strSearchMethod(strFind),
  rfind: strSearchMethod(strRfind),
  index: strSearchMethod(strIndex),
  rindex: strSearchMethod(strRindex),
  count: strSearchMethod(strCount),
  startswith: (a) => strAffixMatch('startswith', a[0] as string, a[1], a[2], a[3], strStartswith),
  endswith: (a) => strAffixMatch('endswith', a[0] as string, a[1], a[2], a[3], strEndswith),
  replace: (a) => {
    if (typeof a[1] !== 'string') typeErr(`replace() argument 1 must be str, not ${clinicTypeName(a[1])}`);
    if (typeof a[2] !== 'string') typeErr(`replace() argument 2 must be str, not ${clinicTypeName(a[2])}`);
    return strReplace(a[0] as string, a[1] as string, a[2] as string, ssizeArg(a[3], -1));
  },
  split: strSplitMethod(strSplit),
  rsplit: strSplitMethod(strRsplit),
  splitlines: (a) => new PyList(strSplitlines(a[0] as string, a[1] === undefined ? false : strKeepends(a[1]))),
  partition: (a) => new PyTuple(strPartition(a[0] as string, strArg(a[1]))),
  rpartition: (a) => new PyTuple(strRpartition(a[0] as string, strArg(a[1]))),
  strip: (a) => strStrip(a[0] as string, strCharsArg('strip', a[1])),
  lstrip: (a) => strLstrip(a[0] as string, strCharsArg('lstrip', a[1])),
  rstrip: (a) => strRstrip(a[0] as string, strCharsArg('rstrip', a[1])),
  removeprefix: (a) => strRemoveprefix(a[0] as string, strNamedArg('removeprefix', a[1])),
  removesuffix: (a) => strRemovesuffix(a[0] as string, strNamedArg('removesuffix', a[1])),
  join: (a) => strJoin(a[0] as string, a[1]),
  format: (a, kw: KwArgs) => strFormat(a[0] as string, a.slice(1), kw),
  __len__: (a) => Array.from(a[0] as string).length,
};

/** CPython's argument conventions per method (str-method-args.ts); absent = no arguments. */
const strSigs: Record<string, MethodSig> = {
  center: { kind: 'expected', min: 1, max: 2 }, ljust: { kind: 'expected', min: 1, max: 2 },
  rjust: { kind: 'expected', min: 1, max: 2 }, replace: { kind: 'expected', min: 2, max: 3 },
  strip: { kind: 'expected', min: 0, max: 1 }, lstrip: { kind: 'expected', min: 0, max: 1 },
  rstrip: { kind: 'expected', min: 0, max: 1 },
  find: { kind: 'takes', min: 1, max: 3 }, rfind: { kind: 'takes', min: 1, max: 3 },
  index: { kind: 'takes', min: 1, max: 3 }, rindex: { kind: 'takes', min: 1, max: 3 },
  count: { kind: 'takes', min: 1, max: 3 }, startswith: { kind: 'takes', min: 1, max: 3 },
  endswith: { kind: 'takes', min: 1, max: 3 },
  zfill: { kind: 'one' }, join: { kind: 'one' }, partition: { kind: 'one' }, rpartition: { kind: 'one' },
  removeprefix: { kind: 'one' }, removesuffix: { kind: 'one' },
  split: { kind: 'kw', names: ['sep', 'maxsplit'] }, rsplit: { kind: 'kw', names: ['sep', 'maxsplit'] },
  splitlines: { kind: 'kw', names: ['keepends'] }, expandtabs: { kind: 'kw', names: ['tabsize'] },
};

const strWrappedMethods: Record<string, NativeFn> = {};
for (const name of Object.keys(strMethodTable)) {
  const fn = strTextMethod(strMethodTable[name]!);
  // format and the protocol methods take their own arguments
  strWrappedMethods[name] = name === 'format' || name.startsWith('__') ? fn : withSig('str', name, strSigs[name] ?? { kind: 'none' }, fn);
}
defineMethods(strType, strWrappedMethods);
