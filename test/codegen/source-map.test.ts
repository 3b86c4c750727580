// The source map: VLQ round trip, and V8 stack positions in generated code mapping back to the
// Python line of the node that failed.

import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SourceMapBuilder, originalPositionFor } from '../../src/codegen/source-map.js';
import { compileOk } from './compile.js';
import { makeFakeRt } from './fake-rt.js';

describe('SourceMapBuilder / originalPositionFor', () => {
  it('round-trips mappings, choosing the nearest one at or before the column', () => {
    const m = new SourceMapBuilder('a.py', 'x = 1\n');
    m.addMapping({ original: { line: 3, column: 4 }, generated: { line: 1, column: 0 } });
    m.addMapping({ original: { line: 7, column: 0 }, generated: { line: 1, column: 10 } });
    m.addMapping({ original: { line: 2, column: 100 }, generated: { line: 4, column: 5 } });
    const map = m.toJSON();
    expect(map.sources).toEqual(['a.py']);
    expect(map.sourcesContent).toEqual(['x = 1\n']);
    const at = (line: number, column: number) => ({ line, column, endLine: null, endColumn: null });
    expect(originalPositionFor(map, 1, 1)).toEqual(at(3, 4));
    expect(originalPositionFor(map, 1, 10)).toEqual(at(3, 4));
    expect(originalPositionFor(map, 1, 11)).toEqual(at(7, 0));
    expect(originalPositionFor(map, 1, 500)).toEqual(at(7, 0));
    expect(originalPositionFor(map, 2, 1)).toBeNull();
    expect(originalPositionFor(map, 4, 5)).toEqual(at(2, 100)); // first one after, same line
    expect(originalPositionFor(map, 4, 6)).toEqual(at(2, 100));
  });

  it('carries the end of each span in x_corral_ends, keeping nested spans that share a start apart', () => {
    const ends = new Map<object, { line: number; column: number }>();
    const pos = (line: number, column: number, endLine: number, endColumn: number) => {
      const start = { line, column };
      ends.set(start, { line: endLine, column: endColumn });
      return start;
    };
    const m = new SourceMapBuilder('a.py', '', (start) => ends.get(start));
    m.addMapping({ original: pos(2, 4, 2, 11), generated: { line: 1, column: 0 } });
    m.addMapping({ original: pos(2, 4, 2, 7), generated: { line: 1, column: 8 } }); // same start, shorter
    m.addMapping({ original: pos(3, 0, 5, 1), generated: { line: 2, column: 3 } });
    m.addMapping({ original: { line: 6, column: 2 }, generated: { line: 2, column: 9 } }); // no end known
    const map = m.toJSON();
    expect(originalPositionFor(map, 1, 1)).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 11 });
    expect(originalPositionFor(map, 1, 9)).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 7 });
    expect(originalPositionFor(map, 2, 4)).toEqual({ line: 3, column: 0, endLine: 5, endColumn: 1 });
    expect(originalPositionFor(map, 2, 10)).toEqual({ line: 6, column: 2, endLine: null, endColumn: null });
    // A damaged extension field costs the ends, never the lines.
    expect(originalPositionFor({ ...map, x_corral_ends: '!!' }, 1, 1)).toEqual({ line: 2, column: 4, endLine: null, endColumn: null });
  });

  it('maps a V8 frame inside generated code back to the failing Python line', async () => {
    const src = 'def f(a):\n    b = a + 1\n    return b * boom(b)\n\nx = 1\nf(x)\n';
    const { js, sourceMap } = await compileOk(src);
    const { rt } = makeFakeRt({
      builtins: { boom: () => { throw new Error('boom'); } },
    });
    const fn = vm.runInNewContext(js, {}, { filename: 'gen.js' }) as (rt: unknown) => unknown;
    let stack = '';
    try {
      fn(rt);
    } catch (e) {
      stack = (e as Error).stack ?? '';
    }
    const frames = [...stack.matchAll(/at (\S+) \(gen\.js:(\d+):(\d+)\)/g)].map((m) => ({
      fn: m[1], line: Number(m[2]), column: Number(m[3]),
    }));
    expect(frames.map((f) => f.fn)).toEqual(['f$f', '$module']);
    const inner = originalPositionFor(sourceMap, frames[0]!.line, frames[0]!.column);
    const outer = originalPositionFor(sourceMap, frames[1]!.line, frames[1]!.column);
    expect(inner?.line).toBe(3);
    expect(outer?.line).toBe(6);
    // The whole failing node: `boom(b)` and `f(x)`, which tracebacks underline.
    expect(inner).toEqual({ line: 3, column: 15, endLine: 3, endColumn: 22 });
    expect(outer).toEqual({ line: 6, column: 0, endLine: 6, endColumn: 4 });
  });

  it('maps the caller frame of a comprehension and of a class body to their Python lines', async () => {
    Error.stackTraceLimit = 50; // the fake runtime adds frames of its own
    const src = 'def g(xs):\n    return [\n        boom(v) for v in xs]\n\nclass K:\n    z = g((1,))\n';
    const { js, sourceMap } = await compileOk(src);
    const { rt } = makeFakeRt({ builtins: { boom: () => { throw new Error('boom'); } } });
    const fn = vm.runInNewContext(js, {}, { filename: 'gen.js' }) as (rt: unknown) => unknown;
    let stack = '';
    try {
      fn(rt);
    } catch (e) {
      stack = (e as Error).stack ?? '';
    }
    const frames = [...stack.matchAll(/at (\S+) \(gen\.js:(\d+):(\d+)\)/g)].map((m) => ({
      fn: m[1], at: originalPositionFor(sourceMap, Number(m[2]), Number(m[3]))?.line,
    }));
    expect(stack).toMatch(/^Error: boom/);
    expect(frames).toEqual([
      { fn: '$listcomp', at: 3 }, { fn: 'g$f', at: 2 }, { fn: 'K$c', at: 6 }, { fn: '$module', at: 5 },
    ]);
  });
});
