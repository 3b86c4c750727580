// Syntax-error golden tests: each chunk of test/parser/errors/*.py must fail with exactly the
// diagnostic its `### CODE @col "message"` marker names (code, line, column and CPython 3.11's
// message, as scripts/update-parser-goldens.mjs recorded them from python3).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/diagnostics/line-index.js';
import { parse } from '../../src/parser/index.js';
import { readErrorChunk, splitChunks } from './chunks.js';

const dir = join(import.meta.dirname, 'errors');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  describe(file, () => {
    splitChunks(readFileSync(join(dir, file), 'utf8')).forEach((chunk, i) => {
      const { source, expected } = readErrorChunk(chunk);
      it(`chunk ${i + 1}: ${JSON.stringify(source.slice(0, 40))}`, () => {
        expect(expected).not.toBeNull();
        const result = parse(source);
        expect(result.module).toBeNull();
        expect(result.diagnostics).toHaveLength(1);
        const d = result.diagnostics[0]!;
        const at = new LineIndex(source).position(d.span.start);
        // f-string field errors: CPython's column is within its `(expr)` text (data.textColumn).
        const column = typeof d.data?.textColumn === 'number' ? d.data.textColumn : at.column;
        const got = { code: d.code, line: at.line, message: d.message, ...(expected?.column ? { column } : {}) };
        expect(got).toEqual(expected);
      });
    });
  });
}
