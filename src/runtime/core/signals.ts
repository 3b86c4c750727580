// LimitSignal: how a tripped limit (ops, output) unwinds the run. It is deliberately not a Python
// exception: `caught` rethrows it, every `finally` re-throws `state.halt`, so no script code can
// swallow it (security invariant 6). `$corral.run` turns it into a 'limit' outcome.

import type { LimitKind } from '../protocol.js';

export class LimitSignal {
  constructor(readonly limit: LimitKind) {}
}
