// Hostile input: the parser must return promptly with a module or one diagnostic, never throw,
// never overflow the host's stack, whatever the nesting or size of the input.

import { describe, expect, it } from 'vitest';
import { parse, type ParseResult } from '../../src/parser/index.js';

function parseQuietly(source: string, options?: Parameters<typeof parse>[1]): ParseResult {
  let result: ParseResult | undefined;
  expect(() => { result = parse(source, options); }).not.toThrow();
  return result!;
}

function expectOnly(result: ParseResult, code: string, message: string | RegExp): void {
  expect(result.module).toBeNull();
  expect(result.diagnostics).toHaveLength(1);
  expect(result.diagnostics[0]!.code).toBe(code);
  expect(result.diagnostics[0]!.message).toMatch(message);
}

describe('hostile input', () => {
  it('100k nested parentheses: E102 at the first bracket past the limit', () => {
    const r = parseQuietly('('.repeat(100_000) + ')'.repeat(100_000));
    expectOnly(r, 'E102', /^too many nested parentheses$/);
    expect(r.diagnostics[0]!.span.start).toBe(100);
  });

  it('100k nested lists and dicts', () => {
    expectOnly(parseQuietly('['.repeat(100_000) + ']'.repeat(100_000)), 'E102', 'too many nested parentheses');
    expectOnly(parseQuietly('{1:'.repeat(100_000) + '1' + '}'.repeat(100_000)), 'E102', 'too many nested parentheses');
  });

  it('the bracket limit follows maxDepth', () => {
    expect(parseQuietly('x = ' + '('.repeat(150) + '1' + ')'.repeat(150), { maxDepth: 200 }).module).not.toBeNull();
    expectOnly(parseQuietly('x = ' + '('.repeat(150) + '1' + ')'.repeat(150)), 'E102', 'too many nested parentheses');
  });

  it('deep block nesting stops at 100 indentation levels, as CPython', () => {
    // 50k levels would need 1.25 GB of indentation; 5000 levels already exercise the limit.
    const lines = Array.from({ length: 5000 }, (_, i) => ' '.repeat(i) + 'if x:');
    const r = parseQuietly(lines.join('\n') + '\n' + ' '.repeat(5000) + 'pass\n', { maxSourceLength: 1e8 });
    expectOnly(r, 'E102', 'too many levels of indentation');
    expect(r.diagnostics[0]!.data?.pyType).toBe('IndentationError');
  });

  it('deep unary, not, lambda, conditional, power and f-string nesting', () => {
    for (const source of [
      'x = ' + '-'.repeat(100_000) + 'a',
      'x = ' + 'not '.repeat(100_000) + 'a',
      'x = ' + 'lambda: '.repeat(20_000) + '0',
      'x = ' + 'a if b else '.repeat(20_000) + 'c',
      'x = ' + '2 ** '.repeat(50_000) + '2',
    ]) {
      expectOnly(parseQuietly(source), 'E102', /too many nested/);
    }
  });

  it('long chains of operators, attributes and calls are cut at a limit', () => {
    expectOnly(parseQuietly('x = ' + Array(250_000).fill('a').join(' + ')), 'E102', /chained operations/);
    expectOnly(parseQuietly('x = a' + '.b'.repeat(100_000)), 'E102', /chained operations/);
    expectOnly(parseQuietly('x = f' + '()'.repeat(100_000)), 'E102', /chained operations/);
    // Left-deep chains nest the tree one level per link: 400 links, then E102.
    expect(parseQuietly('x = ' + Array(401).fill('a').join(' + ')).module).not.toBeNull();
    expectOnly(parseQuietly('x = ' + Array(402).fill('a').join(' + ')), 'E102', /more than 400 chained operations/);
  });

  it('flat and/or and comparison chains get 1000 operands (the generated code nests per operand)', () => {
    for (const op of [' and ', ' or ', ' < ', ' is not ']) {
      expect(parseQuietly('x = ' + Array(1001).fill('a').join(op)).module, op).not.toBeNull();
      expectOnly(parseQuietly('x = ' + Array(1002).fill('a').join(op)), 'E102', /more than 1000 chained operations/);
    }
    expectOnly(parseQuietly('x = ' + Array(150_000).fill('a').join(' and ')), 'E102', /chained operations/);
  });

  it('a 20000-branch elif chain parses without recursion, each elif nested in the orelse', () => {
    const source = 'if x == 0:\n    pass\n' + Array.from({ length: 20_000 }, (_, i) => `elif x == ${i + 1}:\n    pass\n`).join('') + 'else:\n    y = 1\n';
    const r = parseQuietly(source);
    expect(r.diagnostics).toEqual([]);
    let node = r.module!.body[0]!;
    let depth = 1;
    while (node.kind === 'If' && node.orelse.length === 1 && node.orelse[0]!.kind === 'If') {
      expect(node.end).toBe(source.length - 1);
      node = node.orelse[0]!;
      depth++;
    }
    expect(depth).toBe(20_001);
    expect(node.kind === 'If' && node.orelse[0]!.kind).toBe('Assign');
  });

  it('a 1 MB single-line expression parses', () => {
    const r = parseQuietly('x = [' + Array(200_000).fill('1').join(', ') + ']');
    expect(r.diagnostics).toEqual([]);
    const stmt = r.module!.body[0]!;
    expect(stmt.kind === 'Assign' && stmt.value.kind === 'List' && stmt.value.elts.length).toBe(200_000);
  });

  it('a 200k-digit decimal literal is rejected as CPython does; hex is fine', () => {
    const r = parseQuietly('x = ' + '1'.repeat(200_000));
    expectOnly(r, 'E103', /^Exceeds the limit \(4300 digits\) for integer string conversion: value has 200000 digits/);
    const hex = parseQuietly('x = 0x' + 'f'.repeat(200_000));
    const stmt = hex.module!.body[0]!;
    expect(stmt.kind === 'Assign' && stmt.value.kind === 'Constant' && stmt.value.value.type === 'int' && stmt.value.value.value > 0n).toBe(true);
    expect(parseQuietly('x = ' + '9'.repeat(4300)).module).not.toBeNull();
  });

  it('the source length limit', () => {
    expectOnly(parseQuietly('x' + ' '.repeat(11_000_000)), 'E103', /source too large/);
    expectOnly(parseQuietly('x = 1', { maxSourceLength: 3 }), 'E103', /source too large/);
  });

  it('no exponential backtracking on match-like lines and bracket soup', () => {
    const started = Date.now();
    parseQuietly('match ' + '('.repeat(90) + 'x' + ')'.repeat(90) + ' = 1\n');
    parseQuietly('match(' + 'a, '.repeat(20_000) + 'b)\n');
    parseQuietly('x = ' + '[a for a in '.repeat(60) + 'b' + ']'.repeat(60));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('garbage never throws', () => {
    const pieces = ['(', ')', '[', ']', '{', '}', 'f"{', '"', "'''", '\\', '\n', '\t', ' ', 'if', ':', 'lambda', '*', '**', '=', '0x', '1e', '#', '@', 'match', 'case', '\u00e9', '\u20ac', '\ud83d', '\0'];
    let seed = 42;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) {
      const source = Array.from({ length: 40 }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      const r = parseQuietly(source);
      expect(r.module === null ? r.diagnostics.length : 0).toBe(r.module === null ? 1 : 0);
    }
  });
});

describe('limits are CPython-compatible', () => {
  it('never accepts more than 200 nested brackets, as CPython, even with a larger maxDepth', () => {
    const source = 'x = ' + '('.repeat(201) + '1' + ')'.repeat(201);
    const r = parse(source, { maxDepth: 1000 });
    expect(r.diagnostics[0]?.message).toBe('too many nested parentheses');
    expect(r.diagnostics[0]!.span.start).toBe(4 + 200);
    expect(parse('x = ' + '('.repeat(200) + '1' + ')'.repeat(200), { maxDepth: 1000 }).module).not.toBeNull();
  });
});

describe('source CPython refuses outright', () => {
  it('null bytes', () => {
    const r = parse('x = 1\ny = "a\0b"\n');
    expect(r.module).toBeNull();
    expect(r.diagnostics[0]!.message).toBe('source code string cannot contain null bytes');
    expect(r.diagnostics[0]!.span.start).toBe(12);
  });
});
