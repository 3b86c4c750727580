// The three ways bench/run.mjs runs a benchmark: Corral in-process (source text → output through a
// warm Sandbox), CPython via a tiny timing harness, and the hand-written JS twin in an isolated-vm
// isolate. Each runner resolves to { ms, out } or { error } and never throws for a failed program,
// so one broken engine cannot stop the table.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');

/** High enough never to trip on these programs, but ON: the budget's cost is part of the measurement. */
export const BENCH_LIMITS = { maxOps: 1e12, memoryLimitMb: 512, timeoutMs: 120_000 };

function describeError(e) {
  if (e && typeof e === 'object' && 'message' in e) return `${e.name ?? 'Error'}: ${e.message}`;
  return String(e);
}

/** Corral: one Sandbox for all rounds, warmed up before timing; times `await sandbox.run(source)`. */
export async function createCorralRunner() {
  let mod;
  try {
    mod = await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href);
  } catch (e) {
    const error = `cannot load dist/index.js (run npm run build): ${describeError(e)}`;
    return { run: async () => ({ error }), dispose() {} };
  }
  let sandbox;
  try {
    sandbox = new mod.Sandbox({ limits: BENCH_LIMITS });
    await sandbox.run('print(1 + 1)'); // warm the isolate and the runtime bundle
  } catch (e) {
    const error = `cannot start a Sandbox: ${describeError(e)}`;
    return { run: async () => ({ error }), dispose() {} };
  }
  return {
    async run(source, filename) {
      try {
        const t0 = performance.now();
        const r = await sandbox.run(source, { filename });
        const ms = performance.now() - t0;
        if (!r.ok) return { error: describeRunError(r.error), out: r.stdout };
        return { ms, out: r.stdout, ops: r.ops };
      } catch (e) {
        return { error: describeError(e) };
      }
    },
    dispose() {
      sandbox.dispose?.();
    },
  };
}

function describeRunError(err) {
  if (!err) return 'run failed without an error';
  switch (err.kind) {
    case 'exception':
      return `${err.type}: ${err.message}`;
    case 'limit':
      return `limit ${err.limit}: ${err.message}`;
    default:
      return `${err.kind}: ${err.message}`;
  }
}

/** CPython: one python3 process per round; the harness excludes interpreter start-up. */
export function pythonAvailable() {
  const r = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout || r.stderr).trim() : null;
}

export function runPython(pyPath) {
  const r = spawnSync('python3', [join(here, 'py_harness.py'), pyPath], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' },
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) return { error: `python3 exited ${r.status}: ${(r.stderr || '').trim().split('\n').pop()}` };
  const res = JSON.parse(r.stdout);
  if (res.error) return { error: res.error, out: res.out };
  return { ms: res.ms, out: res.out };
}

/**
 * Hand-written JS: a warm isolate, a fresh context per round with `print` defined inside it (it
 * buffers lines, as Corral's print does, so no bridge call per line); the timing covers compiling
 * and running the script, not creating the context.
 */
export async function createJsRunner() {
  let ivm;
  try {
    ivm = (await import('isolated-vm')).default;
  } catch (e) {
    const error = `cannot load isolated-vm: ${describeError(e)}`;
    return { run: async () => ({ error }), dispose() {} };
  }
  const isolate = new ivm.Isolate({ memoryLimit: BENCH_LIMITS.memoryLimitMb });
  return {
    async run(source, filename) {
      const context = await isolate.createContext();
      try {
        await context.eval(
          "globalThis.__out = []; globalThis.print = (...a) => { __out.push(a.join(' ') + '\\n'); };",
        );
        const t0 = performance.now();
        const script = await isolate.compileScript(source, { filename });
        await script.run(context, { timeout: BENCH_LIMITS.timeoutMs });
        const ms = performance.now() - t0;
        script.release();
        const out = await context.eval("__out.join('')", { copy: true });
        return { ms, out };
      } catch (e) {
        return { error: describeError(e) };
      } finally {
        context.release();
      }
    },
    dispose() {
      isolate.dispose();
    },
  };
}

export function readProgram(path) {
  return readFileSync(path, 'utf8');
}
