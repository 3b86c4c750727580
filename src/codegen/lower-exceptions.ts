// Lowering of try/except/else/finally and `with`. The shapes (temporaries numbered per program):
//
//   try: BODY                      $ok1 = false; $pend6 = false;
//   except T as e: H               try {
//   else: ELSE                       try { BODY; $ok1 = true; } catch ($e2) {
//   finally: FINAL                     const $x3 = $rt.caught($e2);   // rethrows limits; pushes $x3
//                                      try {
//                                        if ($rt.excMatches($x3, T)) { e$ = $x3; try { H } finally { e$ = undefined; } }
//                                        else throw $x3;               // no handler matched
//                                      } finally { $rt.handled(); }
//                                    }
//                                    if ($ok1) { ELSE }
//                                  } catch ($e4) { const $x5 = $rt.caught($e4); $pend6 = true; throw $x5; }
//                                  finally { if ($s.halt !== null) throw $s.halt;
//                                    try { FINAL } finally { if ($pend6) $rt.handled(); } }
//
// `else` runs only when BODY completed normally (not by exception, return, break or continue),
// hence the flag set as BODY's last statement. Handler types are evaluated lazily, in order, as
// CPython does. break/continue/return inside any of these are plain JS jumps: JS runs the
// `finally` blocks on the way out exactly as Python does.
//
//   with MGR as T: BODY            const [$exit1, $val1] = $rt.withEnter(MGR);
//                                  $w2 = true;
//                                  try { T = $val1; BODY }
//                                  catch ($e3) { $w2 = false; const $x4 = $rt.caught($e3);
//                                    try { if (!$rt.withExit($exit1, $x4)) throw $x4; } finally { $rt.handled(); } }
//                                  finally { if ($s.halt !== null) throw $s.halt; if ($w2) $rt.withExit($exit1, null); }
//
// The normal exit (also by return/break/continue) happens in the finally; the flag stops it from
// running again after an exception. Several items nest, left to right.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import * as b from './builders.js';
import { fresh, temp, withLoc, type Ctx, type FnCtx } from './context.js';
import { haltGuard } from './guards.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerBlock } from './lower-statements.js';
import { assignTarget } from './lower-targets.js';
import { storeName, unbindName } from './names.js';

export function lowerTry(ctx: Ctx, fn: FnCtx, s: ast.Try): ES.Statement[] {
  let out: ES.Statement[];
  if (s.handlers.length === 0) {
    out = lowerBlock(ctx, fn, s.body);
  } else {
    const ok = s.orelse.length > 0 ? temp(ctx, fn, 'ok') : null;
    const body = lowerBlock(ctx, fn, s.body);
    if (ok) body.push(b.exprStmt(b.assign(b.id(ok), b.literal(true))));
    const e = fresh(ctx, 'e');
    const inner = b.tryStmt(body, { param: e, body: lowerHandlers(ctx, fn, s.handlers, e) }, null);
    out = ok
      ? [b.exprStmt(b.assign(b.id(ok), b.literal(false))), inner, b.ifStmt(b.id(ok), lowerBlock(ctx, fn, s.orelse))]
      : [inner];
  }
  if (s.finalbody.length === 0) return out;
  // While FINAL runs on the way out of an exception, that exception is the one being handled (as
  // in CPython): an exception raised in FINAL gets it as __context__, and a bare `raise` re-raises it.
  const pending = temp(ctx, fn, 'pend');
  const e = fresh(ctx, 'e');
  const x = fresh(ctx, 'x');
  const onError = [
    b.constDecl(b.id(x), b.rtCall('caught', [b.id(e)])),
    b.exprStmt(b.assign(b.id(pending), b.literal(true))),
    b.throwStmt(b.id(x)),
  ];
  const final = [haltGuard(), b.tryStmt(lowerBlock(ctx, fn, s.finalbody), null, [
    b.ifBare(b.id(pending), b.exprStmt(b.rtCall('handled', []))),
  ])];
  return [b.exprStmt(b.assign(b.id(pending), b.literal(false))), b.tryStmt(out, { param: e, body: onError }, final)];
}

function lowerHandlers(ctx: Ctx, fn: FnCtx, handlers: ast.ExceptHandler[], e: string): ES.Statement[] {
  const x = fresh(ctx, 'x');
  let chain: ES.Statement[] = [b.throwStmt(b.id(x))];
  for (let i = handlers.length - 1; i >= 0; i--) {
    const h = handlers[i]!;
    let body = lowerBlock(ctx, fn, h.body);
    if (h.name !== null) {
      body = [
        b.exprStmt(storeName(ctx, fn, h, h.name, b.id(x))),
        b.tryStmt(body, null, unbindName(ctx, fn, h, h.name)),
      ];
    }
    const handled = h.type === null
      ? body
      : [withLoc(ctx, h, b.ifStmt(b.rtCall('excMatches', [b.id(x), lowerExpr(ctx, fn, h.type)]), body, chain))];
    chain = handled;
  }
  return [
    b.constDecl(b.id(x), b.rtCall('caught', [b.id(e)])),
    b.tryStmt(chain, null, [b.exprStmt(b.rtCall('handled', []))]),
  ];
}

export function lowerWith(ctx: Ctx, fn: FnCtx, s: ast.With): ES.Statement[] {
  const lowerItems = (i: number): ES.Statement[] => {
    if (i === s.items.length) return lowerBlock(ctx, fn, s.body);
    const item = s.items[i]!;
    const exit = fresh(ctx, 'exit');
    const val = fresh(ctx, 'val');
    const w = temp(ctx, fn, 'w');
    const e = fresh(ctx, 'e');
    const x = fresh(ctx, 'x');
    // CPython enters (and exits) at the span of the whole `with` statement, not of the item.
    const enter = withLoc(ctx, item, b.constDecl(b.arrayPattern([exit, val]), withLoc(ctx, s, b.rtCall('withEnter', [lowerExpr(ctx, fn, item.context_expr)]))));
    const body = [
      ...(item.optional_vars ? assignTarget(ctx, fn, item.optional_vars, b.id(val)) : []),
      ...lowerItems(i + 1),
    ];
    const onError = [
      b.exprStmt(b.assign(b.id(w), b.literal(false))),
      b.constDecl(b.id(x), b.rtCall('caught', [b.id(e)])),
      b.tryStmt(
        [b.ifBare(b.unary('!', withLoc(ctx, s, b.rtCall('withExit', [b.id(exit), b.id(x)]))), b.throwStmt(b.id(x)))],
        null,
        [b.exprStmt(b.rtCall('handled', []))],
      ),
    ];
    const onExit = [haltGuard(), b.ifBare(b.id(w), b.exprStmt(withLoc(ctx, s, b.rtCall('withExit', [b.id(exit), b.literal(null)]))))];
    return [
      enter,
      b.exprStmt(b.assign(b.id(w), b.literal(true))),
      withLoc(ctx, item, b.tryStmt(body, { param: e, body: onError }, onExit)),
    ];
  };
  return lowerItems(0);
}
