// Guard and counter placement (security invariants 5 and 6).
//
// The op budget is a single counter in the run state, `$s = $rt.state`, declared once at the top
// of `$module`. Codegen charges it in exactly two places, which together bound the work of any
// program between two runtime calls: every loop back-edge (the first statement of every while/for
// body and of every comprehension loop — placed at the body start, so `continue` is charged too)
// and every function entry (defs, lambdas, comprehensions, class bodies). Straight-line code
// between those points is bounded by the program's size; builtins charge their own work.
//
//   if (--$s.ops < 0) $rt.outOfOps();
//
// Python call depth is counted at function entry and given back on every exit, normal or not:
//
//   if (++$s.depth > $s.maxDepth) $rt.tooDeep();     // tooDeep restores depth, raises RecursionError
//   try { BODY } finally { $s.depth--; }
//
// Generator functions count ops only: their frames are entered and left at every resume, which the
// runtime brackets itself. With `counters: false` (a benchmark switch) the op ticks are omitted and
// the depth bookkeeping kept, so runaway recursion still ends in RecursionError.
//
// Limits must not be catchable: `$rt.caught` rethrows limit signals in every generated `catch`, and
// every Python `finally` body (and every `with` exit path) starts with the halt guard
//
//   if ($s.halt !== null) throw $s.halt;
//
// so once a limit has tripped no script code runs while the signal unwinds the stack.

import type * as ES from 'estree';
import * as b from './builders.js';
import type { Ctx } from './context.js';

const state = (field: 'ops' | 'depth' | 'maxDepth' | 'halt'): ES.MemberExpression => b.member(b.id('$s'), field);

export function opsTick(ctx: Ctx): ES.Statement[] {
  if (!ctx.counters) return [];
  return [b.ifBare(b.binary('<', b.update('--', state('ops')), b.literal(0)), b.exprStmt(b.rtCall('outOfOps', [])))];
}

export function depthEnter(): ES.Statement {
  return b.ifBare(b.binary('>', b.update('++', state('depth')), state('maxDepth')), b.exprStmt(b.rtCall('tooDeep', [])));
}

export function depthExit(): ES.Statement {
  return b.exprStmt({ type: 'UpdateExpression', operator: '--', prefix: false, argument: state('depth') });
}

export function haltGuard(): ES.Statement {
  return b.ifBare(b.binary('!==', state('halt'), b.literal(null)), b.throwStmt(state('halt')));
}

/** Wraps a non-generator function body with the depth bookkeeping. */
export function withDepth(body: ES.Statement[]): ES.Statement[] {
  return [depthEnter(), b.tryStmt(body, null, [depthExit()])];
}
