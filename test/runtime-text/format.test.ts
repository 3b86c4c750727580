// format(value, spec) for int, float and str against CPython 3.11 goldens, plus the size guard.

import { describe, expect, it } from 'vitest';
import { formatInt } from '../../src/runtime/text/format-int.js';
import { formatFloat } from '../../src/runtime/text/format-float.js';
import { formatStr } from '../../src/runtime/text/format-str.js';
import { parseFormatSpec } from '../../src/runtime/text/format-spec.js';
import { setTextSizeLimit, getTextSizeLimit } from '../../src/runtime/text/size-limit.js';
import { TextError } from '../../src/runtime/text/text-error.js';
import { checkGolden, PyFloatArg } from './golden.js';

function format(v: unknown, spec: unknown): string {
  if (v instanceof PyFloatArg) return formatFloat(v.value, spec as string);
  if (typeof v === 'string') return formatStr(v, spec as string);
  return formatInt(v as number | bigint, spec as string);
}

describe('format golden (CPython 3.11)', () => {
  checkGolden('format', { format: { call: format } }, it, expect);
});

describe('format spec', () => {
  it('parses every field', () => {
    expect(parseFormatSpec('*^+z#012,.3f', 'float', '', '>')).toEqual({
      fill: '*', align: '^', sign: '+', noNegZero: true, alternate: true, width: 12, grouping: ',', precision: 3, type: 'f',
    });
  });

  it('refuses huge widths with MemoryError before allocating', () => {
    const saved = getTextSizeLimit();
    for (const [f, spec] of [[() => formatStr('x', '>999999999'), ''], [() => formatInt(1, '0999999999'), ''],
      [() => formatFloat(1.5, '.999999999f'), ''], [() => formatFloat(1.5, '^999999999'), '']] as const) {
      void spec;
      let caught: unknown = null;
      try {
        f();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(TextError);
      expect((caught as TextError).pyType).toBe('MemoryError');
    }
    setTextSizeLimit(10);
    try {
      expect(formatStr('x', '>10')).toBe('         x');
      expect(() => formatStr('x', '>11')).toThrow(TextError);
    } finally {
      setTextSizeLimit(saved);
    }
  });
});
