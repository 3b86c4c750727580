// Metering of container, number and runtime-helper work (security invariant 5) at the rates of
// src/runtime/core/rates.ts. Each case runs its operation at size n and 2n through the real
// Sandbox; the ops the operation itself cost (the run's ops minus a run of the setup alone) must
// be positive and grow with n (at least 1.5x for 2n). An operation that forgot to charge costs
// nothing extra and fails. A second group checks that a 2,000,000-op budget stops expensive
// operations whose inputs are cheap to build.

import { afterAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/index.js';

const sandbox = new Sandbox({ limits: { maxOps: 100_000_000, timeoutMs: 30_000, memoryLimitMb: 256 } });
afterAll(() => sandbox.dispose());

async function opsOf(source: string): Promise<number> {
  const r = await sandbox.run(source);
  expect(r.error, `${source}\n${JSON.stringify(r.error)}`).toBeFalsy();
  return r.ops;
}

async function costAt(setup: string, op: string, n: number): Promise<number> {
  const head = `N = ${n}\n${setup}\n`;
  return (await opsOf(`${head}r = ${op}\n`)) - (await opsOf(`${head}r = None\n`));
}

const N = 20_000;
const LIST = 'a = list(range(N)); b = list(range(N)); t = tuple(a); s = set(a); d = dict.fromkeys(a)';
const BIG = 'x = 3 ** (N * 20); y = 7 ** (N * 10)';

/** [operation, setup]: the operation's work grows linearly (or faster) with N. */
const CASES: [string, string][] = [
  ['sorted(a)', LIST],
  ['a.sort()', LIST],
  ['sorted(a, key=abs)', LIST],
  ['sum(a)', LIST],
  ['min(a)', LIST],
  ['max(a)', LIST],
  ['any(x < 0 for x in a)', LIST],
  ['all(x >= 0 for x in a)', LIST],
  ['list(enumerate(a))', LIST],
  ['list(zip(a, b))', LIST],
  ['list(map(abs, a))', LIST],
  ['list(filter(None, a))', LIST],
  ['a.copy()', LIST],
  ['a[:]', LIST],
  ['a[::2]', LIST],
  ['a + b', LIST],
  ['t + t', LIST],
  ['a.extend(b)', LIST],
  ['a.index(-1) if -1 in a else a.count(-1)', LIST],
  ['a.count(0)', LIST],
  ['t.count(0)', LIST],
  ['t.index(N - 1)', LIST],
  ['a.remove(N - 1)', LIST],
  ['a.insert(0, 1)', LIST],
  ['a.pop(0)', LIST],
  ['-1 in a', LIST],
  ['-1 in t', LIST],
  ['a.reverse()', LIST],
  ['a * 3', LIST],
  ['[0] * N', LIST],
  ['(0,) * N', LIST],
  ['a == b', LIST],
  ['a < b', LIST],
  ['t == tuple(b)', LIST],
  ['list(a)', LIST],
  ['tuple(a)', LIST],
  ['[*a]', LIST],
  ['list(range(N))', LIST],
  ['d.copy()', LIST],
  ['dict(d)', LIST],
  ['d.update(d)', LIST],
  ['dict.fromkeys(a)', LIST],
  ['list(d.keys())', LIST],
  ['d.keys() & s', LIST],
  ['d == dict(d)', LIST],
  ['set(a)', LIST],
  ['s | s', LIST],
  ['s & s', LIST],
  ['s - set()', LIST],
  ['s ^ s', LIST],
  ['s == set(s)', LIST],
  ['s.issubset(a)', LIST],
  ['s.isdisjoint(a)', LIST],
  ['frozenset(s)', LIST],
  ['hash(t)', LIST],
  ['hash(frozenset(s))', LIST],
  ['repr(a)', LIST],
  ['str(d)', LIST],
  ['repr(s)', LIST],
  ['a.__delitem__(0)', LIST],
  ['a.__setitem__(slice(0, 0), b)', LIST],
  ['x + y', BIG],
  ['x - y', BIG],
  ['x * y', BIG],
  ['x // y', BIG],
  ['x % y', BIG],
  ['x ** 2', BIG],
  ['x << 5', BIG],
  ['x >> 5', BIG],
  ['x & y', BIG],
  ['-x', BIG],
  ['x.bit_count()', BIG],
  ['x.bit_length()', BIG],
  ['pow(z, 65537, z + 1)', 'z = 3 ** (N // 2)'],
  ['divmod(x, y)', BIG],
  ['hash(x)', BIG],
];

describe('container and number work is charged in proportion to its size', () => {
  for (const [op, setup] of CASES) {
    it(op, async () => {
      const small = await costAt(setup, op, N);
      const large = await costAt(setup, op, 2 * N);
      expect(small, 'charges something at n').toBeGreaterThan(0);
      expect(large, 'charges more at 2n').toBeGreaterThanOrEqual(small * 1.5);
    });
  }
});

describe('the result value is charged per value', () => {
  it('marshalling a list of N items', async () => {
    const cost = async (n: number) => (await opsOf(`a = [0] * ${n}\na\n`)) - (await opsOf(`a = [0] * ${n}\nNone\n`));
    const small = await cost(N);
    expect(small).toBeGreaterThan(0);
    expect(await cost(2 * N)).toBeGreaterThanOrEqual(small * 1.5);
  });
});

const budget = new Sandbox({ limits: { maxOps: 2_000_000, timeoutMs: 30_000, memoryLimitMb: 128 } });
afterAll(() => budget.dispose());

/** Few ops of script code, unbounded work in builtins: the op budget must end each. */
const AMPLIFIERS = [
  'a = [0] * 10**6\nb = [0] * 10**6\nwhile True: a == b',
  'a = list(range(10**6))\nwhile True: -1 in a',
  'a = list(range(10**5))\nwhile True: sorted(a)',
  'while True: 2 ** (10**6) * 3 ** (10**6)',
  'x = 3 ** (10**6)\nwhile True: x + x',
  'x = 3 ** 10000\nwhile True: pow(x, x, x - 1)',
  'x = 3 ** (10**6)\nwhile True: x.bit_count()',
  'x = 3 ** (10**6)\nwhile True: x // 7 ** 10000',
  'a = list(range(10**5))\nwhile True: a.count(-1)',
  't = tuple(range(10**5))\nwhile True: t.index(10**5 - 1)',
  't = tuple(range(10**5))\nwhile True: hash(t)',
  'd = dict.fromkeys(range(10**5))\nwhile True: d.keys() == d.keys()',
  'x = iter(range(10**9))\nfor i in range(500): x = map(abs, x)\nsum(x)',
];

describe('a small op budget stops expensive operations', () => {
  for (const src of AMPLIFIERS) {
    it(src.replace(/\n/g, '; '), async () => {
      const r = await budget.run(src);
      expect(r.error?.kind === 'limit' ? r.error.limit : r.error).toBe('ops');
    });
  }
});
