// A run does not block the caller's event loop: the script executes on isolated-vm's own thread
// (Reference.apply), so timers and I/O of the embedding service keep running meanwhile.

import { expect, it } from 'vitest';
import { Sandbox } from '../../src/index.js';

it('keeps the event loop turning while a script runs', async () => {
  const sandbox = new Sandbox({ limits: { timeoutMs: 5000 } });
  try {
    await sandbox.run('pass'); // warm the isolate so the measured run is all script
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const r = await sandbox.run('n = 0\nfor i in range(3_000_000):\n    n += i\nn');
    clearInterval(timer);
    expect(r.value).toBe(4_499_998_500_000);
    // Under applySync the interval could not fire at all until the run returned.
    expect(ticks).toBeGreaterThan(0);
  } finally {
    sandbox.dispose();
  }
});

it('rejects a run whose Sandbox is disposed while it executes, and never calls that a limit', async () => {
  const sandbox = new Sandbox({ limits: { maxOps: 1e12, timeoutMs: 20_000 } });
  const running = sandbox.run('while True: pass');
  setTimeout(() => sandbox.dispose(), 200);
  await expect(running).rejects.toThrow('this Sandbox was disposed during the run');
  await expect(sandbox.run('print(1)')).rejects.toThrow('this Sandbox has been disposed');
});
