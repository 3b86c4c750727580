// The one size check for size-amplifying text operations (ljust, zfill, replace, format widths,
// ...): they call checkTextSize with the final length BEFORE allocating, so a script cannot make
// the isolate build a gigabyte string (security invariant 5). The runtime sets the limit per run.

import { TextError } from './text-error.js';

/** Largest string (in code points) text functions may build; the runtime lowers it per run. */
let textSizeLimit = 64 * 1024 * 1024;

export function setTextSizeLimit(n: number): void {
  textSizeLimit = n;
}

export function getTextSizeLimit(): number {
  return textSizeLimit;
}

/** Throws MemoryError when a result of n code points would exceed the limit. */
export function checkTextSize(n: number): void {
  if (n > textSizeLimit) throw new TextError('MemoryError', '');
}

/** What one list slot counts against the limit (the runtime's checkBytes counts 8 bytes an item). */
export const LIST_SLOT_BYTES = 8;

/** Throws MemoryError when a list of n items (split's result, ...) would exceed the limit. */
export function checkListSize(n: number): void {
  checkTextSize(n * LIST_SLOT_BYTES);
}

/** out.push(piece), checking the list's size every 1024 items (so it overshoots by < 1024). */
export function pushChecked(out: string[], piece: string): void {
  out.push(piece);
  if ((out.length & 1023) === 0) checkListSize(out.length);
}
