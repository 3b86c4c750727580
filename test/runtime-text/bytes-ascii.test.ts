// bytes' ASCII-only text rules (text/bytes-ascii.ts) against CPython 3.11: case mapping and
// predicates ignore bytes >= 0x80, whitespace is ASCII only, splitlines knows \n \r \r\n only.
// Expectations printed by python3 over latin-1 views of the bytes.

import { describe, expect, it } from 'vitest';
import { bytesUpper, bytesLower, bytesSwapcase, bytesCapitalize, bytesTitle, bytesIsalpha, bytesIsdigit, bytesIsalnum,
  bytesIsspace, bytesIsascii, bytesIsupper, bytesIslower, bytesIstitle, bytesSplitWhitespace, bytesSplitlines } from '../../src/runtime/text/bytes-ascii.js';

interface Expected {
  upper: string; lower: string; swapcase: string; capitalize: string; title: string;
  preds: boolean[]; split: string[]; split1: string[]; rsplit1: string[];
}

const CASES: Record<string, Expected> = {"hello World": {"upper": "HELLO WORLD", "lower": "hello world", "swapcase": "HELLO wORLD", "capitalize": "Hello world", "title": "Hello World", "preds": [false, false, false, false, true, false, false, false], "split": ["hello", "World"], "split1": ["hello", "World"], "rsplit1": ["hello", "World"]}, "\u00e9t\u00e9 ABC": {"upper": "\u00e9T\u00e9 ABC", "lower": "\u00e9t\u00e9 abc", "swapcase": "\u00e9T\u00e9 abc", "capitalize": "\u00e9t\u00e9 abc", "title": "\u00e9T\u00e9 Abc", "preds": [false, false, false, false, false, false, false, false], "split": ["\u00e9t\u00e9", "ABC"], "split1": ["\u00e9t\u00e9", "ABC"], "rsplit1": ["\u00e9t\u00e9", "ABC"]}, "it's o'neil-x9": {"upper": "IT'S O'NEIL-X9", "lower": "it's o'neil-x9", "swapcase": "IT'S O'NEIL-X9", "capitalize": "It's o'neil-x9", "title": "It'S O'Neil-X9", "preds": [false, false, false, false, true, false, true, false], "split": ["it's", "o'neil-x9"], "split1": ["it's", "o'neil-x9"], "rsplit1": ["it's", "o'neil-x9"]}, "  a\u001cb\u0085c\td  ": {"upper": "  A\u001cB\u0085C\tD  ", "lower": "  a\u001cb\u0085c\td  ", "swapcase": "  A\u001cB\u0085C\tD  ", "capitalize": "  a\u001cb\u0085c\td  ", "title": "  A\u001cB\u0085C\tD  ", "preds": [false, false, false, false, false, false, true, false], "split": ["a\u001cb\u0085c", "d"], "split1": ["a\u001cb\u0085c", "d  "], "rsplit1": ["  a\u001cb\u0085c", "d"]}, "": {"upper": "", "lower": "", "swapcase": "", "capitalize": "", "title": "", "preds": [false, false, false, false, true, false, false, false], "split": [], "split1": [], "rsplit1": []}, "ABC": {"upper": "ABC", "lower": "abc", "swapcase": "abc", "capitalize": "Abc", "title": "Abc", "preds": [true, false, true, false, true, true, false, false], "split": ["ABC"], "split1": ["ABC"], "rsplit1": ["ABC"]}, "Title Case \u00c9x": {"upper": "TITLE CASE \u00c9X", "lower": "title case \u00c9x", "swapcase": "tITLE cASE \u00c9X", "capitalize": "Title case \u00c9x", "title": "Title Case \u00c9X", "preds": [false, false, false, false, false, false, false, false], "split": ["Title", "Case", "\u00c9x"], "split1": ["Title", "Case \u00c9x"], "rsplit1": ["Title Case", "\u00c9x"]}};

describe('bytes ASCII rules (CPython 3.11)', () => {
  for (const [s, e] of Object.entries(CASES)) {
    it(JSON.stringify(s), () => {
      expect([bytesUpper(s), bytesLower(s), bytesSwapcase(s), bytesCapitalize(s), bytesTitle(s)])
        .toEqual([e.upper, e.lower, e.swapcase, e.capitalize, e.title]);
      expect([bytesIsalpha(s), bytesIsdigit(s), bytesIsalnum(s), bytesIsspace(s), bytesIsascii(s), bytesIsupper(s),
        bytesIslower(s), bytesIstitle(s)]).toEqual(e.preds);
      expect(bytesSplitWhitespace(s, -1, false)).toEqual(e.split);
      expect(bytesSplitWhitespace(s, 1, false)).toEqual(e.split1);
      expect(bytesSplitWhitespace(s, 1, true)).toEqual(e.rsplit1);
    });
  }
  it('splitlines on \\n, \\r and \\r\\n only', () => {
    const s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\n';
    expect(bytesSplitlines(s, false)).toEqual(["a", "b", "c", "d\u000be\ff\u001cg\u0085h"]);
    expect(bytesSplitlines(s, true)).toEqual(["a\n", "b\r\n", "c\r", "d\u000be\ff\u001cg\u0085h\n"]);
  });
});
