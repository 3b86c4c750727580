// Resolver pass 1, statements and match patterns: builds the scope tree, records CPython's
// DEF_* flags for every name in every scope and every name site, and reports the errors that
// symtable.c and compile.c find while walking (global after use, duplicate parameters, 'return'
// outside function, 'break' outside loop, ...). Pass 2 (analyze.ts) classifies the names.

import { assertNever } from '../parser/ast.js';
import type * as ast from '../parser/ast.js';
import {
  addDef, addSite, flagsOf, newState, openScope,
  DEF_ANNOT, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE,
  type CollectState, type Ctx,
} from './collect-state.js';
import { visitArgAnnotations, visitDefaults, visitExpr, visitExprs, visitParams } from './collect-expr.js';
import { scopeError, scopeMessages } from './scope-errors.js';
import { matchPatternError } from './pattern-errors.js';

export function collect(module: ast.Module): CollectState {
  const state = newState();
  const info = openScope(state, null, module, 'module', '<module>');
  visitStmts(state, { info, inLoop: false }, module.body);
  return state;
}

function visitStmts(state: CollectState, ctx: Ctx, body: readonly ast.Stmt[]): void {
  for (const stmt of body) visitStmt(state, ctx, stmt);
}

function visitStmt(state: CollectState, ctx: Ctx, node: ast.Stmt): void {
  const { info } = ctx;
  const loop: Ctx = { info, inLoop: true };
  const noLoop: Ctx = { info, inLoop: ctx.inLoop };
  switch (node.kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef': {
      addSite(state, info, node, node.name, DEF_LOCAL);
      visitDefaults(state, ctx, node.args);
      visitArgAnnotations(state, ctx, node.args);
      if (node.returns) visitExpr(state, ctx, node.returns);
      visitExprs(state, ctx, node.decorator_list);
      const inner = openScope(state, info, node, 'function', node.name);
      visitParams(state, inner, node.args);
      visitStmts(state, { info: inner, inLoop: false }, node.body);
      if (inner.scope.isAsync && inner.scope.isGenerator) {
        for (const at of inner.valueReturns) state.diagnostics.push(scopeError(at, scopeMessages.returnValueInAsyncGenerator()));
      }
      return;
    }
    case 'ClassDef': {
      addSite(state, info, node, node.name, DEF_LOCAL);
      visitExprs(state, ctx, node.bases);
      for (const kw of node.keywords) visitExpr(state, ctx, kw.value);
      visitExprs(state, ctx, node.decorator_list);
      const inner = openScope(state, info, node, 'class', node.name);
      visitStmts(state, { info: inner, inLoop: false }, node.body);
      return;
    }
    case 'Return': {
      if (info.scope.kind !== 'function') state.diagnostics.push(scopeError(node, scopeMessages.returnOutsideFunction()));
      if (node.value) {
        info.valueReturns.push({ start: node.start, end: node.end });
        visitExpr(state, ctx, node.value);
      }
      return;
    }
    case 'Delete': return visitExprs(state, ctx, node.targets);
    case 'Assign': return visitExprs(state, ctx, [...node.targets, node.value]);
    case 'AugAssign': return visitExprs(state, ctx, [node.target, node.value]);
    case 'AnnAssign': return visitAnnAssign(state, ctx, node);
    case 'For':
    case 'AsyncFor': {
      if (node.kind === 'AsyncFor') checkAsyncStatement(state, ctx, node, 'for');
      visitExprs(state, ctx, [node.target, node.iter]);
      visitStmts(state, loop, node.body);
      visitStmts(state, noLoop, node.orelse);
      return;
    }
    case 'While': {
      visitExpr(state, ctx, node.test);
      visitStmts(state, loop, node.body);
      visitStmts(state, noLoop, node.orelse);
      return;
    }
    case 'If': {
      visitExpr(state, ctx, node.test);
      visitStmts(state, ctx, node.body);
      visitStmts(state, ctx, node.orelse);
      return;
    }
    case 'With':
    case 'AsyncWith': {
      if (node.kind === 'AsyncWith') checkAsyncStatement(state, ctx, node, 'with');
      for (const item of node.items) visitExprs(state, ctx, [item.context_expr, item.optional_vars]);
      visitStmts(state, ctx, node.body);
      return;
    }
    case 'Match': {
      const patternError = matchPatternError(node);
      if (patternError) state.diagnostics.push(patternError);
      visitExpr(state, ctx, node.subject);
      for (const c of node.cases) {
        visitPattern(state, ctx, c.pattern);
        if (c.guard) visitExpr(state, ctx, c.guard);
        visitStmts(state, ctx, c.body);
      }
      return;
    }
    case 'Raise': return visitExprs(state, ctx, [node.exc, node.cause]);
    case 'Try':
    case 'TryStar': {
      visitStmts(state, ctx, node.body);
      node.handlers.forEach((handler, i) => {
        if (handler.type === null && i < node.handlers.length - 1) {
          state.diagnostics.push(scopeError(handler, scopeMessages.defaultExceptNotLast()));
        }
      });
      for (const handler of node.handlers) {
        if (handler.type) visitExpr(state, ctx, handler.type);
        if (handler.name !== null) addSite(state, info, handler, handler.name, DEF_LOCAL);
        visitStmts(state, ctx, handler.body);
      }
      visitStmts(state, ctx, node.orelse);
      visitStmts(state, ctx, node.finalbody);
      return;
    }
    case 'Assert': return visitExprs(state, ctx, [node.test, node.msg]);
    case 'Import':
      for (const alias of node.names) addSite(state, info, alias, alias.asname ?? alias.name.split('.')[0]!, DEF_IMPORT);
      return;
    case 'ImportFrom':
      for (const alias of node.names) {
        if (alias.name === '*') {
          if (info.scope.kind !== 'module') state.diagnostics.push(scopeError(alias, scopeMessages.importStarNotAtModule()));
          continue;
        }
        addSite(state, info, alias, alias.asname ?? alias.name, DEF_IMPORT);
      }
      return;
    case 'Global':
    case 'Nonlocal':
      return visitDeclaration(state, ctx, node);
    case 'Expr': return visitExpr(state, ctx, node.value);
    case 'Pass': return;
    case 'Break':
      if (!ctx.inLoop) state.diagnostics.push(scopeError(node, scopeMessages.breakOutsideLoop()));
      return;
    case 'Continue':
      if (!ctx.inLoop) state.diagnostics.push(scopeError(node, scopeMessages.continueOutsideLoop()));
      return;
    default: return assertNever(node);
  }
}

function checkAsyncStatement(state: CollectState, ctx: Ctx, node: ast.Stmt, what: 'for' | 'with'): void {
  const scope = ctx.info.scope;
  if (!(scope.kind === 'function' && scope.isAsync)) {
    state.diagnostics.push(scopeError(node, scopeMessages.asyncStatementOutsideAsync(what)));
  }
}

/** symtable.c, Global_kind / Nonlocal_kind: a declaration must come before any use or binding. */
function visitDeclaration(state: CollectState, ctx: Ctx, node: ast.Global | ast.Nonlocal): void {
  const { info } = ctx;
  const isGlobal = node.kind === 'Global';
  if (!isGlobal && info.scope.kind === 'module') {
    state.diagnostics.push(scopeError(node, scopeMessages.nonlocalAtModule()));
    return;
  }
  const m = scopeMessages;
  for (const name of node.names) {
    const cur = flagsOf(info, name);
    let message: string | null = null;
    if (cur & DEF_PARAM) message = isGlobal ? m.globalParam(name) : m.nonlocalParam(name);
    else if (cur & USE) message = isGlobal ? m.globalAfterUse(name) : m.nonlocalAfterUse(name);
    else if (cur & DEF_ANNOT) message = isGlobal ? m.globalAnnot(name) : m.nonlocalAnnot(name);
    else if (cur & DEF_LOCAL) message = isGlobal ? m.globalAfterAssign(name) : m.nonlocalAfterAssign(name);
    if (message !== null) state.diagnostics.push(scopeError(node, message));
    addDef(state, info, name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, node);
    if (!info.directives.has(name)) info.directives.set(name, { start: node.start, end: node.end });
  }
}

function visitAnnAssign(state: CollectState, ctx: Ctx, node: ast.AnnAssign): void {
  const { info } = ctx;
  const target = node.target;
  if (target.kind === 'Name') {
    const cur = flagsOf(info, target.id);
    if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && info.scope.kind !== 'module' && node.simple) {
      const message = cur & DEF_GLOBAL ? scopeMessages.globalAnnot(target.id) : scopeMessages.nonlocalAnnot(target.id);
      state.diagnostics.push(scopeError(node, message));
    }
    // A simple annotated name is local even without a value (`x: int` makes `x` local).
    const flag = node.simple ? DEF_ANNOT | DEF_LOCAL : node.value ? DEF_LOCAL : 0;
    addSite(state, info, target, target.id, flag);
  } else {
    visitExpr(state, ctx, target);
  }
  visitExpr(state, ctx, node.annotation);
  if (node.value) visitExpr(state, ctx, node.value);
}

function visitPattern(state: CollectState, ctx: Ctx, node: ast.Pattern): void {
  const { info } = ctx;
  switch (node.kind) {
    case 'MatchValue': return visitExpr(state, ctx, node.value);
    case 'MatchSingleton': return;
    case 'MatchSequence':
    case 'MatchOr':
      for (const p of node.patterns) visitPattern(state, ctx, p);
      return;
    case 'MatchMapping':
      visitExprs(state, ctx, node.keys);
      for (const p of node.patterns) visitPattern(state, ctx, p);
      if (node.rest !== null) addSite(state, info, node, node.rest, DEF_LOCAL);
      return;
    case 'MatchClass':
      visitExpr(state, ctx, node.cls);
      for (const p of [...node.patterns, ...node.kwd_patterns]) visitPattern(state, ctx, p);
      return;
    case 'MatchStar':
      if (node.name !== null) addSite(state, info, node, node.name, DEF_LOCAL);
      return;
    case 'MatchAs':
      if (node.pattern) visitPattern(state, ctx, node.pattern);
      if (node.name !== null) addSite(state, info, node, node.name, DEF_LOCAL);
      return;
    default: return assertNever(node);
  }
}
