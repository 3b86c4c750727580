// Shared harness for the CPython golden tables in ./goldens (written by
// scripts/update-text-goldens.mjs): decodes tagged arguments, runs the TypeScript function, and
// encodes its result or TextError the way the generator encoded CPython's, for exact comparison.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextError } from '../../src/runtime/text/text-error.js';
import { floatRepr } from '../../src/runtime/text/float-repr.js';

export interface GoldenCase {
  fn: string;
  args: unknown[];
  expect: { v: unknown } | { error: [string, string] };
}

/** A Python float carried through JS: distinguishes 1.0 from the int 1 in arguments and results. */
export class PyFloatArg {
  constructor(readonly value: number) {}
}

export function loadGolden(name: string): GoldenCase[] {
  return JSON.parse(readFileSync(join(__dirname, 'goldens', `${name}.json`), 'utf8')) as GoldenCase[];
}

export function decodeArg(a: unknown): unknown {
  if (Array.isArray(a)) return a.map(decodeArg);
  if (a !== null && typeof a === 'object') {
    const tag = a as { f?: string; i?: string; t?: unknown[]; m?: Record<string, unknown> };
    if (tag.f !== undefined) return new PyFloatArg(Number(tag.f.replace('inf', 'Infinity').replace('nan', 'NaN')));
    if (tag.i !== undefined) return BigInt(tag.i);
    if (tag.t !== undefined) return { tuple: tag.t.map(decodeArg) };
    if (tag.m !== undefined) return { mapping: Object.fromEntries(Object.entries(tag.m).map(([k, v]) => [k, decodeArg(v)])) };
  }
  return a;
}

/**
 * Encodes a result like the generator: ints plain or { i }, floats { f: repr }. A bigint always
 * encodes as { i }, so an int left as a bigint although it fits a number shows up as a mismatch.
 */
export function encodeResult(v: unknown, floats: boolean): unknown {
  if (typeof v === 'bigint') return { i: String(v) };
  if (typeof v === 'number') return floats ? { f: floatRepr(v) } : v;
  if (v instanceof PyFloatArg) return { f: floatRepr(v.value) };
  if (Array.isArray(v)) return v.map((x) => encodeResult(x, floats));
  return v;
}

/** Runs one case: { v } with the encoded result, or { error } from a TextError. */
export function runCase(call: () => unknown, floats = false): GoldenCase['expect'] {
  try {
    return { v: encodeResult(call(), floats) };
  } catch (e) {
    if (e instanceof TextError) return { error: [e.pyType, e.message] };
    throw e;
  }
}

/** Float argument value (floats are tagged; ints pass through). */
export function num(a: unknown): number {
  return a instanceof PyFloatArg ? a.value : (a as number);
}

/** Binding of a golden fn name to the TypeScript call; `floats` marks number results as floats. */
export interface Binding {
  call: (...args: unknown[]) => unknown;
  floats?: boolean;
}

/**
 * Checks every case of a golden table against its binding, one vitest case per fn name, reporting
 * the first mismatches with their arguments.
 */
export function checkGolden(name: string, bindings: Record<string, Binding>, it: (n: string, f: () => void) => void,
  expect: (v: unknown) => { toEqual(x: unknown): void; toBeGreaterThan(x: number): void }): void {
  const cases = loadGolden(name);
  for (const fn of [...new Set(cases.map((c) => c.fn))]) {
    it(fn, () => {
      const binding = bindings[fn];
      if (!binding) throw new Error(`no binding for ${fn}`);
      const mine = cases.filter((c) => c.fn === fn);
      expect(mine.length).toBeGreaterThan(0);
      const failures = mine
        .map((c) => ({ args: c.args, expect: c.expect, got: runCase(() => binding.call(...c.args.map(decodeArg)), binding.floats) }))
        .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.expect));
      // One line per mismatch (args, expected, got) reads better than a structural diff.
      expect(failures.slice(0, 8).map((r) => JSON.stringify(r).slice(0, 500))).toEqual([]);
    });
  }
}
