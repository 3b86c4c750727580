// Recursion guard for runtime helpers that recurse into values (repr, comparison, hash, the result
// marshaller). Each nested container counts one level of the same depth counter Python calls use,
// as CPython 3.11's Py_EnterRecursiveCall does, so helpers and script recursion share maxRecursion:
// a helper called from 990 levels of script recursion gets 10 levels, and the JS stack (sized for
// maxRecursion script frames) is never what stops it. Message suffixes are CPython's.

import { S } from '../state.js';
import { raiseNew } from '../ops/raise.js';
import { PyExc_RecursionError } from './exception-types.js';

export const IN_REPR = ' while getting the repr of an object';
export const IN_COMPARISON = ' in comparison';

/** Enters one nesting level; pair with `leaveNested()` in a `finally`. */
export function enterNested(suffix: string): void {
  if (++S.depth > S.maxDepth) {
    S.depth--;
    raiseNew(PyExc_RecursionError, 'maximum recursion depth exceeded' + suffix);
  }
}

export function leaveNested(): void {
  S.depth--;
}

/** `body()` one nesting level deeper. */
export function nested<T>(suffix: string, body: () => T): T {
  enterNested(suffix);
  try {
    return body();
  } finally {
    S.depth--;
  }
}
