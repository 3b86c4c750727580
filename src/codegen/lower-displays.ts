// Lowering of list, tuple, set and dict displays. The runtime constructors take ownership of a JS
// array; `*it` items are spliced in with `...$rt.spreadArgs([], it, null)` (the spread of a `$rt` call
// result is one of the few spreads the verifier allows), `**m` entries with `$rt.mergeKwargs(d, m, null)`.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import * as b from './builders.js';
import type { Ctx, FnCtx } from './context.js';
import { lowerExpr } from './lower-expressions.js';

/**
 * The items of a display as a JS array. CPython words a non-iterable `*x` by context: "Value after
 * * must be an iterable" in list/tuple displays (`$rt.spreadArgs(..., null)`), the plain "'int'
 * object is not iterable" in set displays (`$rt.spreadInto`).
 */
export function lowerItems(ctx: Ctx, fn: FnCtx, elts: ast.ExprNode[], plainSpread = false): ES.ArrayExpression {
  return b.array(elts.map((e) => e.kind === 'Starred'
    ? b.spread(plainSpread
      ? b.rtCall('spreadInto', [b.array([]), lowerExpr(ctx, fn, e.value)])
      : b.rtCall('spreadArgs', [b.array([]), lowerExpr(ctx, fn, e.value), b.literal(null)]))
    : lowerExpr(ctx, fn, e)));
}

export function lowerSequence(ctx: Ctx, fn: FnCtx, kind: 'list' | 'tuple' | 'set', elts: ast.ExprNode[]): ES.Expression {
  const folded = kind === 'set' && elts.length > 2 && elts.every(isFoldedConstant);
  return b.rtCall(folded ? 'constSet' : kind, [lowerItems(ctx, fn, elts, kind === 'set')]);
}

/**
 * Whether CPython's AST optimiser turns an expression into a constant: literals, unary operators
 * on them (`-1`) and tuples of such. A set display of three or more of these is compiled from a
 * frozenset constant, which decides its iteration order (`$rt.constSet`).
 */
function isFoldedConstant(e: ast.ExprNode): boolean {
  if (e.kind === 'Constant') return true;
  if (e.kind === 'UnaryOp') return e.op !== 'Not' && e.operand.kind === 'Constant' && (e.operand.value.type === 'int' || e.operand.value.type === 'float');
  return e.kind === 'Tuple' && e.elts.every(isFoldedConstant);
}

export function lowerDict(ctx: Ctx, fn: FnCtx, e: ast.Dict): ES.Expression {
  let out: ES.Expression | null = null;
  let flat: ES.Expression[] = [];
  const flush = (): void => {
    if (flat.length === 0 && out !== null) return;
    const d = b.rtCall('dict', [b.array(flat)]);
    out = out === null ? d : b.rtCall('mergeKwargs', [out, d, b.literal(null)]);
    flat = [];
  };
  for (let i = 0; i < e.keys.length; i++) {
    const k = e.keys[i];
    const v = e.values[i]!;
    if (k) {
      flat.push(lowerExpr(ctx, fn, k), lowerExpr(ctx, fn, v));
      continue;
    }
    flush();
    out = b.rtCall('mergeKwargs', [out!, lowerExpr(ctx, fn, v), b.literal(null)]);
  }
  flush();
  return out!;
}
