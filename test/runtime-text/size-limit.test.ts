// Size-amplifying text operations refuse results above the limit with MemoryError, before
// building them (security invariant 5), and succeed right at the limit.

import { afterEach, describe, expect, it } from 'vitest';
import { checkTextSize, getTextSizeLimit, setTextSizeLimit } from '../../src/runtime/text/size-limit.js';
import { strCenter, strExpandtabs, strLjust, strRjust, strZfill } from '../../src/runtime/text/str-methods-pad.js';
import { strReplace } from '../../src/runtime/text/str-methods-search.js';
import { formatFloat } from '../../src/runtime/text/format-float.js';
import { formatInt } from '../../src/runtime/text/format-int.js';
import { formatStr } from '../../src/runtime/text/format-str.js';
import { TextError } from '../../src/runtime/text/text-error.js';

const saved = getTextSizeLimit();
afterEach(() => setTextSizeLimit(saved));

function pyErrorOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof TextError) return e.pyType;
    throw e;
  }
}

describe('text size limit', () => {
  it('has a default of 64 Mi code points and checks against the current setting', () => {
    expect(saved).toBe(64 * 1024 * 1024);
    setTextSizeLimit(5);
    expect(pyErrorOf(() => checkTextSize(5))).toBe(null);
    expect(pyErrorOf(() => checkTextSize(6))).toBe('MemoryError');
  });

  it('lets operations reach the limit exactly and refuses one more', () => {
    setTextSizeLimit(6);
    const atLimit: Array<[() => string, string]> = [
      [() => strLjust('ab', 6, '*'), 'ab****'], [() => strRjust('ab', 6, null), '    ab'], [() => strCenter('ab', 6, '-'), '--ab--'],
      [() => strZfill('-7', 6), '-00007'], [() => strExpandtabs('a\tb', 5), 'a    b'], [() => strReplace('aaa', 'a', 'xy', -1), 'xyxyxy'],
      [() => formatStr('ab', '^6'), '  ab  '], [() => formatInt(-7, '06'), '-00007'], [() => formatFloat(1.5, '<6'), '1.5   '],
    ];
    for (const [f, want] of atLimit) expect(f()).toBe(want);
    const overLimit: Array<() => unknown> = [
      () => strLjust('ab', 7, '*'), () => strRjust('ab', 7, null), () => strCenter('ab', 7, '-'), () => strZfill('-7', 7),
      () => strExpandtabs('a\tb', 6), () => strReplace('aaa', 'a', 'xyz', -1), () => strReplace('aaa', '', 'xy', -1),
      () => formatStr('ab', '^7'), () => formatInt(-7, '07'), () => formatInt(1234, '010,'), () => formatFloat(1.5, '<7'),
      () => formatFloat(1.5, '.7f'), () => formatFloat(1.5, '.7e'),
    ];
    expect(overLimit.map(pyErrorOf)).toEqual(overLimit.map(() => 'MemoryError'));
  });

  it('refuses gigantic widths without trying to build them', () => {
    for (const f of [() => strLjust('x', 2 ** 40, null), () => formatStr('x', '>999999999999'), () => strExpandtabs('\t', 2 ** 40),
      () => strCenter('x', Infinity, null), () => formatFloat(0.1, '.999999999f')]) {
      expect(pyErrorOf(f)).toBe('MemoryError');
    }
  });
});
