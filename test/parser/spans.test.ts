// The extra spans ast.ts declares for diagnostics and traceback markers: BinOp.opSpan,
// Attribute.attrSpan, FunctionDef/ClassDef.nameSpan; and that spans are UTF-16 offsets.

import { describe, expect, it } from 'vitest';
import type { Module, Stmt } from '../../src/parser/ast.js';
import { parse } from '../../src/parser/index.js';

function parsed(source: string): Module {
  const r = parse(source);
  expect(r.diagnostics).toEqual([]);
  return r.module!;
}

const text = (source: string, span: { start: number; end: number }): string => source.slice(span.start, span.end);

describe('extra spans', () => {
  it('BinOp.opSpan covers the operator token', () => {
    const source = 'x = (a  **  b) // c';
    const stmt = parsed(source).body[0]!;
    if (stmt.kind !== 'Assign' || stmt.value.kind !== 'BinOp' || stmt.value.left.kind !== 'BinOp') throw new Error('shape');
    expect(text(source, stmt.value.opSpan)).toBe('//');
    expect(text(source, stmt.value.left.opSpan)).toBe('**');
    expect(text(source, stmt.value)).toBe('(a  **  b) // c');
    expect(text(source, stmt.value.left)).toBe('a  **  b');
  });

  it('Attribute.attrSpan covers the name after the dot', () => {
    const source = 'obj . inner.\\\n  leaf';
    const stmt = parsed(source).body[0]!;
    if (stmt.kind !== 'Expr' || stmt.value.kind !== 'Attribute' || stmt.value.value.kind !== 'Attribute') throw new Error('shape');
    expect(text(source, stmt.value.attrSpan)).toBe('leaf');
    expect(text(source, stmt.value.value.attrSpan)).toBe('inner');
  });

  it('nameSpan of functions and classes, decorated or async', () => {
    const source = '@dec\nasync def  handler(x): pass\nclass\tThing(Base): pass\n';
    const [fn, cls] = parsed(source).body as [Stmt, Stmt];
    if (fn.kind !== 'AsyncFunctionDef' || cls.kind !== 'ClassDef') throw new Error('shape');
    expect(text(source, fn.nameSpan)).toBe('handler');
    expect(text(source, cls.nameSpan)).toBe('Thing');
    expect(text(source, fn)).toBe('async def  handler(x): pass');
  });

  it('offsets count UTF-16 units, so astral characters take two', () => {
    const source = 's = "😀"; t = s';
    const body = parsed(source).body;
    const second = body[1]!;
    expect(text(source, second)).toBe('t = s');
    expect(second.start).toBe(10);
  });

  it('identifiers are NFKC-normalised, spans still cover the written text', () => {
    const source = 'ﬁx = 1';
    const stmt = parsed(source).body[0]!;
    if (stmt.kind !== 'Assign' || stmt.targets[0]!.kind !== 'Name') throw new Error('shape');
    expect(stmt.targets[0]!.id).toBe('fix');
    expect(text(source, stmt.targets[0]!)).toBe('ﬁx');
  });
});
