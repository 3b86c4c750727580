// Scope errors against CPython 3.11: each chunk of cases/scope-errors.py (and of
// cases/pattern-errors.py, match patterns) raises at most one SyntaxError in compile(); the
// resolver must report the same message at the same line/column.

import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/restrict/resolve.js';
import { LineIndex } from '../../src/diagnostics/line-index.js';
import { loadGolden } from './golden-cases.js';

describe.each(['scope-errors', 'pattern-errors'])('%s match CPython', (file) => {
  for (const [i, item] of loadGolden('cases', file).entries()) {
    it(`chunk ${i}: ${item.error?.message ?? 'no error'}`, () => {
      const { diagnostics } = resolve(item.ast);
      if (item.error === null) {
        expect(diagnostics).toEqual([]);
        return;
      }
      expect(diagnostics.map((d) => d.message)).toHaveLength(1);
      const first = diagnostics[0]!;
      const at = new LineIndex(item.source).position(first.span.start);
      expect({ code: first.code, message: first.message, line: at.line, column: at.column, pyType: first.data?.pyType })
        .toEqual({ code: 'E204', message: item.error.message, line: item.error.line, column: item.error.column, pyType: 'SyntaxError' });
    });
  }
});
