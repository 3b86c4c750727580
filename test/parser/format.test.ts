// Formatting diagnostics: formatSyntaxError must print exactly what `python3 x.py` prints for an
// uncaught SyntaxError (goldens in test/parser/format/, made with python3 by
// scripts/update-parser-goldens.mjs); formatDiagnostic gives the stable `corral lint` form.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic, formatSyntaxError } from '../../src/diagnostics/format.js';
import { parse } from '../../src/parser/index.js';
import { readErrorChunk, splitChunks } from './chunks.js';

const dir = join(import.meta.dirname, 'format');

describe('formatSyntaxError matches python3', () => {
  const chunks = splitChunks(readFileSync(join(dir, 'cases.py'), 'utf8'));
  const expected = JSON.parse(readFileSync(join(dir, 'cases.expected'), 'utf8')) as string[];
  chunks.forEach((source, i) => {
    it(`case ${i + 1}: ${JSON.stringify(source.slice(0, 40))}`, () => {
      const { diagnostics } = parse(source);
      expect(diagnostics).toHaveLength(1);
      expect(formatSyntaxError(diagnostics[0]!, source, 'x.py')).toBe(expected[i]);
    });
  });
});

describe('formatSyntaxError matches python3 for every syntax-error golden', () => {
  const errorsDir = join(import.meta.dirname, 'errors');
  for (const name of readdirSync(errorsDir).filter((f) => f.endsWith('.py')).sort()) {
    it(name, () => {
      const sources = splitChunks(readFileSync(join(errorsDir, name), 'utf8')).map((c) => readErrorChunk(c).source);
      const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.py$/, '.stderr.json')), 'utf8')) as string[];
      expect(expected).toHaveLength(sources.length);
      const got = sources.map((source) => formatSyntaxError(parse(source).diagnostics[0]!, source, 'x.py'));
      // Compared as a list so one failure shows every differing case.
      expect(got.map((g, i) => (g === expected[i] ? 'ok' : `${JSON.stringify(sources[i])}\n${g}`)))
        .toEqual(expected.map((e, i) => (got[i] === e ? 'ok' : `${JSON.stringify(sources[i])}\n${e}`)));
    });
  }
});

describe('formatDiagnostic', () => {
  it('prints position, code, message, rule name and a code frame', () => {
    const source = 'x = 1\nif True:\n    y = (1,\n';
    const d = parse(source).diagnostics[0]!;
    expect(formatDiagnostic(d, source, 'x.py')).toBe(
      "x.py:3:9: E100 '(' was never closed (syntax-error)\n" +
      ' 3 |     y = (1,\n' +
      '   |         ^\n',
    );
  });

  it('names the rule once when the message already ends with it', () => {
    const source = 'x = y.__dict__\n';
    const d = diagnostic('E200', { start: 6, end: 14 }, 'reading __dict__ is not allowed [no-dunder-attribute]');
    expect(formatDiagnostic(d, source, 'x.py').split('\n')[0]).toBe(
      'x.py:1:7: E200 reading __dict__ is not allowed [no-dunder-attribute]',
    );
  });

  it('underlines the whole span with ^~~~', () => {
    const source = 'x = f() = 3\n';
    const d = parse(source).diagnostics[0]!;
    expect(formatDiagnostic(d, source, 'rule.py')).toBe(
      'rule.py:1:5: E100 cannot assign to function call (syntax-error)\n' +
      ' 1 | x = f() = 3\n' +
      '   |     ^~~\n',
    );
  });

  it('adds the hint and notes, with the note location', () => {
    const source = 'import os\nx = os.system\n';
    const d = diagnostic('E202', { start: 7, end: 9 }, "module 'os' is not offered", {
      hint: 'ask the host to offer it',
      notes: [{ message: 'used here', span: { start: 14, end: 16 } }, { message: 'policy: default' }],
    });
    expect(formatDiagnostic(d, source, 'x.py')).toBe(
      "x.py:1:8: E202 module 'os' is not offered (no-unoffered-import)\n" +
      ' 1 | import os\n' +
      '   |        ^~\n' +
      'hint: ask the host to offer it\n' +
      'note: used here (x.py:2:5)\n' +
      ' 2 | x = os.system\n' +
      '   |     ^~\n' +
      'note: policy: default\n',
    );
  });

  it('keeps tabs in the marker padding and a wide gutter for long files', () => {
    const source = 'if x:\n' + '\n'.repeat(98) + '\ty = $\n';
    const d = parse(source).diagnostics[0]!;
    expect(formatDiagnostic(d, source, 'x.py')).toBe(
      'x.py:100:6: E100 invalid syntax (syntax-error)\n' +
      ' 100 | \ty = $\n' +
      '     | \t    ^\n',
    );
  });

  it('points into the source for an f-string field error (python3 shows its "(expr)" text instead)', () => {
    const source = 'x = f"{a b}"\n';
    const d = parse(source).diagnostics[0]!;
    expect(formatDiagnostic(d, source, 'x.py')).toBe(
      'x.py:1:8: E100 f-string: invalid syntax. Perhaps you forgot a comma? (syntax-error)\n' +
      ' 1 | x = f"{a b}"\n' +
      '   |        ^~~\n',
    );
    expect(formatSyntaxError(d, source, 'x.py')).toContain('    (a b)\n     ^^^\n');
  });

  it('stops a multi-line span at the end of its first line', () => {
    const source = 'f(a for a in b,\n  c)\n';
    const d = parse(source).diagnostics[0]!;
    expect(formatDiagnostic(d, source, 'x.py')).toContain(` 1 | f(a for a in b,\n   |   ^${'~'.repeat(11)}\n`);
    const split = 'x = (1 2 +\n 3)\n';
    expect(formatDiagnostic(parse(split).diagnostics[0]!, split, 'x.py')).toContain(` 1 | x = (1 2 +\n   |      ^${'~'.repeat(4)}\n`);
  });
});
