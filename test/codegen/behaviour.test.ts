// Executes generated code under node:vm with a fake $rt and checks evaluation order and control
// flow against what CPython does (expected values were checked with python3).

import { describe, expect, it } from 'vitest';
import { compileOk } from './compile.js';
import { FakeError, runFake } from './fake-rt.js';

async function run(src: string, options: Parameters<typeof runFake>[1] = {}) {
  const { js } = await compileOk(src);
  return runFake(js, options);
}

describe('generated code behaviour', () => {
  it('evaluates the middle of a chained comparison once and short-circuits', async () => {
    const seen: number[] = [];
    const v = (n: number) => { seen.push(n); return n; };
    const r = await run('(v(1) < v(2) < v(3), v(5) < v(4) < v(6))', { builtins: { v } });
    expect(r.value).toEqual([true, false]);
    expect(seen).toEqual([1, 2, 3, 5, 4]);
  });

  it('returns operands from and/or', async () => {
    const r = await run('(0 or "a", 1 and 0, [] or [] or 3, 2 and 3 and 4)');
    expect(r.value).toEqual(['a', 0, 3, 4]);
  });

  it('runs for/else only when the loop was not broken', async () => {
    const r = await run(`
for i in range(3):
    pass
else:
    print('else1')
for i in range(3):
    if i == 1:
        break
else:
    print('else2')
while False:
    pass
else:
    print('else3')
i`);
    expect(r.out).toEqual(['else1', 'else3']);
    expect(r.value).toBe(1);
  });

  it('runs finally when break leaves a try inside a loop', async () => {
    const r = await run(`
for i in range(5):
    try:
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after', i)`);
    expect(r.out).toEqual(['body 0', 'finally 0', 'body 1', 'finally 1', 'finally 2', 'after 2']);
  });

  it('gives closures in a comprehension the last value of the loop variable', async () => {
    const r = await run('fs = [lambda: i for i in range(3)]\n[f() for f in fs]');
    expect(r.value).toEqual([2, 2, 2]);
  });

  it('runs except, else and finally in the right cases', async () => {
    const r = await run(`
def f(d):
    try:
        x = 1 / d
    except ZeroDivisionError as e:
        print('caught', e)
    else:
        print('else', x)
    finally:
        print('finally')
f(0)
f(2)`);
    expect(r.out).toEqual(['caught division by zero', 'finally', 'else 0.5', 'finally']);
  });

  it('propagates an unmatched exception through finally', async () => {
    const { js } = await compileOk(`
try:
    1 / 0
except ValueError:
    print('no')
finally:
    print('fin')`);
    const out: string[] = [];
    expect(() => runFake(js, { builtins: { print: (s: string) => { out.push(s); return null; } } }))
      .toThrow(FakeError);
    expect(out).toEqual(['fin']);
  });

  it('binds defaults at def time and closes over enclosing locals', async () => {
    const r = await run(`
def outer():
    n = 10
    def add(x, y=n):
        return x + y + n
    n = 20
    return add(1)
outer()`);
    expect(r.value).toBe(31);
  });

  it('charges an op per loop iteration and per call', async () => {
    const a = await run('for i in range(10):\n    pass', { maxOps: 1000 });
    const b2 = await run('def f():\n    return 1\nf()\nf()', { maxOps: 1000 });
    expect(1000 - a.ops).toBe(10);
    expect(1000 - b2.ops).toBe(2);
  });

  it('stops at the op limit and no finally body runs after it', async () => {
    const { js } = await compileOk(`
try:
    while True:
        pass
finally:
    print('must not run')`);
    const out: string[] = [];
    expect(() => runFake(js, { maxOps: 50, builtins: { print: (s: string) => { out.push(s); return null; } } }))
      .toThrow(/ops/);
    expect(out).toEqual([]);
  });

  it('raises UnboundLocalError for a local read before assignment', async () => {
    const { js } = await compileOk('def f():\n    print(x)\n    x = 1\nf()');
    expect(() => runFake(js)).toThrow(expect.objectContaining({ type: 'UnboundLocalError' }));
  });

  it('evaluates the value before the target of an assignment, and a = b = v once', async () => {
    const r = await run('a = b = [1, 2]\nx, y = a\n(a is b, x, y)');
    expect(r.value).toEqual([true, 1, 2]);
  });

  it('evaluates the object and key of an annotated target without a value, never the annotation', async () => {
    const seen: string[] = [];
    const mark = (tag: string) => { seen.push(tag); return tag; };
    await run('d = [0]\nd[mark("key")]: mark("annotation")\nx: mark("annotation")', { builtins: { mark } });
    expect(seen).toEqual(['key']);
  });

  it('swaps and advances with parallel assignment', async () => {
    const r = await run('a, b = 0, 1\nfor i in range(10):\n    a, b = b, a + b\nx, y = [a, b]\n(x, y)');
    expect(r.value).toEqual([55, 89]);
  });
});
