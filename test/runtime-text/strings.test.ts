// repr/ascii of str and code-point indexing against CPython 3.11 goldens.

import { describe, expect, it } from 'vitest';
import { strAscii, strRepr } from '../../src/runtime/text/str-repr.js';
import { cpAt, cpIndexOfOffset, cpLength, cpOffset, cpSlice, cpSliceStep, hasSurrogates } from '../../src/runtime/text/codepoints.js';
import { checkGolden } from './golden.js';

describe('strings golden (CPython 3.11)', () => {
  checkGolden('strings', {
    strRepr: { call: (s) => strRepr(s as string) },
    strAscii: { call: (s) => strAscii(s as string) },
    cpLength: { call: (s) => cpLength(s as string) },
    cpSliceStep: { call: (s, a, b, c) => cpSliceStep(s as string, a as number, b as number, c as number) },
  }, it, expect);
});

describe('code points', () => {
  const s = 'a😀b\ud800c𝟏';
  it('counts astral characters and lone surrogates as one code point each', () => {
    expect(hasSurrogates('abc é')).toBe(false);
    expect(hasSurrogates(s)).toBe(true);
    expect(cpLength(s)).toBe(6);
    expect([0, 1, 2, 3, 4, 5].map((i) => cpAt(s, i))).toEqual(['a', '😀', 'b', '\ud800', 'c', '𝟏']);
  });
  it('maps between code-point indices and UTF-16 offsets', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => cpOffset(s, i))).toEqual([0, 1, 3, 4, 5, 6, 8]);
    expect([0, 1, 3, 4, 5, 6, 8].map((o) => cpIndexOfOffset(s, o))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
  it('answers from a surrogate-free prefix and switches to counting after it', () => {
    const t = '日本😀語' + '字'.repeat(50);
    expect([0, 1, 2, 3, 4].map((i) => cpAt(t, i))).toEqual(['日', '本', '😀', '語', '字']);
    expect([1, 2, 3, 4].map((i) => cpOffset(t, i))).toEqual([1, 2, 4, 5]);
    expect(cpSlice(t, 0, 2)).toBe('日本');
    expect(cpSlice(t, 1, 4)).toBe('本😀語');
    expect(cpIndexOfOffset(t, 5)).toBe(4);
  });

  it('slices by code points', () => {
    expect(cpSlice(s, 1, 3)).toBe('😀b');
    expect(cpSlice(s, 4, 6)).toBe('c𝟏');
    expect(cpSlice(s, 3, 1)).toBe('');
    expect(cpSliceStep(s, 5, -1, -2)).toBe('𝟏\ud800😀');
  });
});
