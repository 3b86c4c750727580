// The IsolateHost and execute() against a hand-written runtime: results, output, kills (timeout,
// memory) with transparent replacement, fresh contexts, and hostile outcomes from the isolate.

import { describe, expect, it } from 'vitest';
import { IsolateHost } from '../../src/host/isolate-host.js';
import { execute, type ExecuteOptions } from '../../src/host/execute.js';
import { resolveLimits } from '../../src/host/limits.js';
import { FAKE_RUNTIME, program } from './fake-runtime.js';

function setup(limits = {}) {
  const host = new IsolateHost(32, () => FAKE_RUNTIME);
  const printed: string[] = [];
  const details: string[] = [];
  const options: ExecuteOptions = {
    filename: 'test.py', inputs: {}, limits: resolveLimits({ memoryLimitMb: 32, timeoutMs: 2000, ...limits }),
    print: (text) => printed.push(text), mapPosition: () => null, onInternalError: (d) => details.push(d),
  };
  const run = (js: string) => execute(host, program(js), options);
  return { host, run, printed, details };
}

describe('IsolateHost + execute', () => {
  it('returns the value and the output, and streams output to print', async () => {
    const { run, printed } = setup();
    const r = await run(`(function $module($rt) { $rt.write(1, 'hi\\n'); $rt.write(2, 'warn\\n');
      return { status: 'ok', value: { $type: 'dict', entries: [['a', [1, 2n ** 70n]]] }, ops: 7 }; })`);
    expect(r.ok).toBe(true);
    expect(r.error).toBeNull();
    expect(r.value).toEqual(Object.assign(Object.create(null), { a: [1, 2n ** 70n] }));
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr).toBe('warn\n');
    expect(r.ops).toBe(7);
    expect(printed).toEqual(['hi\n', 'warn\n']);
  });

  it('gives every run a fresh context', async () => {
    const { run } = setup();
    await run(`(function $module($rt) { globalThis.leak = 1; return { status: 'ok', value: null, ops: 0 }; })`);
    const r = await run(`(function $module($rt) { return { status: 'ok', value: typeof globalThis.leak, ops: 0 }; })`);
    expect(r.value).toBe('undefined');
  });

  it('turns a timeout into a limit verdict and replaces the isolate', async () => {
    const { run } = setup({ timeoutMs: 100 });
    const r = await run(`(function $module($rt) { for (;;) {} })`);
    expect(r.error).toEqual({ kind: 'limit', limit: 'timeout', message: 'time limit of 100 ms exceeded' });
    const next = await run(`(function $module($rt) { return { status: 'ok', value: 5, ops: 1 }; })`);
    expect(next.value).toBe(5);
  });

  it('turns the memory limit into a limit verdict and replaces the isolate', async () => {
    const { run } = setup({ timeoutMs: 20_000 });
    const r = await run(`(function $module($rt) { const a = []; for (;;) a.push(new Array(10000).fill(a.length)); })`);
    expect(r.error).toMatchObject({ kind: 'limit', limit: 'memory' });
    const next = await run(`(function $module($rt) { return { status: 'ok', value: 'alive', ops: 1 }; })`);
    expect(next.value).toBe('alive');
  });

  it('keeps JavaScript error text out of the result and hands it to the opt-in hook only', async () => {
    const { run, details } = setup();
    const r = await run(`(function $module($rt) { throw new TypeError('boom at /home/secret/file.js:1'); })`);
    expect(r.error).toEqual({ kind: 'internal', message: 'the sandbox failed (a bug in Corral)' });
    expect(details).toHaveLength(1);
    expect(details[0]).toMatch(/^run: TypeError: boom at \/home\/secret/);
    const inside = await run(`(function $module($rt) { return { status: 'internal', message: 'TypeError: x is not a function', detail: 'raw', ops: 3 }; })`);
    expect(inside.error).toEqual({ kind: 'internal', message: 'the runtime failed (a bug in Corral)' });
    expect(inside.ops).toBe(3);
    expect(details[1]).toBe('raw');
  });

  it('reports the op count the runtime published when a kill ends the run', async () => {
    const { run } = setup({ timeoutMs: 100, maxOps: 1e9 });
    const slow = await run(`(function $module($rt) { $rt.publishOps(1234); for (;;) {} })`);
    expect(slow.error).toMatchObject({ kind: 'limit', limit: 'timeout' });
    expect(slow.ops).toBe(1234);
    const { run: run2 } = setup({ timeoutMs: 20_000, maxOps: 1e9 });
    const hog = await run2(`(function $module($rt) { $rt.publishOps(77); const a = []; for (;;) a.push(new Array(10000).fill(a.length)); })`);
    expect(hog.error).toMatchObject({ kind: 'limit', limit: 'memory' });
    expect(hog.ops).toBe(77);
    // The counter comes from the hostile side: nonsense is clamped, never trusted.
    const lie = await run(`(function $module($rt) { $rt.publishOps(1e300); for (;;) {} })`);
    expect(lie.ops).toBe(1e9);
    const nan = await run(`(function $module($rt) { $rt.publishOps(NaN); for (;;) {} })`);
    expect(nan.ops).toBe(0);
  });

  it('rejects malformed outcomes without trusting them', async () => {
    const { run } = setup();
    for (const outcome of [
      `{ status: 'weird' }`, `42`, `{ status: 'exception', error: { type: 1 } }`,
      `{ status: 'limit', limit: 'because' }`, `{ status: 'ok', value: { $type: 'dict', entries: 3 } }`,
      `{ status: 'ok', value: [ , 1] }`,
    ]) {
      const r = await run(`(function $module($rt) { return ${outcome}; })`);
      expect(r.ok, outcome).toBe(false);
      expect(r.error?.kind, outcome).toBe('internal');
    }
  });

  it('enforces maxOutputBytes on the host side whatever the runtime says', async () => {
    const { run, printed } = setup({ maxOutputBytes: 10 });
    const r = await run(`(function $module($rt) { $rt.write(1, 'héllo'); $rt.write(1, 'wörld!'); $rt.write(1, 'more');
      return { status: 'ok', value: null, ops: 0 }; })`);
    expect(r.error).toMatchObject({ kind: 'limit', limit: 'output' });
    expect(Buffer.byteLength(r.stdout)).toBeLessThanOrEqual(10);
    expect(r.stdout).toBe('héllowör');
    expect(printed.join('')).toBe(r.stdout);
  });

  it('ignores writes with the wrong shape', async () => {
    const { run } = setup();
    const r = await run(`(function $module($rt) { $rt.write(3, 'x'); $rt.write(1, {}); $rt.write(1, 'ok');
      return { status: 'ok', value: null, ops: 0 }; })`);
    expect(r.stdout).toBe('ok');
  });

  it('passes the request with the script and generated file names', async () => {
    const { run } = setup();
    const r = await run(`(function $module($rt) { const q = $rt.request;
      return { status: 'ok', value: [q.filename, q.jsFilename, q.maxOps, q.maxRecursion], ops: 0 }; })`);
    expect(r.value).toEqual(['test.py', 'corral:///test.js', 200_000_000, 1000]);
  });

  it('maps a runtime limit verdict to a message', async () => {
    const { run } = setup({ maxOps: 1000 });
    const r = await run(`(function $module($rt) { return { status: 'limit', limit: 'ops', ops: 1001 }; })`);
    expect(r.error).toEqual({ kind: 'limit', limit: 'ops', message: 'op budget of 1000 ops exhausted' });
    expect(r.ops).toBe(1001);
  });
});
