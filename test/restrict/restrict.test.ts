// restrict() as a whole: diagnostics from the resolver and the rules come back together, sorted
// by position, and a tree too deep to walk gives a diagnostic instead of a host crash.

import { describe, expect, it } from 'vitest';
import type * as ast from '../../src/parser/ast.js';
import { restrict } from '../../src/restrict/index.js';
import { loadGolden } from './golden-cases.js';

const policy = { modules: [], allowOpen: false };

describe('restrict()', () => {
  it('merges scope errors and rule diagnostics in source order', () => {
    const item = loadGolden('rules', 'no-dunder-name')[1]!;
    const { diagnostics } = restrict(item.ast, { policy, source: item.source });
    const starts = diagnostics.map((d) => d.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['E203', 'E201']));
  });

  it('turns a stack overflow on a pathological tree into E102', () => {
    let value: ast.ExprNode = { kind: 'Constant', value: { type: 'int', value: 1n }, start: 0, end: 1 };
    for (let i = 0; i < 200_000; i++) value = { kind: 'UnaryOp', op: 'USub', operand: value, start: 0, end: 1 };
    const module: ast.Module = { kind: 'Module', body: [{ kind: 'Expr', value, start: 0, end: 1 }], start: 0, end: 1 };
    const result = restrict(module, { policy, source: '-1' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['E102']);
    expect(result.resolution.scopes.get(module)).toBe(result.resolution.module);
  });
});
