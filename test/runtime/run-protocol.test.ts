// $corral.run as the host drives it: outcomes, limits that scripts cannot catch, output buffering
// and caps, traceback frames, marshalling both ways, deterministic ids, sanitized internal errors.

import { describe, test, expect } from 'vitest';
import { runModule, mod, JS_FILENAME } from './harness.js';

const TRY_ALL = (body: string): string =>
  `try { ${body} } catch ($e) { const e = $rt.caught($e); try { P('swallowed'); } finally { $rt.handled(); } }`;

describe('outcomes', () => {
  test('ok returns the marshalled value of the last expression', () => {
    const r = runModule(mod(`return $rt.dict(['a', $rt.list([1, $rt.float(2), 2.5, $rt.pow(2, 70), null, true]), $rt.tuple([1]), $rt.set([3])]);`));
    expect(r.outcome).toEqual({
      status: 'ok',
      ops: expect.any(Number),
      value: { $type: 'dict', entries: [['a', [1, { $type: 'float', value: 2 }, 2.5, 2n ** 70n, null, true]], [{ $type: 'tuple', items: [1] }, { $type: 'set', items: [3] }]] },
    });
  });

  test('values that cannot cross become $unsupported', () => {
    const r = runModule(mod(`return $rt.list([$b('len'), K('C', [], {})]);`));
    expect(r.outcome).toMatchObject({ status: 'ok', value: [{ $unsupported: 'builtin_function_or_method' }, { $unsupported: 'type' }] });
  });

  test('a cyclic result is a Python ValueError (the script did it: not a runtime bug)', () => {
    const r = runModule(mod(`const a = $rt.list([]); $rt.listAppend(a, a); return a;`));
    expect(r.outcome).toMatchObject({ status: 'exception', error: { type: 'ValueError', message: 'Circular reference detected in the result' } });
    // Shared (acyclic) references are fine: only a value inside itself is refused.
    const shared = runModule(mod(`const a = $rt.list([1]); return $rt.list([a, a]);`));
    expect(shared.outcome).toMatchObject({ status: 'ok', value: [[1], [1]] });
  });

  test('inputs are unmarshalled into globals', () => {
    const r = runModule(mod(`const order = $rt.initGlobal('order'); P($rt.getitem(order, 'items'), $rt.initGlobal('__name__'), $rt.initGlobal('missing') === undefined); return $rt.getitem(order, 'total');`), {
      inputs: { order: { $type: 'dict', entries: [['items', [1, 'x', { $type: 'tuple', items: [] }]], ['total', 12345678901234567890n]] } },
    });
    expect(r.stdout).toBe("[1, 'x', ()] __main__ True\n");
    expect(r.outcome).toMatchObject({ status: 'ok', value: 12345678901234567890n });
  });

  test('exceptions carry type, message, frames and chains', () => {
    const src = mod([
      "const f = D(function f$(x) { return $rt.truediv(x, 0); }, 'f', ['x']);",
      `try { $rt.call(f, 1); } catch ($e) { const e = $rt.caught($e); try { $rt.raise($rt.call($b('ValueError'), 'outer'), undefined, false); } finally { $rt.handled(); } }`,
    ].join('\n'));
    const r = runModule(src);
    expect(r.outcome.status).toBe('exception');
    if (r.outcome.status !== 'exception') return;
    const err = r.outcome.error;
    expect(err.type).toBe('ValueError');
    expect(err.message).toBe('outer');
    expect(err.frames.map((f) => f.fn)).toEqual(['$module']);
    expect(err.context?.type).toBe('ZeroDivisionError');
    expect(err.context?.message).toBe('division by zero');
    expect(err.context?.frames.map((f) => f.fn)).toEqual(['$module', 'f$']);
    expect(err.context?.frames[1]!.line).toBe(src.split('\n').findIndex((l) => l.includes('function f$')) + 1);
    expect(err.cause).toBeNull();
  });
});

describe('limits', () => {
  test('the op budget ends the run even inside try/except', () => {
    const r = runModule(mod(`${TRY_ALL('while (true) { if (--$s.ops < 0) $rt.outOfOps(); }')} P('after');`), { maxOps: 1000 });
    expect(r.outcome).toEqual({ status: 'limit', limit: 'ops', ops: 1000 });
    expect(r.stdout).toBe('');
  });

  test('finally blocks re-throw the halt signal', () => {
    const r = runModule(mod(`try { while (true) { if (--$s.ops < 0) $rt.outOfOps(); } } finally { if ($s.halt !== null) throw $s.halt; P('cleanup ran'); }`), { maxOps: 50 });
    expect(r.outcome.status).toBe('limit');
    expect(r.stdout).toBe('');
  });

  test('builtins charge ops in proportion to their work', () => {
    const small = runModule(mod(`$rt.call($b('sorted'), $rt.call($b('range'), 10));`));
    const big = runModule(mod(`$rt.call($b('sorted'), $rt.call($b('range'), 10000));`));
    expect(big.outcome.ops).toBeGreaterThan(small.outcome.ops + 10000);
    const capped = runModule(mod(`$rt.call($b('sum'), $rt.call($b('range'), 100000)); if ($s.ops < 0) $rt.outOfOps();`), { maxOps: 1000 });
    expect(capped.outcome).toMatchObject({ status: 'limit', limit: 'ops' });
  });

  test('a single builtin call cannot outrun the budget', () => {
    for (const call of [
      `$rt.call($b('sum'), $rt.call($b('range'), $rt.pow(10, 12)))`,
      `$rt.call($b('list'), $rt.call($b('range'), $rt.mul(5, $rt.pow(10, 6))))`,
      `$rt.call($b('sorted'), $rt.call($b('range'), $rt.mul(5, $rt.pow(10, 6))))`,
      `$rt.callMethod(',', 'join', $rt.call($b('map'), $b('str'), $rt.call($b('range'), $rt.pow(10, 9))))`,
      `$rt.call($b('max'), $rt.call($b('range'), $rt.pow(10, 12)))`,
      `$rt.contains($rt.call($b('iter'), $rt.call($b('range'), $rt.pow(10, 12))), -1)`,
    ]) {
      const t0 = Date.now();
      const r = runModule(mod(`${call};`), { maxOps: 100_000 });
      expect(r.outcome, call).toMatchObject({ status: 'limit', limit: 'ops' });
      expect(Date.now() - t0).toBeLessThan(2000);
    }
  });

  test('a list too large for the byte budget is a MemoryError before anything is built or charged', () => {
    for (const fn of ['list', 'sorted']) {
      const t0 = Date.now();
      const r = runModule(mod(`$rt.call($b('${fn}'), $rt.call($b('range'), $rt.pow(10, 9)));`), { maxOps: 100_000 });
      expect(r.outcome, fn).toMatchObject({ status: 'exception', error: { type: 'MemoryError', message: '' } });
      expect(r.outcome.ops, fn).toBeLessThan(100);
      expect(Date.now() - t0).toBeLessThan(2000);
    }
  });

  test('work on long strings and lists is charged per call', () => {
    const loops = [
      `const s = $rt.mul('ab', 500000); for (let i = 0; i < 1000; i++) { if (--$s.ops < 0) $rt.outOfOps(); $rt.callMethod(s, 'upper'); }`,
      `const a = $rt.mul($rt.list([1]), 1000000); for (let i = 0; i < 1000; i++) { if (--$s.ops < 0) $rt.outOfOps(); $rt.getitem(a, $rt.slice(null, null, null)); }`,
      `const a = $rt.mul($rt.list([1]), 1000000), b = $rt.mul($rt.list([1]), 1000000); for (let i = 0; i < 1000; i++) { if (--$s.ops < 0) $rt.outOfOps(); $rt.eq(a, b); }`,
    ];
    for (const body of loops) {
      const r = runModule(mod(body), { maxOps: 1_000_000 });
      expect(r.outcome, body).toMatchObject({ status: 'limit', limit: 'ops' });
    }
  });

  test('output beyond maxOutputBytes is cut at the limit', () => {
    const r = runModule(mod(`for (let i = 0; i < 100; i++) P('héllo');`), { maxOutputBytes: 20 });
    expect(r.outcome).toMatchObject({ status: 'limit', limit: 'output' });
    expect(new TextEncoder().encode(r.stdout).length).toBeLessThanOrEqual(20);
    expect(r.stdout).toBe('héllo\nhéllo\nhéllo');
  });

  test('output is flushed in chunks and at the end, before an exception', () => {
    const r = runModule(mod(`for (let i = 0; i < 3000; i++) P('line ' + i); $rt.raise($b('ValueError'), undefined, false);`));
    expect(r.outcome.status).toBe('exception');
    expect(r.stdout.split('\n').length).toBe(3001);
    expect(r.writes).toBeGreaterThan(1);
  });

  test('recursion past maxRecursion raises RecursionError, catchable', () => {
    const body = [
      "const f = D(function f$(n) { if (--$s.ops < 0) $rt.outOfOps(); if (++$s.depth > $s.maxDepth) $rt.tooDeep(); try { return $rt.call(f, $rt.add(n, 1)); } finally { $s.depth--; } }, 'f', ['n']);",
      `try { $rt.call(f, 0); } catch ($e) { const e = $rt.caught($e); try { P($rt.getattr($rt.call($b('type'), e), '__name__'), e, $s.depth); } finally { $rt.handled(); } }`,
    ].join('\n');
    const r = runModule(mod(body), { maxRecursion: 50 });
    // Depth is back at 1: the module's own frame counts, as in CPython.
    expect(r.stdout).toBe('RecursionError maximum recursion depth exceeded 1\n');
  });

  test('a JS stack overflow becomes RecursionError', () => {
    const body = "const f = D(function f$(n) { return $rt.call(f, n); }, 'f', ['n']); $rt.call(f, 0);";
    const r = runModule(mod(body), { maxRecursion: 1_000_000 });
    expect(r.outcome).toMatchObject({ status: 'exception', error: { type: 'RecursionError', message: 'maximum recursion depth exceeded' } });
  });

  test('containers that would outgrow the heap end the run with the memory limit', () => {
    const grow = [
      `const a = $rt.list([]); for (let i = 0; ; i++) { $rt.callMethod(a, 'append', i); }`,
      `const a = $rt.list([]); for (let i = 0; ; i++) { $rt.listAppend(a, i); }`,
      `const d = $rt.dict([]); for (let i = 0; ; i++) { $rt.setitem(d, i, i); }`,
    ];
    for (const body of grow) {
      const r = runModule(mod(TRY_ALL(body)), { memoryLimitMb: 8, maxOps: 1e9 });
      expect(r.outcome, body).toMatchObject({ status: 'limit', limit: 'memory' });
      expect(r.stdout, body).toBe('');
    }
  });

  test('a list whose size is known up front is checked first: a catchable MemoryError', () => {
    // 10**8 items at 8 MiB: over the byte budget (memoryLimitMb / 8), refused before allocating.
    const body = `$rt.call($b('list'), $rt.call($b('range'), $rt.pow(10, 8)));`;
    const caught = runModule(mod(`${TRY_ALL(body)} P('after');`), { memoryLimitMb: 8, maxOps: 1e9 });
    expect(caught.outcome).toMatchObject({ status: 'ok' });
    expect(caught.stdout).toBe('swallowed\nafter\n');
    const uncaught = runModule(mod(body), { memoryLimitMb: 8, maxOps: 1e9 });
    expect(uncaught.outcome).toMatchObject({ status: 'exception', error: { type: 'MemoryError' } });
  });

  test('huge allocations raise MemoryError before allocating', () => {
    const r = runModule(mod(`$rt.pow(10, $rt.pow(10, 10));`));
    expect(r.outcome).toMatchObject({ status: 'exception', error: { type: 'MemoryError' } });
    const s = runModule(mod(`$rt.lshift(1, $rt.pow(10, 12));`));
    expect(s.outcome).toMatchObject({ status: 'exception', error: { type: 'MemoryError' } });
  });
});

describe('isolation and sanitizing', () => {
  test('$corral is the only global the bundle adds', () => {
    const r = runModule(mod(`return $rt.list(Object.getOwnPropertyNames(globalThis).filter((n) => n.startsWith('$') || n.startsWith('Py')));`));
    expect(r.outcome).toMatchObject({ status: 'ok', value: ['$corral'] });
  });

  test('JS members are invisible as Python attributes', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'items', 'length', 'then', 'table', 'cls', 'fn']) {
      const r = runModule(mod(`$rt.getattr($rt.list([1]), ${JSON.stringify(name)});`));
      expect(r.outcome).toMatchObject({ status: 'exception', error: { type: 'AttributeError', message: `'list' object has no attribute '${name}'` } });
    }
    const f = runModule(mod(`$rt.getattr(D(function f$() { return null; }, 'f', []), 'fn');`));
    expect(f.outcome).toMatchObject({ status: 'exception', error: { type: 'AttributeError' } });
  });

  test('runtime bugs are internal outcomes without stacks and cannot be caught', () => {
    const r = runModule(mod(`${TRY_ALL('null.boom;')} P('after');`));
    expect(r.outcome.status).toBe('internal');
    if (r.outcome.status === 'internal') {
      // Fixed wording for the RunResult; the JS error only in `detail` (for the onInternalError hook).
      expect(r.outcome.message).toBe('the runtime failed (a bug in Corral)');
      expect(r.outcome.cause).toBeUndefined();
      expect(r.outcome.detail).toMatch(/^TypeError: /);
      expect(r.outcome.detail).toContain('boom');
      expect(r.outcome.detail).toContain(JS_FILENAME); // the stack, for debugging
    }
    expect(r.stdout).toBe('');
  });

  test('default reprs and ids are deterministic and never host addresses', () => {
    const body = `const C = K('C', [], {}); const a = $rt.call(C), b = $rt.call(C); P(a, b, $rt.call($b('id'), a) === $rt.call($b('id'), a), $rt.eq($rt.call($b('id'), a), $rt.call($b('id'), b)));`;
    const one = runModule(mod(body)).stdout;
    expect(one).toMatch(/^<__main__\.C object at 0x7f[0-9a-f]{10}> <__main__\.C object at 0x7f[0-9a-f]{10}> True False\n$/);
    expect(runModule(mod(body)).stdout).toBe(one);
  });

  test('modules are not found yet', () => {
    const r = runModule(mod(`$rt.import('math');`));
    expect(r.outcome).toMatchObject({ status: 'exception', error: { type: 'ModuleNotFoundError', message: "No module named 'math'" } });
  });
});
