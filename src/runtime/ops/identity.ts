// Deterministic object identities: id() and the addresses in default reprs come from a per-run
// counter, so no host address ever reaches a script and the same run prints the same text.

import { runCtx } from '../state.js';

const BASE = 0x7f0000001000;

export function objectId(v: unknown): number {
  if (typeof v === 'object' && v !== null) {
    let id = runCtx.objectIds.get(v);
    if (id === undefined) {
      id = BASE + runCtx.nextId++ * 48;
      runCtx.objectIds.set(v, id);
    }
    return id;
  }
  let id = runCtx.valueIds.get(v);
  if (id === undefined) {
    id = BASE + runCtx.nextId++ * 48;
    runCtx.valueIds.set(v, id);
  }
  return id;
}

/** `0x7f...` as CPython prints addresses. */
export function addressOf(v: unknown): string {
  return '0x' + objectId(v).toString(16).padStart(12, '0');
}
