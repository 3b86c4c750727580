// Argument checking for native builtins, worded as CPython words each family of messages.

import type { KwArgs } from '../core/pytype.js';
import { typeErr } from '../ops/raise.js';

export function noKw(name: string, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) typeErr(`${name}() takes no keyword arguments`);
}

/** `abs() takes exactly one argument (0 given)`. */
export function oneArg(name: string, args: unknown[], kw: KwArgs): unknown {
  noKw(name, kw);
  if (args.length !== 1) typeErr(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** `divmod expected 2 arguments, got 1` / `range expected at least 1 argument, got 0`. */
export function argCount(name: string, args: unknown[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  const pl = (k: number): string => `${k} argument${k === 1 ? '' : 's'}`;
  if (min === max) typeErr(`${name} expected ${pl(min)}, got ${n}`);
  if (n < min) typeErr(`${name} expected at least ${pl(min)}, got ${n}`);
  typeErr(`${name} expected at most ${pl(max)}, got ${n}`);
}

/** CPython's wording for a keyword a native function does not take. */
export function invalidKeyword(name: string, k: string): never {
  return typeErr(`'${k}' is an invalid keyword argument for ${name}()`);
}

/** Reads keyword arguments a builtin accepts; any other keyword is a TypeError. */
export function kwArgs(name: string, kw: KwArgs, allowed: readonly string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (kw === null) return out;
  for (const [k, v] of kw) {
    if (!allowed.includes(k)) invalidKeyword(name, k);
    out.set(k, v);
  }
  return out;
}

/** argCount for a method whose `args` include self: counts and reports without it. */
export function methodArgCount(name: string, args: unknown[], min: number, max: number): void {
  if (args.length - 1 < min || args.length - 1 > max) argCount(name, args.slice(1), min, max);
}

/**
 * The parameters of a native function declared as CPython's Argument Clinic declares them:
 * `names` in order, the first `posonly` positional-only, the first `required` required, at most
 * `maxpos` given positionally (the rest keyword-only).
 */
export interface ClinicSpec {
  names: readonly string[];
  posonly: number;
  required: number;
  maxpos: number;
}

/**
 * Binds `args`/`kw` to `spec` with CPython's checks and messages (_PyArg_UnpackKeywords, 3.11):
 * `round() takes at most 2 arguments (3 given)`, `sum() takes at least 1 positional argument
 * (0 given)`, `pow() missing required argument 'exp' (pos 2)`, `argument for round() given by name
 * ('number') and position (1)`, `'x' is an invalid keyword argument for round()`. Returns one slot
 * per name, `undefined` for an optional argument not given.
 */
export function clinicArgs(name: string, args: unknown[], kw: KwArgs, spec: ClinicSpec): unknown[] {
  const nargs = args.length;
  const nkw = kw === null ? 0 : kw.size;
  const maxargs = spec.names.length;
  const minpos = Math.min(spec.required, spec.maxpos);
  const s = (k: number): string => (k === 1 ? '' : 's');
  if (nargs + nkw > maxargs) {
    typeErr(`${name}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${s(maxargs)} (${nargs + nkw} given)`);
  }
  if (nargs > spec.maxpos) {
    if (spec.maxpos === 0) typeErr(`${name}() takes no positional arguments`);
    typeErr(`${name}() takes ${minpos < spec.maxpos ? 'at most' : 'exactly'} ${spec.maxpos} positional argument${s(spec.maxpos)} (${nargs} given)`);
  }
  const minposonly = Math.min(spec.posonly, minpos);
  if (nargs < minposonly) {
    typeErr(`${name}() takes ${minposonly < spec.maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${s(minposonly)} (${nargs} given)`);
  }
  const out: unknown[] = new Array(maxargs).fill(undefined);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  let used = 0;
  for (let i = nargs; i < maxargs; i++) {
    const key = spec.names[i]!;
    if (i >= spec.posonly && kw !== null && kw.has(key)) {
      out[i] = kw.get(key);
      used++;
    } else if (i < spec.required) {
      typeErr(i < spec.maxpos ? `${name}() missing required argument '${key}' (pos ${i + 1})` : `${name}() missing required argument '${key}'`);
    }
  }
  if (kw !== null && used < nkw) {
    for (const k of kw.keys()) {
      const at = spec.names.indexOf(k);
      if (at >= spec.posonly && at < nargs) typeErr(`argument for ${name}() given by name ('${k}') and position (${at + 1})`);
      if (at < spec.posonly) invalidKeyword(name, k);
    }
  }
  return out;
}
