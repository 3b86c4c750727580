// One isolated-vm isolate and everything that touches isolated-vm directly. The Sandbox owns one
// IsolateHost; a pool (later) will own several. The isolate is created lazily with the memory
// limit, compiles the runtime bundle once (with the per-process V8 code cache), and is replaced
// transparently after it was disposed (memory limit, timeout, or explicitly): a disposed or
// interrupted isolate is never reused (security invariant 7).
//
// Each execution gets a fresh context (invariant 8): runtime bundle, then the program's function
// expression, then `$corral.run(fn, request, write)`. What comes back is returned as `unknown`:
// the caller validates it (invariant 1). isolated-vm's own error texts leave this file only as the
// `detail` of a failed execution, which execute.ts hands to the caller's opt-in debugging hook alone.

import ivm from 'isolated-vm';
import type { RunRequest } from '../runtime/protocol.js';
import {
  RUNTIME_FILENAME, RuntimeBundleMissing, forgetRuntimeCachedData, runtimeBundleSource, runtimeCachedData, storeRuntimeCachedData,
} from './runtime-source.js';

export type Stage = 'runtime' | 'program' | 'run';

/** How one execution ended, before the outcome's contents are checked. */
export type Execution =
  | { kind: 'returned'; outcome: unknown }
  /** `ops`: the last count the runtime published before it died (within one op slice). */
  | { kind: 'killed'; limit: 'timeout' | 'memory'; ops: number }
  /** `detail` is raw JS/isolated-vm wording: for the opt-in debugging hook only, never a RunResult. */
  | { kind: 'failed'; stage: Stage; detail: string; ops: number }
  /** The owner disposed the isolate while the script ran (runs are asynchronous): no verdict to give. */
  | { kind: 'disposed' };

export type HostWrite = (stream: unknown, text: unknown) => void;

interface Live {
  isolate: ivm.Isolate;
  runtime: ivm.Script;
  /** Compiled programs, keyed by their JS text: a Script may run in any context of its isolate. */
  programs: Map<string, ivm.Script>;
}

/** Scripts kept compiled per isolate; a small explicit cache, oldest evicted first. */
const PROGRAM_CACHE_SIZE = 32;

/** The isolate's V8 heap limit, as a multiple of the configured memoryLimitMb. */
export const HEAP_HEADROOM = 2;

export class IsolateHost {
  private live: Live | null = null;
  /**
   * Isolates this host disposed itself, so a run they interrupt is not mistaken for isolated-vm's
   * memory kill (which also leaves the isolate disposed).
   */
  private readonly disposedByOwner = new WeakSet<ivm.Isolate>();

  /** `runtimeSource` is replaceable so tests can drive the host with a hand-written runtime. */
  constructor(
    private readonly memoryLimitMb: number,
    private readonly runtimeSource: () => string = runtimeBundleSource,
  ) {}

  async execute(js: string, jsFilename: string, request: RunRequest, write: HostWrite, timeoutMs: number): Promise<Execution> {
    const deadline = Date.now() + timeoutMs;
    const remaining = (): number => Math.max(1, deadline - Date.now());
    let live: Live;
    try {
      live = this.ensure();
    } catch (e) {
      if (e instanceof RuntimeBundleMissing) throw e;
      this.dispose();
      return { kind: 'failed', stage: 'runtime', detail: describe(e), ops: 0 };
    }
    const { isolate } = live;
    // The runtime publishes its op count here: it outlives the context and even a disposed isolate.
    const opsCounter = new SharedArrayBuffer(8);
    const published = new Float64Array(opsCounter);
    let context: ivm.Context | null = null;
    let stage: Stage = 'runtime';
    try {
      context = isolate.createContextSync();
      live.runtime.runSync(context, { timeout: remaining() });
      stage = 'program';
      const script = this.program(live, js, jsFilename);
      const fn = script.runSync(context, { reference: true, timeout: remaining() }) as ivm.Reference<unknown>;
      stage = 'run';
      // Typed loosely on purpose: these are references to hostile objects; only isolated-vm touches them.
      const entry = context.global.getSync('$corral', { reference: true }) as ivm.Reference<Record<string, unknown>>;
      const run = entry.getSync('run', { reference: true }) as ivm.Reference<(...args: unknown[]) => unknown>;
      // Asynchronous: the script runs on isolated-vm's thread while the caller's event loop stays
      // free (output callbacks hop back to it). Setup above is synchronous and short.
      const outcome: unknown = await run.apply(
        entry.derefInto(),
        [
          fn.derefInto(), new ivm.ExternalCopy(request).copyInto({ release: true }), new ivm.Callback(write),
          new ivm.ExternalCopy(opsCounter).copyInto({ release: true }),
        ],
        { timeout: remaining(), result: { copy: true } },
      );
      return { kind: 'returned', outcome };
    } catch (e) {
      if (this.disposedByOwner.has(isolate)) return { kind: 'disposed' };
      return this.classify(e, stage, deadline, publishedOps(published[0], request.maxOps));
    } finally {
      if (context !== null && !isolate.isDisposed) {
        try {
          context.release();
        } catch {
          // the isolate died under us; nothing left to release
        }
      }
    }
  }

  /** Disposes the isolate; the next execution creates a new one. Idempotent. */
  dispose(): void {
    const live = this.live;
    this.live = null;
    if (live !== null && !live.isolate.isDisposed) {
      this.disposedByOwner.add(live.isolate);
      try {
        live.isolate.dispose();
      } catch {
        // already disposed by isolated-vm
      }
    }
  }

  private classify(e: unknown, stage: Stage, deadline: number, ops: number): Execution {
    const isolate = this.live?.isolate;
    if (isolate === undefined || isolate.isDisposed) {
      // isolated-vm disposes the isolate itself when the heap limit is hit.
      this.live = null;
      return { kind: 'killed', limit: 'memory', ops };
    }
    const text = e instanceof Error ? e.message : '';
    if (/timed out/i.test(text) || Date.now() >= deadline) {
      // An interrupted isolate may hold half-updated state: replace it, never reuse it.
      this.dispose();
      return { kind: 'killed', limit: 'timeout', ops };
    }
    return { kind: 'failed', stage, detail: describe(e), ops };
  }

  private ensure(): Live {
    if (this.live !== null && !this.live.isolate.isDisposed) return this.live;
    const source = this.runtimeSource();
    // V8 aborts the whole process when one allocation cannot fit in what is left of the heap
    // (isolated-vm #527). The runtime caps every container from memoryLimitMb so no single growth
    // exceeds a fraction of it; the isolate gets twice that as headroom, so the runtime's
    // 'memory' limit or isolated-vm's own kill comes first.
    const isolate = new ivm.Isolate({ memoryLimit: this.memoryLimitMb * HEAP_HEADROOM });
    try {
      const runtime = compileRuntime(isolate, source);
      this.live = { isolate, runtime, programs: new Map() };
      return this.live;
    } catch (e) {
      isolate.dispose();
      throw e;
    }
  }

  private program(live: Live, js: string, jsFilename: string): ivm.Script {
    const key = `${jsFilename}\n${js}`;
    const hit = live.programs.get(key);
    if (hit !== undefined) return hit;
    const script = live.isolate.compileScriptSync(js, { filename: jsFilename });
    if (live.programs.size >= PROGRAM_CACHE_SIZE) {
      const oldest = live.programs.keys().next().value as string;
      live.programs.get(oldest)?.release();
      live.programs.delete(oldest);
    }
    live.programs.set(key, script);
    return script;
  }
}

/** The shared counter as the runtime left it; it comes from the hostile side, so it is checked. */
function publishedOps(value: number | undefined, maxOps: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(Math.floor(value), maxOps) : 0;
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return 'a non-Error value was thrown';
  return `${e.name}: ${e.message}${e.stack === undefined ? '' : `\n${e.stack}`}`;
}

/** isolated-vm sets these on the Script it returns, but its typings leave them out. */
type CachedScript = ivm.Script & { cachedDataRejected?: boolean; cachedData?: ivm.ExternalCopy<ArrayBuffer> };

function compileRuntime(isolate: ivm.Isolate, source: string): ivm.Script {
  const cached = runtimeCachedData(source);
  if (cached !== null) {
    const script: CachedScript = isolate.compileScriptSync(source, {
      filename: RUNTIME_FILENAME, cachedData: new ivm.ExternalCopy(cached),
    });
    if (!script.cachedDataRejected) return script;
    script.release();
    forgetRuntimeCachedData();
  }
  const script: CachedScript = isolate.compileScriptSync(source, { filename: RUNTIME_FILENAME, produceCachedData: true });
  const produced = script.cachedData?.copy();
  if (produced instanceof ArrayBuffer) storeRuntimeCachedData(source, produced);
  return script;
}
