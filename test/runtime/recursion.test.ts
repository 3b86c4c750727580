// RecursionError from runtime helpers that recurse into values (repr, comparison, hash, result
// marshalling): a Python exception with CPython's message, never a JS RangeError, an internal
// error or a crash — at the top level, and when called from 985 levels of script recursion (the
// helper then has only what is left of maxRecursion).

import { afterAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/index.js';

const sandbox = new Sandbox({ limits: { maxOps: 50_000_000, timeoutMs: 30_000, memoryLimitMb: 128 } });
afterAll(() => sandbox.dispose());

const SETUP = `
def deep(n):
    l = []
    for i in range(n): l = [l]
    return l
def deep_tuple(n):
    x = ()
    for i in range(n): x = (x,)
    return x
def deep_dict(n):
    d = {}
    for i in range(n): d = {1: d}
    return d
a = deep(N); b = deep(N); ta = deep_tuple(N); tb = deep_tuple(N); da = deep_dict(N)
c = []; c.append(c); e = []; e.append(e)
def at(depth, f):
    if depth > 0:
        return at(depth - 1, f)
    return f()
`;

const REPR = 'maximum recursion depth exceeded while getting the repr of an object';
const CMP = 'maximum recursion depth exceeded in comparison';
const PLAIN = 'maximum recursion depth exceeded';

const CASES: [string, string][] = [
  ['repr(a)', REPR],
  ['str(a)', REPR],
  ['str(da)', REPR],
  ['format(a)', REPR],
  ["f'{a!r:>10}'", REPR],
  ["'%s' % (a,)", REPR],
  ["'{}'.format(a)", REPR],
  ['a == b', CMP],
  ['[a] < [b]', CMP],
  ['ta == tb', CMP],
  ['da == deep_dict(N)', CMP],
  ['a in [b]', CMP],
  ['[a].count(b)', CMP],
  ['[a].index(b)', CMP],
  ['sorted([a, b])', CMP],
  ['sorted([1, 2], key=lambda i: a if i == 1 else b)', CMP],
  ['min([a, b])', CMP],
  ['max(a, b)', CMP],
  ['c == e', CMP],
  ['c < e', CMP],
  ['hash(ta)', PLAIN],
  ['{ta: 1}', PLAIN],
  ['{ta}', PLAIN],
];

async function outcome(src: string): Promise<string> {
  const r = await sandbox.run(src);
  if (r.error === null) return 'ok';
  return r.error.kind === 'exception' ? `${r.error.type}: ${r.error.message}` : `${r.error.kind}: ${r.error.message}`;
}

describe('helpers raise RecursionError on deep and cyclic values', () => {
  for (const [expr, message] of CASES) {
    it(`${expr} at the top level`, async () => {
      expect(await outcome(`N = 100000\n${SETUP}\n${expr}\n`)).toBe(`RecursionError: ${message}`);
    });
    it(`${expr} from 985 levels of recursion`, async () => {
      expect(await outcome(`N = 3000\n${SETUP}\nat(985, lambda: ${expr})\n`)).toBe(`RecursionError: ${message}`);
    });
  }

  it('is catchable, and the depth is given back afterwards', async () => {
    const src = `N = 3000\n${SETUP}\ntry:\n    repr(a)\nexcept RecursionError:\n    pass\nprint(at(990, lambda: repr([[1]])))\n`;
    const r = await sandbox.run(src);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe('[[1]]\n');
  });

  it('a cyclic value compared with itself is equal (identity first, as CPython)', async () => {
    expect(await outcome(`N = 1\n${SETUP}\nassert c == c and [c] == [c]\n`)).toBe('ok');
  });
});

describe('the result value', () => {
  it('too deep is RecursionError', async () => {
    const r = await sandbox.run('l = []\nfor i in range(100000): l = [l]\nl\n');
    expect(r.error?.kind).toBe('exception');
    expect(r.error?.kind === 'exception' && r.error.type).toBe('RecursionError');
  });
  it('cyclic is ValueError', async () => {
    expect(await outcome('a = []\na.append(a)\na\n')).toBe('ValueError: Circular reference detected in the result');
  });
  it('a cycle through a dict is ValueError', async () => {
    expect(await outcome("d = {}\nd['x'] = [d]\nd\n")).toBe('ValueError: Circular reference detected in the result');
  });
  it('as deep as the host takes is returned', async () => {
    const r = await sandbox.run('l = []\nfor i in range(99): l = [l]\nl\n');
    expect(r.error).toBeNull();
  });
  it('shared but acyclic values are returned', async () => {
    const r = await sandbox.run('x = [1]\n[x, x, (x, x)]\n');
    expect(r.value).toEqual([[1], [1], [[1], [1]]]);
  });
});
