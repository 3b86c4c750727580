// The op budget from the runtime's side: builtins charge work proportional to their input with
// `charge(n)`, which ends the run with the 'ops' limit as soon as the budget is gone, so a single
// builtin call (`sum(range(10**12))`) cannot run unbounded between two checks in generated code.
//
// The budget is handed out in slices: `S.ops` holds what is left of the current slice (generated
// code decrements it inline) and `runCtx.opsReserve` the rest. When a slice is overdrawn, the next
// one comes from the reserve and the count used so far is published to the host's shared counter,
// because a run killed by the wall clock or the memory limit takes its context (and S) with it:
// the host then reports the last published count, accurate to within one slice. Ops used is
// always maxOps − reserve − S.ops, so counts at normal ends stay exact.

import { S, runCtx, OPS_SLICE } from '../state.js';
import { LimitSignal } from './signals.js';
import type { LimitKind } from '../protocol.js';
import { memoryErr } from '../ops/raise.js';

/** Ops charged so far in this run, at most maxOps (frozen when a limit tripped). */
export function opsUsed(): number {
  if (runCtx.opsAtHalt >= 0) return runCtx.opsAtHalt;
  return Math.min(runCtx.maxOps, Math.max(0, runCtx.maxOps - runCtx.opsReserve - S.ops));
}

/** Ends the run with a limit verdict (see `haltOn`). */
export function haltRun(kind: LimitKind): never {
  return haltOn(new LimitSignal(kind));
}

/**
 * Makes `signal` (a LimitSignal, or the JS error of a runtime bug) terminal: `caught` and every
 * halt guard in generated code re-throw S.halt, so no except, finally, __exit__ or generator
 * cleanup of the script runs after it. The slice is emptied for good too: should some runtime
 * path ever swallow the signal, the next op tick lands in `refillOps` and throws it again.
 */
export function haltOn(signal: unknown): never {
  if (S.halt === null) {
    runCtx.opsAtHalt = opsUsed();
    publishOps();
    S.halt = signal;
    runCtx.opsReserve = 0;
    S.ops = -Infinity;
  }
  throw S.halt;
}

/**
 * V8's errors for an allocation beyond its own size limits (a string over ~2^29 characters, an
 * array or buffer too large). The byte budget should stop these first; if one slips through, the
 * run ends with the memory limit rather than an internal error.
 */
export function isAllocationFailure(e: unknown): boolean {
  return e instanceof RangeError && /^(?:Invalid (?:string|array|typed array|array buffer) length|Array buffer allocation failed)/.test(String(e.message));
}

/** Tells the host how far the run got, in case it dies before returning an outcome. */
export function publishOps(): void {
  const shared = runCtx.opsPublished;
  if (shared !== null) shared[0] = opsUsed();
}

/**
 * `$rt.outOfOps`, called when `S.ops` went below zero: the slice is overdrawn. Moves the next
 * slice from the reserve (covering the overdraft) and returns; when the reserve cannot cover it,
 * the budget is gone and the run ends with the ops limit (never a Python exception).
 */
export function refillOps(): void {
  if (S.halt !== null) throw S.halt;
  const take = Math.min(runCtx.opsReserve, OPS_SLICE - S.ops);
  runCtx.opsReserve -= take;
  S.ops += take;
  if (S.ops >= 0) {
    publishOps();
    return;
  }
  // Over budget: the count is capped at maxOps (the overdraft was never done).
  S.ops = 0;
  haltRun('ops');
}

export function charge(n: number): void {
  S.ops -= n;
  if (S.ops < 0) refillOps();
}

/**
 * Sizes the growth caps from the isolate's heap limit, so a container that would outgrow the heap
 * ends the run with the 'memory' limit before V8 aborts on one huge reallocation (protocol.ts).
 * The isolate's V8 heap is twice memoryLimitMb (src/host/isolate-host.ts); V8 aborts the process
 * when one allocation cannot fit in what is left of it. So no single growth may need more than a
 * small fraction of the limit: a list's backing store grows to 1.5x at 8 bytes a slot; a dict or
 * set's JS Map doubles at ~28 bytes an entry slot and each entry holds a ~56-byte entry object.
 */
export function setMemoryCaps(memoryLimitMb: number | undefined): void {
  const bytes = (memoryLimitMb ?? 512) * 1024 * 1024;
  runCtx.maxItems = Math.min(1 << 25, Math.floor(bytes / 64));
  runCtx.maxEntries = Math.min((1 << 24) - 1, Math.floor(bytes / 256));
}

export function memoryLimit(): never {
  return haltRun('memory');
}

/** Before growing a list to `n` items. */
export function checkItems(n: number): void {
  if (n > runCtx.maxItems) memoryLimit();
}

/**
 * The byte budget for one value: an operation that would build a result of about `n` bytes (a
 * string's length counts one byte a character, a list eight bytes an item) calls this BEFORE
 * allocating, and gets MemoryError when it is over Limits.maxBytes (security invariant 5).
 */
export function checkBytes(n: number): void {
  if (!(n <= runCtx.maxBytes)) memoryErr();
}
