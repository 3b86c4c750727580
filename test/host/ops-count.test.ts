// The op count in every RunResult. The budget is handed to generated code in slices and the runtime
// publishes the count into a counter shared with the host at each refill, so a run the wall clock
// or the memory limit killed (its context gone) still reports how far it got, within one slice.
// Runs that end normally, by an exception or by the op budget report the exact count.

import { beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/index.js';
import { assertRuntimeBuilt } from './runtime-bundle.js';

beforeAll(() => assertRuntimeBuilt());

/** Far more than one op slice (2^16): the loop crosses many refills. */
const LOOP = 'total = 0\nfor i in range(300000):\n    total += i\nprint(total)\n';

describe('op count', () => {
  it('is exact and identical across runs and sandboxes, across slice refills', async () => {
    const a = new Sandbox({ limits: { maxOps: 10_000_000 } });
    const b = new Sandbox({ limits: { maxOps: 5_000_000 } });
    try {
      const first = await a.run(LOOP);
      expect(first.error).toBeNull();
      expect(first.ops).toBeGreaterThan(300_000);
      expect((await a.run(LOOP)).ops).toBe(first.ops);
      expect((await b.run(LOOP)).ops).toBe(first.ops);
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  it('allows exactly maxOps ops: one op less trips the budget, and the verdict reports maxOps', async () => {
    const probe = new Sandbox();
    const needed = (await probe.run(LOOP)).ops;
    probe.dispose();
    const exact = new Sandbox({ limits: { maxOps: needed } });
    const short = new Sandbox({ limits: { maxOps: needed - 1 } });
    try {
      const ok = await exact.run(LOOP);
      expect(ok.error).toBeNull();
      expect(ok.ops).toBe(needed);
      const over = await short.run(LOOP);
      expect(over.error).toMatchObject({ kind: 'limit', limit: 'ops' });
      expect(over.ops).toBe(needed - 1);
      expect(over.stdout).toBe('');
    } finally {
      exact.dispose();
      short.dispose();
    }
  });

  it('is exact for exceptions and for runs whose op budget is smaller than one slice', async () => {
    const sandbox = new Sandbox({ limits: { maxOps: 1000 } });
    try {
      const err = await sandbox.run('for i in range(10):\n    pass\n1 / 0\n');
      expect(err.error).toMatchObject({ kind: 'exception', type: 'ZeroDivisionError' });
      expect((await sandbox.run('for i in range(10):\n    pass\n1 / 0\n')).ops).toBe(err.ops);
      const loop = await sandbox.run('while True:\n    pass\n');
      expect(loop.error).toMatchObject({ kind: 'limit', limit: 'ops' });
      expect(loop.ops).toBe(1000);
    } finally {
      sandbox.dispose();
    }
  });

  it('is reported after a timeout kill', async () => {
    const sandbox = new Sandbox({ limits: { maxOps: 1e15, timeoutMs: 300 } });
    try {
      const r = await sandbox.run('while True:\n    pass\n');
      expect(r.error).toMatchObject({ kind: 'limit', limit: 'timeout' });
      expect(r.ops).toBeGreaterThan(0);
      expect(r.ops).toBeLessThan(1e15);
    } finally {
      sandbox.dispose();
    }
  });

  it('is reported after the isolate was killed for memory', async () => {
    const sandbox = new Sandbox({ limits: { maxOps: 1e15, timeoutMs: 30_000, memoryLimitMb: 16 } });
    try {
      const r = await sandbox.run('x = []\nwhile True:\n    x.append([len(x)] * 100)\n');
      expect(r.error).toMatchObject({ kind: 'limit', limit: 'memory' });
      expect(r.ops).toBeGreaterThan(0);
    } finally {
      sandbox.dispose();
    }
  });
});
