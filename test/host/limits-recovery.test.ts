// The host survives every limit: after a run trips the op budget, the isolate's memory limit, the
// runtime's container cap, the wall clock, the output cap or the byte budget, the same Sandbox runs
// the next script normally; isolates that were killed are replaced, never reused; and repeated
// kills give their memory back (measured on the process, after garbage collection).

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/index.js';
import type { RunResult } from '../../src/index.js';
import { assertRuntimeBuilt } from './runtime-bundle.js';

beforeAll(() => assertRuntimeBuilt());

const LIMITS = { maxOps: 1e15, timeoutMs: 20_000, memoryLimitMb: 32, maxOutputBytes: 10_000 };

/** Each script and how it must end. */
const TRIPS: [string, string, (r: RunResult) => void][] = [
  ['the op budget', 'while True:\n    pass\n', (r) => expect(r.error).toMatchObject({ kind: 'limit', limit: 'ops' })],
  ['the isolate memory limit', 'x = []\nwhile True:\n    x.append([len(x)] * 100)\n', (r) => expect(r.error).toMatchObject({ kind: 'limit', limit: 'memory' })],
  ['the runtime container cap', 'x = []\nwhile True:\n    x.append(0)\n', (r) => expect(r.error).toMatchObject({ kind: 'limit', limit: 'memory' })],
  ['the wall clock', 'while True:\n    pass\n', (r) => expect(r.error).toMatchObject({ kind: 'limit', limit: 'timeout' })],
  ['the output cap', 'while True:\n    print("x" * 100)\n', (r) => expect(r.error).toMatchObject({ kind: 'limit', limit: 'output' })],
  ['the byte budget', 's = "x" * (10 ** 9)\n', (r) => expect(r.error).toMatchObject({ kind: 'exception', type: 'MemoryError' })],
];

/** The isolate a Sandbox currently holds (private; read only to prove kills replace it). */
function isolateOf(sandbox: Sandbox): unknown {
  const host = (sandbox as unknown as { host: { live: { isolate: unknown } | null } }).host;
  return host.live?.isolate ?? null;
}

/** A real collection: vitest does not pass --expose-gc, so the flag is set at run time. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let i = 0; i < 3; i++) gc();
}

describe('after a limit the host keeps working', () => {
  it.each(TRIPS)('after %s, the next run in the same Sandbox works', async (name, source, check) => {
    const limits = name === 'the op budget' ? { ...LIMITS, maxOps: 100_000 } : name === 'the wall clock' ? { ...LIMITS, timeoutMs: 200 } : LIMITS;
    const sandbox = new Sandbox({ limits });
    try {
      const r = await sandbox.run(source);
      check(r);
      const next = await sandbox.run('print(sum(range(10)))\n');
      expect(next.error).toBeNull();
      expect(next.stdout).toBe('45\n');
    } finally {
      sandbox.dispose();
    }
  }, 60_000);

  it('replaces an isolate killed by the wall clock or the memory limit, and keeps one that only tripped a runtime limit', async () => {
    const sandbox = new Sandbox({ limits: { ...LIMITS, timeoutMs: 200 } });
    try {
      await sandbox.run('pass\n');
      const first = isolateOf(sandbox);
      expect(first).not.toBeNull();
      await sandbox.run('print("x" * 20000)\n'); // output cap: tripped inside, nothing was interrupted
      expect(isolateOf(sandbox)).toBe(first);
      expect((await sandbox.run('while True:\n    pass\n')).error).toMatchObject({ limit: 'timeout' });
      expect(isolateOf(sandbox)).toBeNull();
      await sandbox.run('pass\n');
      const second = isolateOf(sandbox);
      expect(second).not.toBeNull();
      expect(second).not.toBe(first);
      const big = new Sandbox({ limits: { ...LIMITS, timeoutMs: 30_000 } });
      await big.run('pass\n');
      const before = isolateOf(big);
      expect((await big.run(TRIPS[1]![1])).error).toMatchObject({ limit: 'memory' });
      expect((await big.run('pass\n')).error).toBeNull();
      expect(isolateOf(big)).not.toBe(before);
      big.dispose();
    } finally {
      sandbox.dispose();
    }
  }, 60_000);

  it('gives memory back: repeated memory kills and timeouts leave the process near its baseline', async () => {
    const sandbox = new Sandbox({ limits: { ...LIMITS, timeoutMs: 20_000 } });
    const slow = new Sandbox({ limits: { ...LIMITS, timeoutMs: 150 } });
    try {
      // Warm up both (isolates, the runtime's code cache, the compiler) before measuring.
      await sandbox.run('print(1)\n');
      await slow.run('print(1)\n');
      collectGarbage();
      const base = process.memoryUsage();
      for (let i = 0; i < 5; i++) {
        expect((await sandbox.run(TRIPS[1]![1])).error, `memory kill ${i}`).toMatchObject({ limit: 'memory' });
        expect((await slow.run('x = []\nwhile True:\n    x.append([1] * 50)\n')).error, `timeout ${i}`).toMatchObject({ kind: 'limit' });
      }
      expect((await sandbox.run('print(2)\n')).stdout).toBe('2\n');
      collectGarbage();
      const after = process.memoryUsage();
      const mib = (n: number) => Math.round(n / 2 ** 20);
      const report = `rss ${mib(base.rss)} → ${mib(after.rss)} MiB, heapUsed ${mib(base.heapUsed)} → ${mib(after.heapUsed)} MiB`;
      // Each killed isolate had up to 64 MiB of V8 heap (twice memoryLimitMb); ten of them
      // leaking would add over half a GiB. The margins allow for allocator slack, nothing more.
      expect(after.rss - base.rss, report).toBeLessThan(150 * 2 ** 20);
      expect(after.heapUsed - base.heapUsed, report).toBeLessThan(30 * 2 ** 20);
    } finally {
      sandbox.dispose();
      slow.dispose();
    }
  }, 120_000);
});
