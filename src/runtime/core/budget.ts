// The op budget from the runtime's side: builtins charge work proportional to their input with
// `charge(n)`, which ends the run with the 'ops' limit as soon as the budget is gone, so a single
// builtin call (`sum(range(10**12))`) cannot run unbounded between two checks in generated code.

import { S } from '../state.js';
import { LimitSignal } from './signals.js';

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
