// The op budget from the runtime's side: builtins charge work proportional to their input with
// `charge(n)`, which ends the run with the 'ops' limit as soon as the budget is gone, so a single
// builtin call (`sum(range(10**12))`) cannot run unbounded between two checks in generated code.

import { S, runCtx } from '../state.js';
import { LimitSignal } from './signals.js';
import { memoryErr } from '../ops/raise.js';

/** Ends the run with the ops limit (also `$rt.outOfOps`). Never a Python exception. */
export function outOfOpsLimit(): never {
  const sig = new LimitSignal('ops');
  S.halt = sig;
  throw sig;
}

export function charge(n: number): void {
  S.ops -= n;
  if (S.ops < 0) outOfOpsLimit();
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
  const sig = new LimitSignal('memory');
  S.halt = sig;
  throw sig;
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
