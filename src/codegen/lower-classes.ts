// Lowering of class definitions. CPython's order: decorators, bases, keywords, then the body runs
// in a fresh namespace, then the class is built, then decorators apply bottom-up:
//
//   $d1 = deco; $cb2 = [bases]; $kv3 = [kw values];     // temporaries only when there are keywords
//   $k4 = $rt.makeClass('C', 'C', $cb2, (function C$c($ns) { tick; depth; try { BODY; return $ns; }
//          finally { $s.depth--; } })($rt.classNamespace('C', 'C')), ['kw'], $kv3);
//   $class5 = $k4;                              // only when a method uses super() or __class__
//   C$g = $rt.call($d1, $k4);
//
// Class-body names live in `$ns` (see names.ts). The class cell `$classN` is a `let` in a block
// around the statement, so the methods (closures inside the body function) see it once assigned.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import type { Scope } from '../restrict/binding.js';
import * as b from './builders.js';
import { fresh, newFn, temp, unsupported, withLoc, type Ctx, type FnCtx } from './context.js';
import { opsTick, withDepth } from './guards.js';
import { mangle } from './mangle.js';
import { storeName } from './names.js';
import { lowerExpr } from './lower-expressions.js';
import { docstringOf } from './lower-functions.js';
import { lowerItems } from './lower-displays.js';
import { lowerBlock } from './lower-statements.js';

function needsCell(scope: Scope): boolean {
  return scope.children.some((c) => c.kind !== 'class' && (c.needsClassCell || needsCell(c)));
}

export function lowerClassDef(ctx: Ctx, fn: FnCtx, s: ast.ClassDef): ES.Statement[] {
  const scope = ctx.resolution.scopes.get(s);
  if (!scope) {
    unsupported(ctx, s, 'a class the scope pass did not see');
    return [];
  }
  const out: ES.Statement[] = [];
  const decos = s.decorator_list.map((d) => {
    const t = temp(ctx, fn, 'd');
    out.push(withLoc(ctx, d, b.exprStmt(b.assign(b.id(t), lowerExpr(ctx, fn, d)))));
    return { t, node: d };
  });
  if (s.keywords.some((k) => k.arg === null)) {
    unsupported(ctx, s, "'**' in a class definition");
    return [];
  }
  let bases: ES.Expression = lowerItems(ctx, fn, s.bases);
  let kwvalues: ES.Expression = b.array([]);
  if (s.keywords.length) {
    // Keywords are evaluated before the body runs, so they cannot be inline after it.
    const bt = temp(ctx, fn, 'cb');
    out.push(b.exprStmt(b.assign(b.id(bt), bases)));
    bases = b.id(bt);
    const kt = temp(ctx, fn, 'kv');
    out.push(b.exprStmt(b.assign(b.id(kt), b.array(s.keywords.map((k) => lowerExpr(ctx, fn, k.value))))));
    kwvalues = b.id(kt);
  }
  // The cell is block-scoped: a class statement run again (in a loop) gets a fresh cell, so the
  // methods of the earlier class keep seeing their own class.
  const cell = needsCell(scope) ? fresh(ctx, 'class') : null;
  const body = classBody(ctx, fn, scope, s, cell);
  const ns = b.rtCall('classNamespace', [b.literal(scope.name), b.literal(scope.qualname)]);
  const k = temp(ctx, fn, 'k');
  out.push(b.exprStmt(b.assign(b.id(k), b.rtCall('makeClass', [
    b.literal(scope.name), b.literal(scope.qualname), bases, b.call(body, [ns]),
    b.array(s.keywords.map((kw) => b.literal(kw.arg!))), kwvalues,
  ]))));
  if (cell) out.push(b.exprStmt(b.assign(b.id(cell), b.id(k))));
  let value: ES.Expression = b.id(k);
  for (let i = decos.length - 1; i >= 0; i--) value = withLoc(ctx, decos[i]!.node, b.rtCall('call', [b.id(decos[i]!.t), value]));
  out.push(b.exprStmt(storeName(ctx, fn, s, s.name, value)));
  return cell ? [b.block([b.letDecl([cell]), ...out])] : out;
}

function classBody(ctx: Ctx, parent: FnCtx, scope: Scope, s: ast.ClassDef, cell: string | null): ES.FunctionExpression {
  const fn = newFn('class', scope, parent);
  fn.classCell = cell;
  // CPython stores the docstring as the namespace's __doc__ before the body runs.
  const doc = docstringOf(s.body).map((d) => b.exprStmt(b.rtCall('classStore', [b.id('$ns'), b.literal('__doc__'), b.literal(d)])));
  const body = [...doc, ...lowerBlock(ctx, fn, s.body)];
  const inner = [...(fn.temps.length ? [b.letDecl(fn.temps)] : []), ...body, b.returnStmt(b.id('$ns'))];
  const jsName = mangle(s.name, 'class');
  ctx.codeNames[jsName] = scope.name;
  return b.fn(jsName, [b.id('$ns')], [...opsTick(ctx), ...withDepth(inner)]);
}
