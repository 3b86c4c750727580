// Case mappings and case predicates of str against CPython 3.11 goldens (every cased character).

import { describe, expect, it } from 'vitest';
import {
  strCapitalize, strCasefold, strLower, strSwapcase, strTitle, strUpper,
} from '../../src/runtime/text/str-methods-case.js';
import { strIslower, strIstitle, strIsupper } from '../../src/runtime/text/str-methods-predicates.js';
import { checkGolden } from './golden.js';

const unary = (f: (s: string) => unknown) => ({ call: (s: unknown) => f(s as string) });

describe('case golden (CPython 3.11)', () => {
  checkGolden('case', {
    'str.upper': unary(strUpper),
    'str.lower': unary(strLower),
    'str.casefold': unary(strCasefold),
    'str.title': unary(strTitle),
    'str.capitalize': unary(strCapitalize),
    'str.swapcase': unary(strSwapcase),
    'str.isupper': unary(strIsupper),
    'str.islower': unary(strIslower),
    'str.istitle': unary(strIstitle),
  }, it, expect);
});
