// Resource limits: the defaults documented on `Limits` (src/types.ts), validation of what a caller
// passes, and the one-line human message for each limit verdict. Pure data, no state.

import type { Limits, LimitKind } from '../types.js';

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxOps: 200_000_000,
  memoryLimitMb: 128,
  timeoutMs: 10_000,
  maxRecursion: 1000,
  maxOutputBytes: 10 * 1024 * 1024,
  maxBytes: defaultMaxBytes(128),
});

/** The byte budget for one value when the caller sets none: an eighth of the heap limit. */
function defaultMaxBytes(memoryLimitMb: number): number {
  return Math.floor((memoryLimitMb * 1024 * 1024) / 8);
}

/** isolated-vm refuses heaps under 8 MiB; the runtime bundle itself needs a few. */
const MIN_MEMORY_MB = 8;
/** Timers take a signed 32-bit millisecond count (about 24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Merges a caller's partial limits over the defaults; throws a TypeError on nonsense values. */
export function resolveLimits(partial: Partial<Limits> = {}): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const value = partial[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new TypeError(`limits.${key} must be a non-negative integer, got ${String(value)}`);
    }
    limits[key] = value;
  }
  for (const key of Object.keys(partial)) {
    if (!(key in DEFAULT_LIMITS)) throw new TypeError(`unknown limit '${key}'`);
  }
  if (limits.memoryLimitMb < MIN_MEMORY_MB) {
    throw new TypeError(`limits.memoryLimitMb must be at least ${MIN_MEMORY_MB}, got ${limits.memoryLimitMb}`);
  }
  if (limits.timeoutMs < 1 || limits.timeoutMs > MAX_TIMEOUT_MS) {
    throw new TypeError(`limits.timeoutMs must be between 1 and ${MAX_TIMEOUT_MS}`);
  }
  if (partial.maxBytes === undefined) limits.maxBytes = defaultMaxBytes(limits.memoryLimitMb);
  const maxBytesCap = Math.floor((limits.memoryLimitMb * 1024 * 1024) / 4);
  if (limits.maxBytes > maxBytesCap) {
    throw new TypeError(`limits.maxBytes must be at most a quarter of memoryLimitMb (${maxBytesCap}), got ${limits.maxBytes}`);
  }
  if (limits.maxRecursion < 1) throw new TypeError('limits.maxRecursion must be at least 1');
  return limits;
}

/** The message of a limit verdict; the CLI prints it as `corral: limit exceeded: <message>`. */
export function limitMessage(kind: LimitKind, limits: Limits): string {
  switch (kind) {
    case 'ops':
      return `op budget of ${limits.maxOps} ops exhausted`;
    case 'output':
      return `output limit of ${limits.maxOutputBytes} bytes exceeded`;
    case 'memory':
      return `memory limit of ${limits.memoryLimitMb} MiB exceeded`;
    case 'timeout':
      return `time limit of ${limits.timeoutMs} ms exceeded`;
    case 'recursion-internal':
      return 'the JavaScript stack overflowed while the script recursed (lower maxRecursion)';
    default: {
      const never: never = kind;
      return `limit exceeded (${String(never)})`;
    }
  }
}
