// The tree-depth bound (src/restrict/depth.ts): whatever the parser lets through, a tree deeper
// than MAX_TREE_DEPTH gets one E102 SyntaxError from restrict() before any recursive walker runs,
// and compile() and lint() end with it promptly instead of overflowing in codegen or its verifier.

import { describe, expect, it } from 'vitest';
import { compile, lint } from '../../src/index.js';
import { MAX_TREE_DEPTH } from '../../src/restrict/depth.js';

const elifChain = (n: number): string =>
  'x = 1\nif x == 0:\n    pass\n' + Array.from({ length: n }, (_, i) => `elif x == ${i + 1}:\n    pass\n`).join('');

function expectTooDeep(source: string): void {
  const started = Date.now();
  const { diagnostics } = lint(source);
  expect(diagnostics.map((d) => d.code)).toEqual(['E102']);
  expect(diagnostics[0]!.message).toMatch(new RegExp(`more than ${MAX_TREE_DEPTH} levels deep`));
  expect(diagnostics[0]!.data?.pyType).toBe('SyntaxError');
  const program = compile(source);
  expect(program.ok).toBe(false);
  expect(program.diagnostics.map((d) => d.code)).toEqual(['E102']);
  expect(Date.now() - started).toBeLessThan(10_000);
}

describe('tree-depth bound', () => {
  it('an elif chain under the bound compiles; past it, E102 at the branch that crosses it', () => {
    expect(compile(elifChain(400)).ok).toBe(true);
    expectTooDeep(elifChain(600));
    expectTooDeep(elifChain(20_000));
    const { diagnostics } = lint(elifChain(600));
    expect(diagnostics[0]!.span.start).toBeGreaterThan(0);
  });

  it('forms each within their own parser limit add up past the bound', () => {
    const chain = Array(399).fill('a').join('+');
    expect(compile(`a = 1\nx = ${chain}\n`).ok).toBe(true);
    expectTooDeep('def f(x):\n    return x\na = 1\nx = ' + 'f(-'.repeat(95) + chain + ')'.repeat(95) + '\n');
  });

  it('lambdas weigh two levels (each is a function, a try/finally and a guard in the output)', () => {
    expect(compile('x = ' + 'lambda: '.repeat(150) + 'a' + '.b'.repeat(150) + '\n').ok).toBe(true);
    expectTooDeep('x = ' + 'lambda: '.repeat(199) + 'a' + '.b'.repeat(290) + '\n');
  });
});
