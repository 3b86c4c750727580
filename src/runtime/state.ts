// All of the runtime's module-level mutable state, in one place. The bundle is evaluated afresh in
// each run's context, and `$corral.run` resets everything here before calling the compiled module,
// so nothing a script does survives into the next run (security invariant 8).

import type { RunState } from './abi.js';

/** The hot counters generated code reads and writes directly (exposed as `$rt.state`). */
export const S: RunState = { ops: 0, depth: 0, maxDepth: 1000, halt: null };

/** Everything else a run needs: request data, output buffer, the exception-handling stack, ids. */
export const runCtx = {
  maxOps: 0,
  /** Ops not yet handed to the current slice in `S.ops` (see budget.ts: ops used = maxOps − reserve − S.ops). */
  opsReserve: 0,
  /** Shared with the host: ops used so far, published at every slice refill (RunRequest's counter). */
  opsPublished: null as Float64Array | null,
  /** The ops used when a limit tripped (-1 while none has): later ticks do not count. */
  opsAtHalt: -1,
  filename: '<script>',
  jsFilename: '',
  /** Unmarshalled inputs by global name. */
  inputs: new Map<string, unknown>(),
  /** Exceptions being handled (pushed by `caught`, popped by `handled`): the implicit __context__. */
  handling: [] as unknown[],
  /** Objects whose repr is in progress, so recursive containers print `[...]`. */
  reprActive: new Set<unknown>(),
  /** Deterministic ids: a per-run counter instead of host addresses. */
  nextId: 1,
  objectIds: new WeakMap<object, number>(),
  valueIds: new Map<unknown, number>(),
  /** Output: pending text, its length, bytes written so far (charged against maxOutputBytes). */
  outBuf: [] as string[],
  outPending: 0,
  outBytes: 0,
  maxOutputBytes: 0,
  write: null as ((stream: 1 | 2, text: string) => void) | null,
  /** Growth caps derived from the isolate's heap (see `setMemoryCaps`): list items, dict/set entries. */
  maxItems: 1 << 25,
  maxEntries: (1 << 24) - 1,
  /** The byte budget for one value (RunRequest.maxBytes): see `checkBytes`. */
  maxBytes: 16 * 1024 * 1024,
  /** Modules imported so far in this run, by name. */
  modules: new Map<string, unknown>(),
};

/** Ops handed to generated code at a time; see `refillOps` in core/budget.ts. */
export const OPS_SLICE = 1 << 16;

export function resetState(maxOps: number, maxRecursion: number): void {
  S.ops = Math.min(maxOps, OPS_SLICE);
  runCtx.opsReserve = maxOps - S.ops;
  runCtx.opsPublished = null;
  runCtx.opsAtHalt = -1;
  // The module's own frame counts, as in CPython: with a limit of 1000, 999 nested calls fit.
  S.depth = 1;
  S.maxDepth = maxRecursion;
  S.halt = null;
  runCtx.maxOps = maxOps;
  runCtx.inputs = new Map();
  runCtx.handling = [];
  runCtx.reprActive = new Set();
  runCtx.nextId = 1;
  runCtx.objectIds = new WeakMap();
  runCtx.valueIds = new Map();
  runCtx.outBuf = [];
  runCtx.outPending = 0;
  runCtx.outBytes = 0;
  runCtx.modules = new Map();
}
