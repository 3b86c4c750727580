// AST golden tests: every chunk of test/parser/cases/*.py must dump exactly as CPython 3.11's
// ast.dump() and give every node CPython's positions. Expected text comes from
// scripts/update-parser-goldens.mjs (run python3 there; never here).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump, parse } from '../../src/parser/index.js';
import { spansOf, splitChunks } from './chunks.js';

const dir = join(import.meta.dirname, 'cases');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  describe(file, () => {
    const chunks = splitChunks(readFileSync(join(dir, file), 'utf8'));
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.py$/, '.expected')), 'utf8')) as { dump: string; spans: string[] }[];
    it('has an expectation per chunk', () => expect(expected.length).toBe(chunks.length));
    chunks.forEach((source, i) => {
      it(`chunk ${i + 1}: ${JSON.stringify(source.slice(0, 50))}`, () => {
        const result = parse(source);
        expect(result.diagnostics).toEqual([]);
        expect(dump(result.module!)).toBe(expected[i]!.dump);
        expect(spansOf(result.module!, source)).toEqual(expected[i]!.spans);
      });
    });
  });
}
