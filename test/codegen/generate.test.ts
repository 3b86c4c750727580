// generate(): output shape, options, code names, and diagnostics instead of throws.

import { describe, expect, it } from 'vitest';
import type * as ast from '../../src/parser/ast.js';
import { generate } from '../../src/codegen/index.js';
import { resolve as resolveScopes } from '../../src/restrict/resolve.js';
import { compileOk, compilePy } from './compile.js';
import { runFake } from './fake-rt.js';

describe('generate', () => {
  it('emits one function expression that returns the last expression statement', async () => {
    const { js } = await compileOk('x = 2\nx * 21');
    expect(js.startsWith('(function $module($rt) {\n  "use strict";')).toBe(true);
    expect(js.trimEnd().endsWith('});')).toBe(true);
    expect(runFake(js).value).toBe(42);
    expect(runFake((await compileOk('x = 2')).js).value).toBeNull();
  });

  it('maps JS function names to Python code names', async () => {
    const out = await compileOk(`
class K:
    def m(self):
        return lambda: [i for i in (j for j in ())] + list({a: a for a in ()}) + list({s for s in ()})
def f():
    pass`);
    expect(out.codeNames).toEqual({
      $module: '<module>', K$c: 'K', m$f: 'm', $lambda: '<lambda>', $listcomp: '<listcomp>',
      $genexpr: '<genexpr>', $dictcomp: '<dictcomp>', $setcomp: '<setcomp>', f$f: 'f',
    });
  });

  it('omits op ticks but keeps depth bookkeeping with counters: false', async () => {
    const src = 'def f():\n    for i in range(3):\n        pass\nf()';
    const on = (await compileOk(src)).js;
    const off = (await compileOk(src, { counters: false })).js;
    expect(on).toContain('--$s.ops');
    expect(off).not.toContain('--$s.ops');
    expect(off).toContain('++$s.depth > $s.maxDepth');
  });

  it('reports unsupported constructs as E101 at their span, never throwing', async () => {
    const src = 'x = 1\ntry:\n    pass\nexcept* ValueError:\n    pass\nasync def g():\n    pass\n';
    const out = await compilePy(src);
    const e101 = out.diagnostics.filter((d) => d.code === 'E101');
    expect(e101.map((d) => src.slice(d.span.start, d.span.start + 5))).toEqual(['try:\n', 'async']);
  });

  it('turns an internal failure into an E300 diagnostic', async () => {
    const module = { kind: 'Module', start: 0, end: 1, body: [{ kind: 'Bogus', start: 0, end: 1 }] } as unknown as ast.Module;
    const { resolution } = resolveScopes({ kind: 'Module', start: 0, end: 1, body: [] });
    const out = generate(module, resolution, { filename: 'x.py', source: 'x' });
    expect(out.js).toBe('');
    expect(out.diagnostics.map((d) => d.code)).toEqual(['E300']);
  });

  it('hoists integral floats and keeps big ints exact', async () => {
    const { js } = await compileOk('(1.0, 1.0, -0.0, 2.5, 12345678901234567890, -7)');
    expect(js).toContain('const $f1 = $rt.float(1);');
    expect(js).toContain('$rt.float(-0)');
    expect(js.match(/\$rt\.float\(1\)/g)).toHaveLength(1);
    expect(js).toContain('12345678901234567890n');
    expect(js).toContain('-7');
  });

  it('keeps a global declared in a function apart from an enclosing local', async () => {
    const r = runFake((await compileOk(`
x = 'global'
def outer():
    x = 'local'
    def inner():
        global x
        return x
    return inner()
outer()`)).js);
    expect(r.value).toBe('global');
  });

  it('applies private name mangling to names, parameters and attributes inside a class', async () => {
    const { js } = await compileOk(`
class C:
    __k = 1
    def m(self, __p=2):
        self.__a = __p
        return self.__a, C.__k, obj.__dunder__`);
    expect(js).toContain('$rt.classStore($ns, "_C__k", 1)');
    expect(js).toContain('params: ["self", "_C__p"]');
    expect(js).toContain('$rt.setattr(self$, "_C__a", __p$)');
    expect(js).toContain('$rt.getattr(self$, "_C__a")');
    expect(js).toContain('"__dunder__"');
    expect(js).not.toContain('"__a"');
  });
});
