// Finds and reads the runtime bundle (dist/runtime.js, built by `npm run build:runtime`) and keeps
// the V8 code cache produced for it. Both are explicit per-process caches: the bundle never changes
// while the process runs, and every isolate compiles the same text, so one isolate's cached data
// lets the next skip parsing. Nothing else here is mutable.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundle's name inside the isolate: stack frames in it are runtime frames, never a host path. */
export const RUNTIME_FILENAME = 'corral:///runtime.js';

// Compiled, this file is dist/host/runtime-source.js and the bundle is dist/runtime.js. Run from
// source (vitest), it is src/host/runtime-source.ts and the bundle is still dist/runtime.js.
const CANDIDATES = ['../runtime.js', '../../dist/runtime.js'];

export class RuntimeBundleMissing extends Error {
  constructor() {
    super('The Corral runtime bundle (dist/runtime.js) is missing: run `npm run build:runtime`.');
    this.name = 'RuntimeBundleMissing';
  }
}

interface BundleCache {
  source: string | null;
  /** V8 code cache, with the exact text it was produced for (V8 would reject it for any other). */
  code: { source: string; data: ArrayBuffer } | null;
}

const cache: BundleCache = { source: null, code: null };

export function runtimeBundleSource(): string {
  if (cache.source !== null) return cache.source;
  for (const candidate of CANDIDATES) {
    try {
      cache.source = readFileSync(fileURLToPath(new URL(candidate, import.meta.url)), 'utf8');
      return cache.source;
    } catch {
      // try the next layout
    }
  }
  throw new RuntimeBundleMissing();
}

export function runtimeCachedData(source: string): ArrayBuffer | null {
  return cache.code !== null && cache.code.source === source ? cache.code.data : null;
}

/** Keeps the code cache V8 produced for `source` (the first one, or a fresh one after a rejection). */
export function storeRuntimeCachedData(source: string, data: ArrayBuffer): void {
  cache.code = { source, data };
}

export function forgetRuntimeCachedData(): void {
  cache.code = null;
}
