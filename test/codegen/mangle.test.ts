// Mangling: injective, reversible, and never colliding with JS words or injected `$` names.

import { describe, expect, it } from 'vitest';
import { demangle, isInjected, mangle, type MangleKind } from '../../src/codegen/mangle.js';

const KINDS: MangleKind[] = ['local', 'global', 'function', 'class'];
const NAMES = [
  'x', 'x_', '_', '__', '_x', 'g', 'f', 'c', 'u', 'xg', 'café', 'é', '_é', 'ué', 'ué9', 'ü_1',
  'π', 'ππ', '𝔘', 'a𝔘b', 'constructor', 'prototype', '__proto__', 'arguments', 'eval', 'this', 'undefined',
  'NaN', 'Infinity', 'Object', 'let', 'yield', 'await', 'class', 'function', 'u1', 'e9', 'ue9',
];

describe('mangle', () => {
  it('is injective across names and kinds', () => {
    const seen = new Map<string, string>();
    for (const n of NAMES) {
      for (const k of KINDS) {
        const m = mangle(n, k);
        expect(seen.get(m), `${n}/${k} collides`).toBeUndefined();
        seen.set(m, `${n}/${k}`);
      }
    }
    expect(seen.size).toBe(NAMES.length * KINDS.length);
  });

  it('round-trips through demangle', () => {
    for (const n of NAMES) for (const k of KINDS) expect(demangle(mangle(n, k))).toEqual({ name: n, kind: k });
  });

  it('produces valid JS identifiers that are never injected names or reserved words', () => {
    for (const n of NAMES) {
      for (const k of KINDS) {
        const m = mangle(n, k);
        expect(m).toMatch(/^[A-Za-z_][A-Za-z0-9_$]*$/);
        expect(isInjected(m)).toBe(false);
        expect(m).toContain('$');
        expect(() => new Function(`let ${m} = 1; return ${m};`)).not.toThrow();
      }
    }
  });

  it('separates locals from globals', () => {
    expect(mangle('x', 'local')).toBe('x$');
    expect(mangle('x', 'global')).toBe('x$g');
    expect(mangle('x', 'local')).not.toBe(mangle('x', 'global'));
  });

  it('rejects strings that are not mangled names', () => {
    for (const s of ['x', '$t1', '$rt', 'x$q', '$u41$$', 'a$u41$$', 'é$', '_$$x$', '$']) expect(demangle(s)).toBeNull();
    expect(isInjected('$t1')).toBe(true);
    expect(isInjected('$rt')).toBe(true);
  });
});
