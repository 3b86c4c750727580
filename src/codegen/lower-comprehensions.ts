// Lowering of list/set/dict comprehensions and generator expressions. As in CPython, each is a
// function of its own, called at once with the iterator of the FIRST iterable, which is evaluated
// in the enclosing scope:
//
//   (function $listcomp($it) { tick; depth; try { let x$, $r1;
//      $r1 = $rt.list([]);
//      for (x$ of $it) { tick; if (!$rt.truthy(cond)) continue; $rt.listAppend($r1, elt); }
//      return $r1; } finally { $s.depth--; } })($rt.iterate(xs))
//
// Loop variables are declared once per comprehension call (not per iteration), so closures over
// them see the last value, as in Python. A generator expression is a `function*` wrapped by
// `$rt.genexp(gen, '<genexpr>', qualname)`.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import { assertNever } from '../parser/ast.js';
import * as b from './builders.js';
import { fresh, temp, unsupported, withLoc, type Ctx, type FnCtx } from './context.js';
import { opsTick } from './guards.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerTest } from './lower-tests.js';
import { assignTarget } from './lower-targets.js';
import { directLoopVar } from './lower-control.js';
import { buildFunction } from './lower-functions.js';

type CompNode = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

const JS_NAME: Record<CompNode['kind'], string> = {
  ListComp: '$listcomp', SetComp: '$setcomp', DictComp: '$dictcomp', GeneratorExp: '$genexpr',
};

export function lowerComprehension(ctx: Ctx, fn: FnCtx, e: CompNode): ES.Expression {
  const scope = ctx.resolution.scopes.get(e);
  if (!scope) {
    unsupported(ctx, e, 'a comprehension the scope pass did not see');
    return b.literal(null);
  }
  if (e.generators.some((g) => g.is_async)) {
    unsupported(ctx, e, "'async for' in a comprehension");
    return b.literal(null);
  }
  const first = b.rtCall('iterate', [lowerExpr(ctx, fn, e.generators[0]!.iter)]);
  const jsName = JS_NAME[e.kind];
  const func = buildFunction(ctx, fn, scope, jsName, [], e, (inner) => comprehensionBody(ctx, inner, e), 'comprehension', ['$it']);
  // The first iterable's `$rt.iterate` call keeps the comprehension's location (stamped by the
  // caller): V8 reports the comprehension's frame in its caller at `})(`, mapped to what follows.
  const called = b.call(func, [first]);
  if (e.kind !== 'GeneratorExp') return called;
  return b.rtCall('genexp', [called, b.literal(scope.name), b.literal(scope.qualname)]);
}

function comprehensionBody(ctx: Ctx, fn: FnCtx, e: CompNode): ES.Statement[] {
  const result = e.kind === 'GeneratorExp' ? null : temp(ctx, fn, 'r');
  let innermost: ES.Statement[];
  switch (e.kind) {
    case 'ListComp':
      innermost = [b.exprStmt(b.rtCall('listAppend', [b.id(result!), lowerExpr(ctx, fn, e.elt)]))];
      break;
    case 'SetComp':
      innermost = [b.exprStmt(b.rtCall('setAdd', [b.id(result!), lowerExpr(ctx, fn, e.elt)]))];
      break;
    case 'DictComp':
      innermost = [b.exprStmt(b.rtCall('dictSet', [b.id(result!), lowerExpr(ctx, fn, e.key), lowerExpr(ctx, fn, e.value)]))];
      break;
    case 'GeneratorExp':
      innermost = [b.exprStmt(b.yieldExpr(lowerExpr(ctx, fn, e.elt)))];
      break;
    default: return assertNever(e, 'comprehension');
  }
  // Build the loops from the innermost out; element expressions were lowered first above, which is
  // fine: lowering order only affects temporary numbering, not evaluation order.
  let body = innermost;
  for (let i = e.generators.length - 1; i >= 0; i--) {
    body = [loop(ctx, fn, e.generators[i]!, i === 0, body)];
  }
  const init: ES.Statement[] = [];
  if (result !== null) {
    const make = e.kind === 'ListComp' ? b.rtCall('list', [b.array([])])
      : e.kind === 'SetComp' ? b.rtCall('set', [b.array([])]) : b.rtCall('dict', [b.array([])]);
    init.push(b.exprStmt(b.assign(b.id(result), make)));
  }
  return [...init, ...body, b.returnStmt(result !== null ? b.id(result) : b.literal(null))];
}

function loop(ctx: Ctx, fn: FnCtx, g: ast.Comprehension, first: boolean, inner: ES.Statement[]): ES.Statement {
  const iter = first ? b.id('$it') : b.rtCall('iterate', [lowerExpr(ctx, fn, g.iter)]);
  const direct = directLoopVar(ctx, g.target);
  let left: ES.VariableDeclaration | ES.Pattern;
  let pre: ES.Statement[] = [];
  if (direct !== null) left = b.id(direct);
  else {
    const item = fresh(ctx, 'i');
    left = { type: 'VariableDeclaration', kind: 'const', declarations: [{ type: 'VariableDeclarator', id: b.id(item), init: null }] };
    pre = assignTarget(ctx, fn, g.target, b.id(item));
  }
  const filters = g.ifs.map((t) => withLoc(ctx, t, b.ifBare(b.unary('!', lowerTest(ctx, fn, t)), b.continueStmt())));
  return withLoc(ctx, g, b.forOf(left, iter, [...opsTick(ctx), ...pre, ...filters, ...inner]));
}
