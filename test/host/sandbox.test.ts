// Sandbox end to end: source → compile → isolate with the real runtime bundle → RunResult.
// Covers values and inputs, output, tracebacks, compile failures, fresh state, every limit, and
// that a Sandbox keeps working after its isolate was killed.

import { beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, compile, run } from '../../src/index.js';
import { assertRuntimeBuilt } from './runtime-bundle.js';

beforeAll(() => assertRuntimeBuilt());

describe('Sandbox.run', () => {
  it('runs a script and collects its output', async () => {
    const printed: [string, string][] = [];
    const sandbox = new Sandbox({ print: (text, stream) => printed.push([text, stream]) });
    const r = await sandbox.run('print("hi")\nprint(1, 2.0, None, [1, "a"])\n');
    expect(r.error).toBeNull();
    expect(r.ok).toBe(true);
    expect(r.stdout).toBe("hi\n1 2.0 None [1, 'a']\n");
    expect(printed.map(([t]) => t).join('')).toBe(r.stdout);
    expect(r.ops).toBeGreaterThanOrEqual(0);
    sandbox.dispose();
  });

  it('passes inputs in and returns the last expression as plain data', async () => {
    const sandbox = new Sandbox();
    const r = await sandbox.run('total = sum(prices)\n{"total": total * n, "big": 2 ** 70, "pair": (1, "x"), 3: None}["total"]\n', {
      inputs: { prices: [1, 2, 3], n: 2 },
    });
    expect(r.error).toBeNull();
    expect(r.value).toBe(12);
    const d = await sandbox.run('{"big": 2 ** 70, "pair": (1, "x"), "f": 1.5, "s": {1}}');
    expect(d.value).toEqual(Object.assign(Object.create(null), { big: 2n ** 70n, pair: [1, 'x'], f: 1.5, s: new Set([1]) }));
    const m = await sandbox.run('{1: "a"}');
    expect(m.value).toEqual(new Map([[1, 'a']]));
    sandbox.dispose();
  });

  it('converts every kind of value both ways', async () => {
    const sandbox = new Sandbox();
    const value = async (source: string, inputs = {}) => (await sandbox.run(source, { inputs })).value;
    const x = { a: [1n, 2.5, null, true], b: new Map<unknown, unknown>([[1, 'x']]), u: new Uint8Array([1]), s: new Set(['k']) };
    expect(await value('x', { x })).toEqual(Object.assign(Object.create(null), { a: [1, 2.5, null, true], b: new Map([[1, 'x']]), u: new Uint8Array([1]), s: new Set(['k']) }));
    expect(await value('b"ab"')).toEqual(new Uint8Array([97, 98]));
    expect(await value('frozenset([1])')).toEqual(new Set([1]));
    expect(await value('{(1, 2): "t"}')).toEqual(new Map([[[1, 2], 't']]));
    expect(await value('1.0')).toBe(1);
    expect(Object.is(await value('-0.0'), -0)).toBe(true);
    expect(await value('10**30')).toBe(10n ** 30n);
    expect(await value('"é😀"')).toBe('é😀');
    expect(await value('def f(): pass\nf')).toEqual({ $unsupported: 'function' });
    expect(await value('type(big)', { big: 2n ** 80n })).toEqual({ $unsupported: 'type' });
    expect(await value('big + 1', { big: 2n ** 80n })).toBe(2n ** 80n + 1n);
    sandbox.dispose();
  });

  it('compiles once and runs many times with fresh state', async () => {
    const sandbox = new Sandbox();
    const program = compile('print(x * 2)\n', { filename: 'double.py' });
    expect(program.ok).toBe(true);
    expect((await sandbox.run(program, { inputs: { x: 2 } })).stdout).toBe('4\n');
    expect((await sandbox.run(program, { inputs: { x: 'ab' } })).stdout).toBe('abab\n');
    await sandbox.run('leak = 1\n');
    const r = await sandbox.run('print(leak)\n');
    expect(r.error).toMatchObject({ kind: 'exception', type: 'NameError', message: "name 'leak' is not defined" });
    sandbox.dispose();
  });

  it('reports an uncaught exception with a CPython traceback', async () => {
    const sandbox = new Sandbox({ filename: 'x.py' });
    const r = await sandbox.run('def f():\n    return 1 / 0\n\nf()\n');
    expect(r.ok).toBe(false);
    expect(r.error).toMatchObject({
      kind: 'exception', type: 'ZeroDivisionError', message: 'division by zero',
      frames: [
        { filename: 'x.py', line: 4, column: 1, endLine: 4, endColumn: 4, name: '<module>' },
        { filename: 'x.py', line: 2, column: 12, endLine: 2, endColumn: 17, name: 'f' },
      ],
    });
    expect(r.error?.kind === 'exception' && r.error.traceback).toBe(
      'Traceback (most recent call last):\n  File "x.py", line 4, in <module>\n    f()\n' +
      '  File "x.py", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n');
    sandbox.dispose();
  });

  it('turns syntax errors and policy violations into errors without running', async () => {
    const sandbox = new Sandbox({ filename: 's.py' });
    const syntax = await sandbox.run('x = (\n');
    expect(syntax.error).toMatchObject({ kind: 'exception', type: 'SyntaxError', message: "'(' was never closed" });
    expect(syntax.error?.kind === 'exception' && syntax.error.traceback).toBe(
      "  File \"s.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n");
    const policy = await sandbox.run('eval("1")\n');
    expect(policy.error?.kind).toBe('policy');
    expect(policy.error?.kind === 'policy' && policy.error.diagnostics.map((d) => d.code)).toContain('E201');
    sandbox.dispose();
  });

  it('queues runs, including one started from print', async () => {
    const nested: Promise<unknown>[] = [];
    const order: string[] = [];
    const sandbox: Sandbox = new Sandbox({
      print: (text) => {
        if (text.startsWith('inner')) order.push('inner ran');
        if (!text.startsWith('outer')) return;
        nested.push(sandbox.run('print("inner")'));
        order.push('outer print returned');
      },
    });
    const [a, b] = await Promise.all([sandbox.run('print("outer")'), sandbox.run('2 * 21')]);
    expect(a.stdout).toBe('outer\n');
    expect(b.value).toBe(42);
    expect(nested).toHaveLength(1);
    expect(await nested[0]).toMatchObject({ ok: true, stdout: 'inner\n' });
    // The nested run waited for the outer one instead of running inside its print callback.
    expect(order).toEqual(['outer print returned', 'inner ran']);
    sandbox.dispose();
  });

  it('survives hostile input', async () => {
    const sandbox = new Sandbox({ limits: { timeoutMs: 5000 } });
    for (const source of ['(' .repeat(10_000), 'x = ' + '['.repeat(5000) + ']'.repeat(5000), `n = ${'9'.repeat(20_000)}\n`, '\0\0\0', 'def f(:\n']) {
      const r = await sandbox.run(source);
      expect(r.error === null || r.error.kind !== 'internal', source.slice(0, 20)).toBe(true);
      expect(JSON.stringify(r.error ?? {})).not.toMatch(/\/work|node_modules|isolated-vm|    at /);
    }
    const rec = await sandbox.run('def f():\n    return f()\nf()\n');
    expect(rec.error).toMatchObject({ kind: 'exception', type: 'RecursionError' });
    expect((await sandbox.run('print("still fine")')).stdout).toBe('still fine\n');
    sandbox.dispose();
  });
});

describe('limits', () => {
  it('stops an endless loop on the op budget', async () => {
    const r = await run('while True:\n    pass\n', { limits: { maxOps: 1000 } });
    expect(r.error).toEqual({ kind: 'limit', limit: 'ops', message: 'op budget of 1000 ops exhausted' });
  });

  it('stops on the timeout, then on the memory limit, and keeps working', async () => {
    const sandbox = new Sandbox({ limits: { maxOps: 1e15, timeoutMs: 300, memoryLimitMb: 16 } });
    const slow = await sandbox.run('while True:\n    pass\n');
    expect(slow.error).toMatchObject({ kind: 'limit', limit: 'timeout' });
    const ok1 = await sandbox.run('print("after timeout")\n');
    expect(ok1.stdout).toBe('after timeout\n');
    const big = new Sandbox({ limits: { maxOps: 1e15, timeoutMs: 30_000, memoryLimitMb: 16 } });
    const hog = await big.run('x = []\nwhile True:\n    x.append([len(x)] * 100)\n');
    expect(hog.error).toMatchObject({ kind: 'limit', limit: 'memory' });
    const ok2 = await big.run('print("after memory")\n');
    expect(ok2.stdout).toBe('after memory\n');
    sandbox.dispose();
    big.dispose();
  });

  // A single huge reallocation (a dict's Map doubling) used to abort the whole process in V8
  // (isolated-vm #527) instead of ending the run; each of these must end in a verdict.
  it.each([
    ['a dict of string keys', "d = {}\nfor i in range(10**7):\n    d['k' + str(i)] = i\n"],
    ['a set of ints', 's = set()\nfor i in range(10**7):\n    s.add(i)\n'],
    ['a list of ints', 'l = []\nfor i in range(10**8):\n    l.append(i)\n'],
    ['many dicts of tuples', 'ds = []\nfor j in range(100):\n    ds.append({(j, i): i for i in range(200000)})\n'],
  ])('ends %s outgrowing memory with a verdict, not a host crash', async (_name, source) => {
    const sandbox = new Sandbox({ limits: { maxOps: 1e15, timeoutMs: 60_000, memoryLimitMb: 32 } });
    const r = await sandbox.run(source);
    expect(r.ok).toBe(false);
    expect(r.error?.kind === 'limit' || (r.error?.kind === 'exception' && r.error.type === 'MemoryError')).toBe(true);
    expect((await sandbox.run('print("still here")\n')).stdout).toBe('still here\n');
    sandbox.dispose();
  });

  it('caps output', async () => {
    const r = await run('while True:\n    print("x" * 100)\n', { limits: { maxOutputBytes: 1000 } });
    expect(r.error).toMatchObject({ kind: 'limit', limit: 'output' });
    expect(r.stdout.length).toBeLessThanOrEqual(1000);
  });

  it('rejects nonsense limits and inputs from the caller', async () => {
    expect(() => new Sandbox({ limits: { maxOps: -1 } })).toThrow(/maxOps/);
    expect(() => new Sandbox({ limits: { bogus: 1 } as never })).toThrow(/unknown limit/);
    const sandbox = new Sandbox();
    await expect(sandbox.run('x', { inputs: { x: () => 1 } })).rejects.toThrow(/function/);
    const mine = new Error('mine');
    const loud = new Sandbox({ print: () => { throw mine; } });
    await expect(loud.run('print(1)')).rejects.toBe(mine);
    expect((await loud.run('1 + 1')).value).toBe(2);
    loud.dispose();
    sandbox.dispose();
    await expect(sandbox.run('1')).rejects.toThrow(/disposed/);
  });
});
