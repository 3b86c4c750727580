// Lowering of if/elif/else, while/else, for/else, break and continue. Every loop body starts with
// the op tick (see guards.ts), so each iteration — including one ended by `continue` — is charged.
// A loop with an `else` gets a flag temporary that `break` sets, and the else runs when it is unset:
//   $b1 = false; for (const $i2 of $rt.iterate(xs)) { tick; x$ = $i2; ...; $b1 = true; break; ... }
//   if (!$b1) { ELSE }

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import * as b from './builders.js';
import { fresh, temp, unsupported, type Ctx, type FnCtx } from './context.js';
import { opsTick } from './guards.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerTest } from './lower-tests.js';
import { lowerBlock } from './lower-statements.js';
import { assignTarget } from './lower-targets.js';
import { jsName, resolve } from './names.js';

export function lowerIf(ctx: Ctx, fn: FnCtx, s: ast.If): ES.Statement[] {
  const test = lowerTest(ctx, fn, s.test);
  const body = lowerBlock(ctx, fn, s.body);
  // `elif` arrives as an If alone in orelse: print it as `else if` (same meaning either way).
  const only = s.orelse.length === 1 ? s.orelse[0]! : null;
  if (only?.kind === 'If') {
    const [alt] = lowerIf(ctx, fn, only) as [ES.IfStatement];
    return [b.ifStmt(test, body, alt)];
  }
  return [b.ifStmt(test, body, lowerBlock(ctx, fn, s.orelse))];
}

function loopBody(ctx: Ctx, fn: FnCtx, body: ast.Stmt[], hasElse: boolean, pre: ES.Statement[]): { flag: string | null; stmts: ES.Statement[] } {
  const flag = hasElse ? temp(ctx, fn, 'b') : null;
  fn.loops.push({ breakFlag: flag });
  const stmts = [...opsTick(ctx), ...pre, ...lowerBlock(ctx, fn, body)];
  fn.loops.pop();
  return { flag, stmts };
}

function withElse(ctx: Ctx, fn: FnCtx, flag: string | null, loop: ES.Statement, orelse: ast.Stmt[]): ES.Statement[] {
  if (flag === null) return [loop];
  return [
    b.exprStmt(b.assign(b.id(flag), b.literal(false))),
    loop,
    b.ifStmt(b.unary('!', b.id(flag)), lowerBlock(ctx, fn, orelse)),
  ];
}

export function lowerWhile(ctx: Ctx, fn: FnCtx, s: ast.While): ES.Statement[] {
  const test = lowerTest(ctx, fn, s.test);
  const { flag, stmts } = loopBody(ctx, fn, s.body, s.orelse.length > 0, []);
  return withElse(ctx, fn, flag, b.whileStmt(test, stmts), s.orelse);
}

export function lowerFor(ctx: Ctx, fn: FnCtx, s: ast.For): ES.Statement[] {
  // `for x in f(...)`: the loop holds the only reference, so the runtime may close a generator
  // the loop leaves early (CPython frees it there, running its finally blocks).
  const temporary = s.iter.kind === 'Call' ? [b.literal(true)] : [];
  const iter = b.rtCall('iterate', [lowerExpr(ctx, fn, s.iter), ...temporary]);
  const direct = directLoopVar(ctx, s.target);
  let left: ES.VariableDeclaration | ES.Pattern;
  let pre: ES.Statement[] = [];
  if (direct !== null) {
    left = b.id(direct);
  } else {
    const item = fresh(ctx, 'i');
    left = { type: 'VariableDeclaration', kind: 'const', declarations: [{ type: 'VariableDeclarator', id: b.id(item), init: null }] };
    pre = assignTarget(ctx, fn, s.target, b.id(item));
  }
  const { flag, stmts } = loopBody(ctx, fn, s.body, s.orelse.length > 0, pre);
  return withElse(ctx, fn, flag, b.forOf(left, iter, stmts), s.orelse);
}

/** A loop variable that can be the for-of target itself: a plain local, cell or global name. */
export function directLoopVar(ctx: Ctx, t: ast.ExprNode): string | null {
  if (t.kind !== 'Name') return null;
  const r = resolve(ctx, t, t.id);
  return r.kind === 'class' ? null : jsName(r, t.id);
}

export function lowerBreak(ctx: Ctx, fn: FnCtx, s: ast.Break): ES.Statement[] {
  const loop = fn.loops[fn.loops.length - 1];
  if (!loop) {
    unsupported(ctx, s, "'break' outside a loop");
    return [];
  }
  if (loop.breakFlag === null) return [b.breakStmt()];
  return [b.exprStmt(b.assign(b.id(loop.breakFlag), b.literal(true))), b.breakStmt()];
}

export function lowerContinue(ctx: Ctx, fn: FnCtx, s: ast.Continue): ES.Statement[] {
  if (fn.loops.length === 0) {
    unsupported(ctx, s, "'continue' outside a loop");
    return [];
  }
  return [b.continueStmt()];
}
