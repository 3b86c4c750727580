// printf-style formatting against CPython 3.11 goldens. The PercentArgs callbacks below stand in
// for the runtime's object model on the handful of value kinds the goldens use.

import { describe, expect, it } from 'vitest';
import { percentFormat } from '../../src/runtime/text/percent-format.js';
import type { PercentArgs } from '../../src/runtime/text/percent-format.js';
import { floatRepr } from '../../src/runtime/text/float-repr.js';
import { strAscii, strRepr } from '../../src/runtime/text/str-repr.js';
import { TextError } from '../../src/runtime/text/text-error.js';
import { checkGolden, PyFloatArg } from './golden.js';

function typeName(v: unknown): string {
  if (v instanceof PyFloatArg) return 'float';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (v === null) return 'NoneType';
  return 'int';
}

function pyStr(v: unknown): string {
  if (v instanceof PyFloatArg) return floatRepr(v.value);
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

function pyRepr(v: unknown): string {
  return typeof v === 'string' ? strRepr(v) : pyStr(v);
}

function pyAscii(v: unknown): string {
  return typeof v === 'string' ? strAscii(v) : pyStr(v);
}

function argsFor(a: unknown): PercentArgs {
  const base = {
    str: pyStr, repr: pyRepr, ascii: pyAscii,
    toIntForFormat(v: unknown, conv: string): number | bigint {
      if (typeof v === 'number' || typeof v === 'bigint') return v;
      if (typeof v === 'boolean') return Number(v);
      if (v instanceof PyFloatArg && (conv === 'd' || conv === 'i' || conv === 'u')) {
        if (Number.isNaN(v.value)) throw new TextError('ValueError', 'cannot convert float NaN to integer');
        if (!Number.isFinite(v.value)) throw new TextError('OverflowError', 'cannot convert float infinity to integer');
        const t = Math.trunc(v.value);
        return Number.isSafeInteger(t) ? t : BigInt(t);
      }
      const need = conv === 'd' || conv === 'i' || conv === 'u' ? 'a real number' : 'an integer';
      throw new TextError('TypeError', `%${conv} format: ${need} is required, not ${typeName(v)}`);
    },
    toFloatForFormat(v: unknown): number {
      if (v instanceof PyFloatArg) return v.value;
      if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
      throw new TextError('TypeError', `must be real number, not ${typeName(v)}`);
    },
    charForFormat(v: unknown): string {
      if (typeof v === 'bigint') throw new TextError('OverflowError', '%c arg not in range(0x110000)');
      if (typeof v === 'boolean') return String.fromCodePoint(Number(v));
      if (typeof v === 'number') {
        if (v < 0 || v > 0x10ffff) throw new TextError('OverflowError', '%c arg not in range(0x110000)');
        return String.fromCodePoint(v);
      }
      if (typeof v === 'string' && [...v].length === 1) return v;
      throw new TextError('TypeError', '%c requires int or char');
    },
  };
  if (a !== null && typeof a === 'object' && 'tuple' in a) return { ...base, values: (a as { tuple: unknown[] }).tuple, mapping: null };
  if (a !== null && typeof a === 'object' && 'mapping' in a) {
    const m = (a as { mapping: Record<string, unknown> }).mapping;
    return {
      ...base, values: [a],
      mapping: (key) => {
        if (!(key in m)) throw new TextError('KeyError', strRepr(key));
        return m[key];
      },
    };
  }
  return { ...base, values: [a], mapping: null };
}

describe('percent-format golden (CPython 3.11)', () => {
  checkGolden('percent', { percent: { call: (t, a) => percentFormat(t as string, argsFor(a)) } }, it, expect);
});

describe('percent-format limits', () => {
  it('refuses a huge width with MemoryError before allocating', () => {
    let caught: unknown = null;
    try {
      percentFormat('%999999999d', argsFor(1));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TextError);
    expect((caught as TextError).pyType).toBe('MemoryError');
  });
});
