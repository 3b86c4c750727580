// Resolver pass 1, expressions: records every Name and the scopes that expressions open (lambda
// and the four comprehensions), following symtable.c's symtable_visit_expr. The parts of a
// comprehension are split across two scopes: the first iterable is evaluated in the enclosing
// scope, everything else inside the comprehension's own function-like scope.

import { assertNever } from '../parser/ast.js';
import type * as ast from '../parser/ast.js';
import {
  addDef, addSite, comprehensionDescription, flagsOf, comprehensionName, openScope,
  DEF_COMP_ITER, DEF_GLOBAL, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE,
  type CollectState, type Ctx, type ScopeInfo,
} from './collect-state.js';
import { scopeError, scopeMessages } from './scope-errors.js';
import type { Scope } from './binding.js';

export function visitExprs(state: CollectState, ctx: Ctx, nodes: readonly (ast.ExprNode | null)[]): void {
  for (const node of nodes) if (node) visitExpr(state, ctx, node);
}

export function visitExpr(state: CollectState, ctx: Ctx, node: ast.ExprNode): void {
  const { info } = ctx;
  switch (node.kind) {
    case 'Name': {
      let flag = node.ctx === 'Load' ? USE : DEF_LOCAL;
      if (flag === DEF_LOCAL && info.compIterTarget) flag |= DEF_COMP_ITER;
      addSite(state, info, node, node.id, flag);
      // symtable.c: a load of `super` in a function counts as a use of `__class__`.
      if (node.ctx === 'Load' && node.id === 'super' && info.scope.kind !== 'class' && info.scope.kind !== 'module') {
        addDef(state, info, '__class__', USE, node);
      }
      return;
    }
    case 'NamedExpr': return visitNamedExpr(state, ctx, node);
    case 'BoolOp': return visitExprs(state, ctx, node.values);
    case 'BinOp': return visitExprs(state, ctx, [node.left, node.right]);
    case 'UnaryOp': return visitExpr(state, ctx, node.operand);
    case 'Lambda': {
      visitDefaults(state, ctx, node.args);
      const inner = openScope(state, info, node, 'function', '<lambda>');
      visitParams(state, inner, node.args);
      visitExpr(state, { info: inner, inLoop: false }, node.body);
      return;
    }
    case 'IfExp': return visitExprs(state, ctx, [node.test, node.body, node.orelse]);
    case 'Dict': {
      node.keys.forEach((key, i) => visitExprs(state, ctx, [key, node.values[i]!]));
      return;
    }
    case 'Set': return visitExprs(state, ctx, node.elts);
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      return visitComprehension(state, ctx, node, [node.elt]);
    case 'DictComp': return visitComprehension(state, ctx, node, [node.key, node.value]);
    case 'Await': {
      // In a comprehension, `await` makes the comprehension asynchronous (checked when it closes).
      if (info.scope.kind === 'comprehension') info.isCoroutine = true;
      else if (info.scope.kind !== 'function') state.diagnostics.push(scopeError(node, scopeMessages.awaitOutsideFunction()));
      else if (!info.scope.isAsync) state.diagnostics.push(scopeError(node, scopeMessages.awaitOutsideAsync()));
      return visitExpr(state, ctx, node.value);
    }
    case 'Yield':
    case 'YieldFrom': {
      const kind = info.scope.kind;
      if (kind === 'module' || kind === 'class') {
        state.diagnostics.push(scopeError(node, scopeMessages.yieldOutsideFunction()));
      } else if (kind === 'comprehension') {
        state.diagnostics.push(scopeError(node, scopeMessages.yieldInComprehension(comprehensionDescription(info.scope.node))));
      } else if (node.kind === 'YieldFrom' && info.scope.isAsync) {
        state.diagnostics.push(scopeError(node, scopeMessages.yieldFromInAsync()));
      } else {
        info.scope.isGenerator = true;
      }
      if (node.value) visitExpr(state, ctx, node.value);
      return;
    }
    case 'Compare': return visitExprs(state, ctx, [node.left, ...node.comparators]);
    case 'Call': {
      visitExprs(state, ctx, [node.func, ...node.args]);
      const seen = new Set<string>();
      for (const kw of node.keywords) {
        if (kw.arg !== null) {
          if (seen.has(kw.arg)) state.diagnostics.push(scopeError(kw, scopeMessages.keywordRepeated(kw.arg)));
          seen.add(kw.arg);
        }
        visitExpr(state, ctx, kw.value);
      }
      return;
    }
    case 'FormattedValue': {
      visitExpr(state, ctx, node.value);
      if (node.format_spec) visitExpr(state, ctx, node.format_spec);
      return;
    }
    case 'JoinedStr': return visitExprs(state, ctx, node.values);
    case 'Constant': return;
    case 'Attribute': return visitExpr(state, ctx, node.value);
    case 'Subscript': return visitExprs(state, ctx, [node.value, node.slice]);
    case 'Starred': return visitExpr(state, ctx, node.value);
    case 'List':
    case 'Tuple':
      return visitExprs(state, ctx, node.elts);
    case 'Slice': return visitExprs(state, ctx, [node.lower, node.upper, node.step]);
    default: return assertNever(node);
  }
}

/** Defaults and keyword defaults are evaluated where the def or lambda stands. */
export function visitDefaults(state: CollectState, ctx: Ctx, args: ast.Arguments): void {
  visitExprs(state, ctx, args.defaults);
  visitExprs(state, ctx, args.kw_defaults);
}

/** Annotations of parameters are evaluated where the def stands, too. */
export function visitArgAnnotations(state: CollectState, ctx: Ctx, args: ast.Arguments): void {
  for (const arg of allParams(args)) if (arg.annotation) visitExpr(state, ctx, arg.annotation);
}

export function allParams(args: ast.Arguments): ast.Arg[] {
  const out = [...args.posonlyargs, ...args.args];
  if (args.vararg) out.push(args.vararg);
  out.push(...args.kwonlyargs);
  if (args.kwarg) out.push(args.kwarg);
  return out;
}

export function visitParams(state: CollectState, info: ScopeInfo, args: ast.Arguments): void {
  for (const arg of allParams(args)) addSite(state, info, arg, arg.arg, DEF_PARAM);
}

function visitComprehension(
  state: CollectState, ctx: Ctx, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
  elements: ast.ExprNode[],
): void {
  const [first, ...rest] = node.generators;
  if (!first) return;
  // The outermost iterable is evaluated in the enclosing scope, before the comprehension runs.
  ctx.info.compIterExpr++;
  visitExpr(state, ctx, first.iter);
  ctx.info.compIterExpr--;
  const inner = openScope(state, ctx.info, node, 'comprehension', comprehensionName(node));
  const innerCtx: Ctx = { info: inner, inLoop: false };
  visitGenerator(state, innerCtx, first, false);
  for (const gen of rest) visitGenerator(state, innerCtx, gen, true);
  visitExprs(state, innerCtx, elements);
  if (node.generators.some((g) => g.is_async)) inner.isCoroutine = true;
  // compile.c: an asynchronous list/set/dict comprehension needs an async function around it; one
  // nested in another comprehension makes that one asynchronous instead. Generator expressions
  // simply become asynchronous generators.
  if (inner.isCoroutine && node.kind !== 'GeneratorExp') {
    const around = ctx.info.scope;
    if (around.kind === 'comprehension') ctx.info.isCoroutine = true;
    else if (!(around.kind === 'function' && around.isAsync)) {
      state.diagnostics.push(scopeError(node, scopeMessages.asyncComprehensionOutsideAsync()));
    }
  }
}

function visitGenerator(state: CollectState, ctx: Ctx, gen: ast.Comprehension, visitIter: boolean): void {
  ctx.info.compIterTarget = true;
  visitExpr(state, ctx, gen.target);
  ctx.info.compIterTarget = false;
  if (visitIter) {
    ctx.info.compIterExpr++;
    visitExpr(state, ctx, gen.iter);
    ctx.info.compIterExpr--;
  }
  visitExprs(state, ctx, gen.ifs);
}

/**
 * symtable_handle_namedexpr / symtable_extend_namedexpr_scope: inside a comprehension, `x := v`
 * binds `x` in the nearest enclosing function or module scope, and the comprehension sees it as
 * nonlocal (or global at module level).
 */
function visitNamedExpr(state: CollectState, ctx: Ctx, node: ast.NamedExpr): void {
  const { info } = ctx;
  if (info.compIterExpr > 0) {
    state.diagnostics.push(scopeError(node, scopeMessages.namedExprInIterable()));
    return;
  }
  if (info.scope.kind === 'comprehension') {
    const name = node.target.id;
    let target: ScopeInfo | null = info;
    while (target && target.scope.kind === 'comprehension') {
      if (flagsOf(target, name) & DEF_COMP_ITER) {
        state.diagnostics.push(scopeError(node.target, scopeMessages.namedExprRebindsIterVar(name)));
        return;
      }
      const parent: Scope | null = target.scope.parent;
      target = parent ? state.infos.get(parent)! : null;
    }
    if (!target || target.scope.kind === 'class') {
      state.diagnostics.push(scopeError(node.target, scopeMessages.namedExprInClassComprehension()));
      return;
    }
    // A name the target function declares global stays global in the comprehension too.
    const global = target.scope.kind === 'module' || (flagsOf(target, name) & DEF_GLOBAL) !== 0;
    addDef(state, info, name, global ? DEF_GLOBAL : DEF_NONLOCAL, node.target);
    addDef(state, target, name, DEF_LOCAL, node.target);
  }
  visitExpr(state, ctx, node.value);
  visitExpr(state, ctx, node.target);
}

