// Argument-count and keyword checking for the methods of str, bytes and bytearray, worded as
// CPython 3.11 words each family (its methods come from three generations of argument parsing, so
// `'a'.upper(1)`, `'a'.center()`, `'a'.find()` and `'a'.split(1, 2, 3)` all fail differently).
// A method declares its signature once; the wrapper checks it and passes the positional
// arguments (keywords folded into their positions) to the implementation, self first.

import type { KwArgs, NativeFn } from '../core/pytype.js';
import { typeErr, overflowErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { PyBoxed, unboxed } from './boxed.js';
import { asInt } from '../ops/numeric.js';
import { userDunder } from '../ops/dunders.js';
import { indexOf } from './int-methods.js';

/**
 * none: `str.upper() takes no arguments (1 given)`;
 * one: `str.join() takes exactly one argument (0 given)`;
 * expected: `center expected at least 1 argument, got 0` (no keywords);
 * takes: `find() takes at least 1 argument (0 given)` (no keywords; called as a method, CPython
 *   names it `str.find()` in the keyword error);
 * kw: `split() takes at most 2 arguments (3 given)`, keywords by name (`names`); `min` positionals
 *   are required (`translate() takes at least 1 positional argument (0 given)`).
 */
export type MethodSig =
  | { kind: 'none' }
  | { kind: 'one' }
  | { kind: 'expected' | 'takes'; min: number; max: number }
  | { kind: 'kw'; names: readonly string[]; min?: number };

function sigPlural(k: number): string {
  return `${k} argument${k === 1 ? '' : 's'}`;
}

function checkCount(sig: MethodSig, qual: string, name: string, n: number): void {
  switch (sig.kind) {
    case 'none':
      if (n !== 0) typeErr(`${qual}() takes no arguments (${n} given)`);
      return;
    case 'one':
      if (n !== 1) typeErr(`${qual}() takes exactly one argument (${n} given)`);
      return;
    case 'expected':
      if (sig.min === sig.max && n !== sig.min) typeErr(`${name} expected ${sigPlural(sig.min)}, got ${n}`);
      if (n < sig.min) typeErr(`${name} expected at least ${sigPlural(sig.min)}, got ${n}`);
      if (n > sig.max) typeErr(`${name} expected at most ${sigPlural(sig.max)}, got ${n}`);
      return;
    case 'takes':
      if (n < sig.min) typeErr(`${name}() takes at least ${sigPlural(sig.min)} (${n} given)`);
      if (n > sig.max) typeErr(`${name}() takes at most ${sigPlural(sig.max)} (${n} given)`);
      return;
    case 'kw':
      if (n < (sig.min ?? 0)) typeErr(`${name}() takes at least ${sig.min} positional argument${sig.min === 1 ? '' : 's'} (${n} given)`);
      if (n > sig.names.length) typeErr(`${name}() takes at most ${sigPlural(sig.names.length)} (${n} given)`);
      return;
  }
}

/** Folds keywords into positions for a `kw` signature; unfilled trailing slots stay undefined. */
function foldKeywords(sig: { names: readonly string[] }, name: string, args: unknown[], kw: KwArgs): unknown[] {
  if (kw === null || kw.size === 0) return args;
  const out = args.slice();
  for (const [k, v] of kw) {
    const i = sig.names.indexOf(k);
    if (i < 0) typeErr(`'${k}' is an invalid keyword argument for ${name}()`);
    if (i + 1 < args.length) typeErr(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
    out[i + 1] = v;
  }
  return out;
}

/** Instances of builtin subclasses (`class Tag(str)`) count as their base value, as CPython's C checks accept them. */
function unboxArgs(args: unknown[]): unknown[] {
  for (let i = 1; i < args.length; i++) if (args[i] instanceof PyBoxed) return args.map((a, k) => (k === 0 ? a : unboxed(a)));
  return args;
}

/** Wraps `fn` (which receives self plus positionals) with the checks of `sig`. */
export function withSig(typeName: string, name: string, sig: MethodSig, fn: NativeFn): NativeFn {
  const qual = `${typeName}.${name}`;
  return (args0, kw) => {
    const args = unboxArgs(args0);
    if (sig.kind === 'kw') {
      checkCount(sig, qual, name, args.length - 1);
      return fn(foldKeywords(sig, name, args, kw), null);
    }
    if (kw !== null && kw.size > 0) typeErr(`${qual}() takes no keyword arguments`);
    checkCount(sig, qual, name, args.length - 1);
    return fn(args, null);
  };
}

/** A start/end bound of find/count/startswith...: None or an index (bigints clamp to ±Infinity). */
export function sliceBoundArg(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (asInt(v) === undefined && userDunder(v, '__index__') === undefined) {
    typeErr('slice indices must be integers or None or have an __index__ method');
  }
  const n = indexOf(v);
  return typeof n === 'bigint' ? (n < 0n ? -Infinity : Infinity) : n;
}

/** The type name in Argument Clinic's "argument 1 must be str, not None" messages (None, not NoneType). */
export function clinicTypeName(v: unknown): string {
  return v === null ? 'None' : typeOf(v).name;
}

const SSIZE_MAX = 9223372036854775807n;

/**
 * A width, count or maxsplit argument (C Py_ssize_t, or C int for expandtabs): an index, with
 * CPython's OverflowError beyond the C type. Values beyond 2^53 clamp to ±Infinity.
 */
export function ssizeArg(v: unknown, dflt: number, cInt = false): number {
  if (v === undefined) return dflt;
  const n = indexOf(v);
  const max = cInt ? 2147483647n : SSIZE_MAX;
  if (BigInt(n) > max || BigInt(n) < -max - 1n) overflowErr(`Python int too large to convert to C ${cInt ? 'int' : 'ssize_t'}`);
  return typeof n === 'bigint' ? (n < 0n ? -Infinity : Infinity) : n;
}
