// float repr, int()/float() parsing, bin/oct/hex and str(int) against CPython 3.11 goldens.

import { describe, expect, it } from 'vitest';
import { floatRepr } from '../../src/runtime/text/float-repr.js';
import { intToBase, intToDecimalString, parseFloatText, parseIntText } from '../../src/runtime/text/int-parse.js';
import { floatToHex, parseFloatHex } from '../../src/runtime/text/float-hex.js';
import { checkGolden, num } from './golden.js';

describe('numbers golden (CPython 3.11)', () => {
  checkGolden('numbers', {
    floatRepr: { call: (x) => floatRepr(num(x)) },
    parseIntText: { call: (s, b) => parseIntText(s as string, b as number) },
    parseFloatText: { call: (s) => parseFloatText(s as string), floats: true },
    intToBase: { call: (n, b) => intToBase(n as number | bigint, b as 2 | 8 | 16) },
    intToDecimalString: { call: (n) => intToDecimalString(n as number | bigint) },
    floatToHex: { call: (x) => floatToHex(num(x)) },
    parseFloatHex: { call: (s) => parseFloatHex(s as string), floats: true },
  }, it, expect);
});

describe('int representation', () => {
  it('returns numbers when safe and bigints beyond 2^53, never -0', () => {
    expect(parseIntText('9007199254740991', 10)).toBe(9007199254740991);
    expect(parseIntText('-0x1fffffffffffff', 16)).toBe(-9007199254740991);
    expect(parseIntText('9007199254740992', 10)).toBe(9007199254740992n);
    expect(Object.is(parseIntText('-0', 10), 0)).toBe(true);
    expect(Object.is(parseIntText('-0000000000000000000000000', 10), 0)).toBe(true);
  });
});
