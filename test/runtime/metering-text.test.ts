// Metering of text work (security invariant 5): every str/bytes/bytearray operation, formatting
// and conversion must charge ops in proportion to the characters it touches, at the one rate of
// src/runtime/text/text-cost.ts (16 characters an op). Each case runs its operation once at size n
// and once at 2n through the real Sandbox; the ops the operation itself cost (the run's ops minus
// a run of the setup alone) must be at least the rate's share of n and must double with n. An
// operation that forgot to charge costs a constant and fails both.

import { afterAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/index.js';

const sandbox = new Sandbox({ limits: { maxOps: 50_000_000, timeoutMs: 20_000, memoryLimitMb: 256 } });
afterAll(() => sandbox.dispose());

async function opsOf(source: string): Promise<number> {
  const r = await sandbox.run(source);
  expect(r.error, `${source}\n${r.stderr}`).toBeFalsy();
  return r.ops;
}

/** The ops `op` costs at size n (N in the script), beyond its setup. */
async function costAt(setup: string, op: string, n: number): Promise<number> {
  const head = `N = ${n}\n${setup}\n`;
  return (await opsOf(`${head}r = ${op}\n`)) - (await opsOf(`${head}r = None\n`));
}

const N = 32_000; // characters (or bytes, or items) the operation touches at size n

/** [operation, setup, characters touched at n (default N / 4)]; setups build inputs of about N. */
const CASES: [string, string, number?][] = [
  ["''.join(parts)", "parts = ['abcd'] * (N // 4)"],
  ['s.split()', "s = 'ab ' * (N // 3)"],
  ["s.split(' ')", "s = 'ab ' * (N // 3)"],
  ["s.rsplit(' ')", "s = 'ab ' * (N // 3)"],
  ['s.rsplit()', "s = 'ab ' * (N // 3)"],
  ['s.splitlines()', "s = 'ab\\n' * (N // 3)"],
  ["s.partition('zz')", "s = 'ab ' * (N // 3)"],
  ["s.rpartition('zz')", "s = 'ab ' * (N // 3)"],
  ["s.replace('a', 'xy')", "s = 'ab ' * (N // 3)"],
  ["s.replace('', '-')", "s = 'ab ' * (N // 3)"],
  ["s.find('zz')", "s = 'ab ' * (N // 3)"],
  ["s.rfind('zz')", "s = 'ab ' * (N // 3)"],
  ["s.index('c')", "s = 'ab ' * (N // 3) + 'c'"],
  ["s.count('a')", "s = 'ab ' * (N // 3)"],
  ["s.count('')", "s = 'ab ' * (N // 3)"],
  ["s.find('a' * 40 + 'b')", "s = 'a' * N"],
  ["s.rfind('b' + 'a' * 40)", "s = 'a' * N"],
  ["s.startswith(p)", "s = 'a' * N\np = 'a' * N"],
  ["s.endswith(p)", "s = 'a' * N\np = 'a' * N"],
  ['s.strip()', "s = ' ' * N + 'x'"],
  ['s.upper()', "s = 'ab ' * (N // 3)"],
  ['s.casefold()', "s = 'AB ' * (N // 3)"],
  ['s.title()', "s = 'ab ' * (N // 3)"],
  ['s.swapcase()', "s = 'ab ' * (N // 3)"],
  ['s.isalpha()', "s = 'a' * N"],
  ["s.translate({97: 'b'})", "s = 'ab ' * (N // 3)"],
  ['str.maketrans(s, s)', "s = ''.join(chr(i) for i in range(256, 256 + N // 8))"],
  ["s.encode()", "s = 'aé ' * (N // 3)"],
  ["b.decode()", "b = 'aé ' .encode() * (N // 4)"],
  ['s.expandtabs(4)', "s = 'a\\t' * (N // 2)"],
  ["'x'.center(N)", ''],
  ["'x'.ljust(N)", ''],
  ["'x'.rjust(N)", ''],
  ["'1'.zfill(N)", ''],
  ["format('x', '>' + str(N))", ''],
  ["format(1, '0' + str(N) + 'd')", ''],
  ["format(1.5, '.' + str(N) + 'f')", ''],
  ["f'{1:>{N}}'", ''],
  ["'{:>{}}'.format(1, N)", ''],
  ["'%*d' % (N, 1)", ''],
  ["'%.*f' % (N, 1.5)", ''],
  ["'%s' % s", "s = 'ab ' * (N // 3)"],
  ["s.format()", "s = 'ab ' * (N // 3)"],
  ["s.format_map({})", "s = 'ab ' * (N // 3)"],
  ['repr(s)', "s = 'a\\x00' * (N // 2)"],
  ['str(x)', "x = int('7' * (N // 16))", N / 16], // CPython's 4300-digit limit keeps these small
  ['int(s)', "s = '7' * (N // 16)", N / 16],
  ['hex(x)', "x = 1 << (N * 4)"],
  ['b.hex()', "b = b'ab' * (N // 2)"],
  ['bytes.fromhex(h)', "h = 'ab' * (N // 2)"],
  ['bytes(N)', ''],
  ['bytearray(N)', ''],
  ['bytes(lst)', 'lst = [1] * N'],
  ['b.split()', "b = b'ab ' * (N // 3)"],
  ["b.split(b' ')", "b = b'ab ' * (N // 3)"],
  ["b.replace(b'a', b'xy')", "b = b'ab ' * (N // 3)"],
  ["b.find(b'zz')", "b = b'ab ' * (N // 3)"],
  ["b.count(b'a')", "b = b'ab ' * (N // 3)"],
  ['b.upper()', "b = b'ab ' * (N // 3)"],
  ['b.translate(None, b"a")', "b = b'ab ' * (N // 3)"],
  ["b'-'.join(bl)", "bl = [b'abcd'] * (N // 4)"],
  ["b.center(N)", "b = b'x'"],
  ['b * 2', "b = b'ab' * (N // 4)"],
  ['b + b', "b = b'ab' * (N // 4)"],
  ["b'zz' in b", "b = b'ab ' * (N // 3)"],
  ['b == c', "b = b'a' * N\nc = b'a' * N"],
  ['repr(b)', "b = b'\\x00' * N"],
  ['ba.copy()', "ba = bytearray(N)"],
  ['ba.reverse()', "ba = bytearray(N)"],
  ['ba.insert(0, 1)', "ba = bytearray(N)"],
  ['ba.pop(0)', "ba = bytearray(N)"],
  ['ba.extend(b)', "ba = bytearray()\nb = bytes(N)"],
  ["(1).to_bytes(N, 'big')", ''],
  ["int.from_bytes(b, 'big')", "b = b'\\x01' * N"],
  // str operators (not methods): membership, comparison, slicing, concatenation, repetition
  ["h in s", "s = 'a' * N\nh = 'a' * (N // 4) + 'b'"],
  ["'b' in s", "s = 'a' * N"],
  ['s == t', "s = 'a' * N\nt = 'a' * N"],
  ['s < t', "s = 'a' * N\nt = 'a' * N + 'b'"],
  ['s >= t', "s = '😀' * N\nt = '😀' * N + 'b'"],
  ['x in lst', "lst = ['a' * N + 'b'] * 4\nx = 'a' * N + 'c'"],
  ['max(lst)', "lst = ['a' * N + 'b', 'a' * N + 'c']"],
  ['s[1:]', "s = 'a' * N"],
  ['s[::2]', "s = 'ab' * (N // 2)"],
  ['s[::3]', "s = '😀' * N"],
  ['s + t', "s = 'a'\nt = 'b' * N"],
  ['s * 2', "s = 'ab' * (N // 4)"],
  ['len(s)', "s = '😀' * N"],
  ['s[-1]', "s = '😀' * N"],
  ['repr([s] * 4)', "s = 'a' * N"],
];

describe('text metering: code-point indexing of long strings', () => {
  // len() and s[i] of a long string with astral characters scan it once (a cache keyed by the
  // string); later calls cost their op, not another scan. And the ops are the same on every run.
  const setup = "s = '😀' * 1_000_000\nn = 0";
  const loop = (k: number) => `${setup}\nfor i in range(${k}):\n    n += len(s) - ord(s[-1]) + ord(s[i * 997 % 1_000_000])\n`;
  it('repeated len(s) / s[i] do not rescan', async () => {
    const few = await opsOf(loop(10));
    const many = await opsOf(loop(1010));
    expect(many - few).toBeLessThan(1000 * 20);
    expect(few).toBeGreaterThanOrEqual(2_000_000 / 16); // the one scan is charged
    expect(await opsOf(loop(1010))).toBe(many);
  }, 60_000);

  it('s += t then len(s) stays linear; s += t then s[-1] pays for the copy', async () => {
    const grow = (k: number, read: string) => `s = 'x😀' * 3000\nfor i in range(${k}):\n    s += '😀'\n    ${read}\n`;
    const lin1 = await opsOf(grow(2000, 'n = len(s)')), lin2 = await opsOf(grow(4000, 'n = len(s)'));
    expect(lin2 - lin1).toBeLessThan(2000 * 20);
    const rd1 = await opsOf(grow(2000, 'c = s[-1]')), rd2 = await opsOf(grow(4000, 'c = s[-1]'));
    expect(rd2 - rd1).toBeGreaterThan(2000 * 6000 / 16);
  }, 60_000);
});

describe('text metering: ops grow with the size of the text', () => {
  for (const [op, setup, touched = N / 4] of CASES) {
    it(op, async () => {
      const once = await costAt(setup, op, N);
      const twice = await costAt(setup, op, 2 * N);
      expect(once, `${op} at n`).toBeGreaterThanOrEqual(touched / 16);
      expect(twice, `${op} at 2n (n cost ${once})`).toBeGreaterThanOrEqual(1.8 * once);
    }, 60_000);
  }
});
