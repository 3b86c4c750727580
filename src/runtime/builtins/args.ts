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

/** Reads keyword arguments a builtin accepts; any other keyword is a TypeError. */
export function kwArgs(name: string, kw: KwArgs, allowed: readonly string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (kw === null) return out;
  for (const [k, v] of kw) {
    if (!allowed.includes(k)) typeErr(`${name}() got an unexpected keyword argument '${k}'`);
    out.set(k, v);
  }
  return out;
}

/** argCount for a method whose `args` include self: counts and reports without it. */
export function methodArgCount(name: string, args: unknown[], min: number, max: number): void {
  if (args.length - 1 < min || args.length - 1 > max) argCount(name, args.slice(1), min, max);
}
