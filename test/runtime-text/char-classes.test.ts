// Every code point's str.is*() answer against CPython 3.11's (ranges in goldens/char-classes.json).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  strIsalnum, strIsalpha, strIsdecimal, strIsdigit, strIsidentifier, strIslower, strIsnumeric, strIsprintable,
  strIsspace, strIstitle, strIsupper,
} from '../../src/runtime/text/str-methods-predicates.js';

const table = JSON.parse(readFileSync(join(__dirname, 'goldens', 'char-classes.json'), 'utf8')) as Record<string, number[]>;
const predicates: Record<string, (s: string) => boolean> = {
  isalpha: strIsalpha, isdecimal: strIsdecimal, isdigit: strIsdigit, isnumeric: strIsnumeric, isalnum: strIsalnum,
  isspace: strIsspace, isprintable: strIsprintable, isupper: strIsupper, islower: strIslower, istitle: strIstitle,
  isidentifier: strIsidentifier,
};

describe('per-code-point predicates (CPython 3.11)', () => {
  for (const [name, ranges] of Object.entries(table)) {
    it(name, () => {
      const predicate = predicates[name]!;
      expect(predicate).toBeTypeOf('function');
      const wrong: string[] = [];
      let r = 0;
      // Planes 4-13 hold no assigned characters: sample them, check every other code point.
      for (let cp = 0; cp < 0x110000 && wrong.length < 10; cp += cp >= 0x40000 && cp < 0xe0000 ? 61 : 1) {
        while (r < ranges.length && ranges[r + 1]! < cp) r += 2;
        const want = r < ranges.length && ranges[r]! <= cp;
        if (predicate(String.fromCodePoint(cp)) !== want) wrong.push(`U+${cp.toString(16)} want ${want}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
