// Assignment targets: names, attributes, subscripts and (nested, starred) tuple/list unpacking, for
// `=`, `for`, `with ... as`, comprehensions and `del`. Python evaluates the value before the target's
// object and key, so callers pass the value as a pure expression (an injected temporary) whenever
// the target is not a plain name: `f().x = g()` calls g, then f.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import * as b from './builders.js';
import { temp, unsupported, withLoc, type Ctx, type FnCtx } from './context.js';
import { attrName, deleteName, storeName } from './names.js';
import { lowerExpr } from './lower-expressions.js';

/**
 * Whether assigning to `t` can take the value expression directly (no temporary needed): names,
 * and tuples of names, whose stores run no code before the value is evaluated.
 */
export function isSimpleTarget(t: ast.ExprNode): boolean {
  if (t.kind === 'Name') return true;
  if (t.kind === 'Starred') return isSimpleTarget(t.value);
  return (t.kind === 'Tuple' || t.kind === 'List') && t.elts.every(isSimpleTarget);
}

/** Statements that store `value` (pure unless the target is simple) into `target`. */
export function assignTarget(ctx: Ctx, fn: FnCtx, target: ast.ExprNode, value: ES.Expression): ES.Statement[] {
  return assignInner(ctx, fn, target, value).map((s) => withLoc(ctx, target, s));
}

function assignInner(ctx: Ctx, fn: FnCtx, t: ast.ExprNode, value: ES.Expression): ES.Statement[] {
  switch (t.kind) {
    case 'Name':
      return [b.exprStmt(storeName(ctx, fn, t, t.id, value))];
    case 'Attribute':
      return [b.exprStmt(b.rtCall('setattr', [lowerExpr(ctx, fn, t.value), b.literal(attrName(fn, t.attr)), value]))];
    case 'Subscript':
      return [b.exprStmt(b.rtCall('setitem', [lowerExpr(ctx, fn, t.value), lowerExpr(ctx, fn, t.slice), value]))];
    case 'Tuple':
    case 'List':
      return unpackInto(ctx, fn, t.elts, value);
    case 'Starred':
      unsupported(ctx, t, 'a starred assignment target outside a tuple or list');
      return [];
    default:
      unsupported(ctx, t, `assignment to ${t.kind}`);
      return [];
  }
}

function unpackInto(ctx: Ctx, fn: FnCtx, elts: ast.ExprNode[], value: ES.Expression): ES.Statement[] {
  const star = elts.findIndex((e) => e.kind === 'Starred');
  const u = temp(ctx, fn, 'u');
  const out: ES.Statement[] = [];
  const unpack = star < 0
    ? b.rtCall('unpack', [value, b.literal(elts.length)])
    : b.rtCall('unpackStar', [value, b.literal(star), b.literal(elts.length - star - 1)]);
  out.push(b.exprStmt(b.assign(b.id(u), unpack)));
  elts.forEach((e, i) => {
    const target = e.kind === 'Starred' ? e.value : e;
    out.push(...assignTarget(ctx, fn, target, b.index(b.id(u), i)));
  });
  return out;
}

/** `del target`. */
export function deleteTarget(ctx: Ctx, fn: FnCtx, t: ast.ExprNode): ES.Statement[] {
  const stmts = ((): ES.Statement[] => {
    switch (t.kind) {
      case 'Name': return deleteName(ctx, fn, t, t.id);
      case 'Attribute':
        return [b.exprStmt(b.rtCall('delattr', [lowerExpr(ctx, fn, t.value), b.literal(attrName(fn, t.attr))]))];
      case 'Subscript':
        return [b.exprStmt(b.rtCall('delitem', [lowerExpr(ctx, fn, t.value), lowerExpr(ctx, fn, t.slice)]))];
      case 'Tuple':
      case 'List':
        return t.elts.flatMap((e) => deleteTarget(ctx, fn, e));
      default:
        unsupported(ctx, t, `del of ${t.kind}`);
        return [];
    }
  })();
  return stmts.map((s) => withLoc(ctx, t, s));
}
