// Truth tests, boolean operators and comparisons. In a test position (if, while, `not`, the left of
// `and`/`or` in a test) codegen only needs a JS boolean, so it emits `$rt.truthy(x)` joined with
// raw `&&`/`||`/`!` (the verifier allows these only on boolean-producing forms). In a value position
// `a and b` must return an operand, so the operand is kept in a temporary:
//   a and b  →  ($rt.truthy($t = a) ? b : $t)        a or b  →  ($rt.truthy($t = a) ? $t : b)
// A chained comparison `a < b < c` evaluates b once and stops at the first false link:
//   $rt.truthy($r = $rt.lt(a, $m = b)) ? $rt.lt($m, c) : $r

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import { assertNever } from '../parser/ast.js';
import * as b from './builders.js';
import { temp, withLoc, type Ctx, type FnCtx } from './context.js';
import { lowerExpr } from './lower-expressions.js';

export const CMP_HELPER: Record<ast.CmpOpKind, string> = {
  Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge',
  Is: 'is', IsNot: 'isNot', In: 'contains', NotIn: 'notContains',
};

/** Comparisons that already return a JS boolean. */
const BOOLEAN_CMP = new Set<ast.CmpOpKind>(['Is', 'IsNot', 'In', 'NotIn']);

function cmp(op: ast.CmpOpKind, left: ES.Expression, right: ES.Expression): ES.Expression {
  // `a in b` is contains(b, a): Python evaluates a first, so a must be in a temporary when b is
  // not trivially pure. Callers pass `left` already evaluated when that matters (see below).
  return op === 'In' || op === 'NotIn'
    ? b.rtCall(CMP_HELPER[op], [right, left])
    : b.rtCall(CMP_HELPER[op], [left, right]);
}

/** A JS boolean expression for the truth value of `e`. */
export function lowerTest(ctx: Ctx, fn: FnCtx, e: ast.ExprNode): ES.Expression {
  return withLoc(ctx, e, lowerTestInner(ctx, fn, e));
}

function lowerTestInner(ctx: Ctx, fn: FnCtx, e: ast.ExprNode): ES.Expression {
  if (e.kind === 'UnaryOp' && e.op === 'Not') return b.unary('!', lowerTest(ctx, fn, e.operand));
  if (e.kind === 'BoolOp') {
    const op = e.op === 'And' ? '&&' : '||';
    return e.values.map((v) => lowerTest(ctx, fn, v)).reduce((l, r) => b.logical(op, l, r));
  }
  if (e.kind === 'Compare') {
    const links = compareLinks(ctx, fn, e);
    return links.map((l, i) => (BOOLEAN_CMP.has(e.ops[i]!) ? l : b.rtCall('truthy', [l]))).reduce((l, r) => b.logical('&&', l, r));
  }
  if (e.kind === 'Constant' && e.value.type === 'bool') return b.literal(e.value.value);
  return b.rtCall('truthy', [lowerExpr(ctx, fn, e)]);
}

export function lowerBoolOp(ctx: Ctx, fn: FnCtx, e: ast.BoolOp): ES.Expression {
  const t = temp(ctx, fn);
  const build = (i: number): ES.Expression => {
    const v = lowerExpr(ctx, fn, e.values[i]!);
    if (i === e.values.length - 1) return v;
    const test = b.rtCall('truthy', [b.assign(b.id(t), v)]);
    switch (e.op) {
      case 'And': return b.cond(test, build(i + 1), b.id(t));
      case 'Or': return b.cond(test, b.id(t), build(i + 1));
      default: return assertNever(e.op, 'boolean operator');
    }
  };
  return build(0);
}

/**
 * The links of a comparison chain as expressions to be evaluated in order: link i compares the
 * middle operand saved by link i-1 with the next one. For `in`, the left operand must be evaluated
 * before the container, so it is saved first too.
 */
function compareLinks(ctx: Ctx, fn: FnCtx, e: ast.Compare): ES.Expression[] {
  const links: ES.Expression[] = [];
  let left: ES.Expression = lowerExpr(ctx, fn, e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]!;
    const last = i === e.ops.length - 1;
    let right: ES.Expression = lowerExpr(ctx, fn, e.comparators[i]!);
    let next: ES.Expression | null = null;
    if (!last) {
      const m = temp(ctx, fn);
      right = b.assign(b.id(m), right);
      next = b.id(m);
    }
    if ((op === 'In' || op === 'NotIn') && !isPure(left)) {
      const l = temp(ctx, fn);
      links.push(b.seq([b.assign(b.id(l), left), cmp(op, b.id(l), right)]));
    } else {
      links.push(cmp(op, left, right));
    }
    if (next) left = next;
  }
  return links;
}

/** Reading an injected temporary or a literal has no effect, so its evaluation order is free. */
function isPure(e: ES.Expression): boolean {
  return (e.type === 'Identifier' && e.name.startsWith('$')) || e.type === 'Literal';
}

export function lowerCompare(ctx: Ctx, fn: FnCtx, e: ast.Compare): ES.Expression {
  const links = compareLinks(ctx, fn, e);
  if (links.length === 1) return links[0]!;
  const r = temp(ctx, fn);
  // Right fold: truthy($r = link0) ? (truthy($r = link1) ? link2 : $r) : $r
  let out = links[links.length - 1]!;
  for (let i = links.length - 2; i >= 0; i--) {
    out = b.cond(b.rtCall('truthy', [b.assign(b.id(r), links[i]!)]), out, b.id(r));
  }
  return out;
}
