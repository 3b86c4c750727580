// Traceback mapping and formatting from hand-made raw frames and a hand-made source map, compared
// with the text CPython 3.11 prints for the same script; the ~~~^~~~ marker lines from spans.
// Whole scripts against python3 live in test/tracebacks.

import { describe, expect, it } from 'vitest';
import { formatTraceback, mapException } from '../../src/host/traceback.js';
import { markerLine } from '../../src/host/traceback-markers.js';
import { checkOutcome } from '../../src/host/outcome.js';
import { originalPositionFor } from '../../src/codegen/source-map.js';
import type { RaisedException } from '../../src/runtime/protocol.js';
import type { SourceMapV3, TracebackFrame } from '../../src/types.js';

const source = 'def f():\n    return 1 / 0\n\nf()\n';
// Generated line 3 col 0 → py line 4 col 0; generated line 2 col 4 → py line 2 col 11.
// Segments: [genCol, src, srcLine delta, srcCol delta].
const map: SourceMapV3 = { version: 3, sources: ['x.py'], names: [], mappings: ';IACW;AAEX' };
const ctx = {
  filename: 'x.py', source, codeNames: { $module: '<module>', f$: 'f' },
  mapPosition: (line: number, column: number) => originalPositionFor(map, line, column),
};

function raised(extra: Partial<RaisedException> = {}): RaisedException {
  return {
    type: 'ZeroDivisionError', message: 'division by zero',
    frames: [{ fn: '$module', line: 3, column: 1 }, { fn: 'f$', line: 2, column: 5 }],
    cause: null, context: null, suppressContext: false, ...extra,
  };
}

describe('tracebacks', () => {
  it('maps frames through the source map and prints them as CPython does', () => {
    const exc = mapException(raised(), ctx);
    expect(exc.frames).toEqual([
      { filename: 'x.py', line: 4, column: 1, endLine: null, endColumn: null, name: '<module>' },
      { filename: 'x.py', line: 2, column: 12, endLine: null, endColumn: null, name: 'f' },
    ]);
    expect(formatTraceback(exc, source)).toBe(
      'Traceback (most recent call last):\n' +
      '  File "x.py", line 4, in <module>\n    f()\n' +
      '  File "x.py", line 2, in f\n    return 1 / 0\n' +
      'ZeroDivisionError: division by zero\n');
  });

  it('prints just the type for an empty message and drops unmapped frames', () => {
    const exc = mapException(raised({ type: 'ValueError', message: '', frames: [{ fn: '$module', line: 3, column: 1 }, { fn: 'x', line: 99, column: 1 }] }), ctx);
    expect(formatTraceback(exc, source)).toBe('Traceback (most recent call last):\n  File "x.py", line 4, in <module>\n    f()\nValueError\n');
  });

  it('prints cause and context chains in CPython order', () => {
    const inner = raised();
    const cause = mapException(raised({ type: 'KeyError', message: "'k'", cause: inner }), ctx);
    const text = formatTraceback(cause, source);
    expect(text).toContain('ZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\nTraceback');
    expect(text.endsWith("KeyError: 'k'\n")).toBe(true);
    const context = mapException(raised({ type: 'KeyError', message: "'k'", context: inner }), ctx);
    expect(formatTraceback(context, source)).toContain('\nDuring handling of the above exception, another exception occurred:\n\n');
    const suppressed = mapException(raised({ type: 'KeyError', message: "'k'", context: inner, suppressContext: true }), ctx);
    expect(formatTraceback(suppressed, source)).not.toContain('During handling');
  });

  it('folds repeated frames like CPython', () => {
    const frames = [{ fn: '$module', line: 3, column: 1 }, ...Array.from({ length: 10 }, () => ({ fn: 'f$', line: 2, column: 5 }))];
    const text = formatTraceback(mapException(raised({ type: 'RecursionError', message: 'maximum recursion depth exceeded', frames }), ctx), source);
    expect(text.match(/line 2, in f/g)).toHaveLength(3);
    expect(text).toContain('  [Previous line repeated 7 more times]\nRecursionError');
    const one = formatTraceback(mapException(raised({ frames: [...frames.slice(0, 5)] }), ctx), source);
    expect(one).toContain('[Previous line repeated 1 more time]\n');
  });

  it('omits source lines for <stdin>, as CPython does', () => {
    const exc = mapException(raised(), { ...ctx, filename: '<stdin>' });
    expect(formatTraceback(exc, source)).toBe(
      'Traceback (most recent call last):\n  File "<stdin>", line 4, in <module>\n  File "<stdin>", line 2, in f\nZeroDivisionError: division by zero\n');
  });

  it('counts columns in code points', () => {
    const src = 's = "😀"; x = 1 / 0\n';
    const exc = mapException(raised({ frames: [{ fn: '$module', line: 1, column: 1 }] }), {
      ...ctx, source: src, mapPosition: () => ({ line: 1, column: 14, endLine: null, endColumn: null }),
    });
    expect(exc.frames[0]!.column).toBe(14);
  });
});

describe('position markers (CPython 3.11 traceback.c rules)', () => {
  const frame = (line: number, column: number, endLine: number, endColumn: number): TracebackFrame => ({
    filename: 'x.py', line, column, endLine, endColumn, name: '<module>',
  });
  // Each expectation below is what python3 printed for a script with that line.
  it('underlines a span with ^ and omits markers when it covers the whole stripped line', () => {
    expect(markerLine('x = f(1)', frame(1, 5, 1, 9))).toBe('        ^^^^\n');
    expect(markerLine('    f(1)', frame(1, 5, 1, 9))).toBe('');
    expect(markerLine('f(1)  # note', frame(1, 1, 1, 5))).toBe('    ^^^^\n');
    expect(markerLine('f(1)   ', frame(1, 1, 1, 5))).toBe('    ^^^^\n');
  });

  it('puts ~ under operands and ^ under the operator of a BinOp, even on a whole line', () => {
    expect(markerLine('1/0', frame(1, 1, 1, 4))).toBe('    ~^~\n');
    expect(markerLine('x = 1 // 0', frame(1, 5, 1, 11))).toBe('        ~~^^~~\n');
    expect(markerLine('x = (1) + (  "a" )', frame(1, 5, 1, 19))).toBe('        ~~~~^~~~~~~~~~\n');
  });

  it('puts ~ under the value and ^ under the brackets of a Subscript', () => {
    expect(markerLine('y = d["k"][1]', frame(1, 5, 1, 11))).toBe('        ~^^^^^\n');
  });

  it('counts code points and follows a multi-line span to the end of its first line', () => {
    expect(markerLine('é = 5; x = é + "a"', frame(1, 12, 1, 19))).toBe('               ~~^~~~~\n');
    expect(markerLine('x = f(  ', frame(1, 5, 3, 2))).toBe('        ^^\n');
  });

  it('prints nothing for a span it cannot place', () => {
    expect(markerLine('x = 1', { ...frame(1, 5, 1, 6), endLine: null, endColumn: null })).toBe('');
    expect(markerLine('x = 1', frame(1, 5, 1, 40))).toBe('');
  });
});

describe('checkOutcome', () => {
  it('caps chains and rejects bad frames', () => {
    const chain: Record<string, unknown> = { type: 'E', message: '', frames: [], cause: null, context: null };
    chain['context'] = chain; // a cyclic chain, as a structured clone can carry
    const out = checkOutcome({ status: 'exception', error: chain, ops: 1 });
    expect(out.status).toBe('exception');
    expect(() => checkOutcome({ status: 'exception', error: { type: 'E', message: '', frames: [{ fn: 'a', line: -1, column: 0 }] } })).toThrow(/malformed/);
    expect(checkOutcome({ status: 'ok', value: 1, ops: -5 }).ops).toBe(0);
  });
});
