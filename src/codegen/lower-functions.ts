// Lowering of `def`, `lambda` and `return`, and the shared shape of an emitted Python function:
//
//   f$ = $rt.call(deco, $rt.def(function f$f(a$, b$) {
//     if (--$s.ops < 0) $rt.outOfOps();
//     if (++$s.depth > $s.maxDepth) $rt.tooDeep();
//     try { let x$, $t1; BODY; return null; } finally { $s.depth--; }
//   }, { name: 'f', qualname: 'f', params: ['a', 'b'], ..., defaults: [...], kwdefaults: null, generator: false }));
//
// Parameters arrive in FunctionMeta order (positional-only, positional-or-keyword, *args,
// keyword-only, **kwargs). Decorators are evaluated first, then defaults, then keyword-only
// defaults (all inside `meta`, at def time), then the decorators are applied bottom-up — the JS
// argument order of the nested calls above gives exactly CPython's order. Annotations are never
// evaluated: they cost time, can fail, and Corral exposes no __annotations__.
// Generators are `function*` without the depth bookkeeping (the runtime brackets each resume).

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import type { Scope } from '../restrict/binding.js';
import * as b from './builders.js';
import { newFn, unsupported, withLoc, type Ctx, type FnCtx } from './context.js';
import { opsTick, withDepth } from './guards.js';
import { mangle } from './mangle.js';
import { storeName } from './names.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerBlock } from './lower-statements.js';
import { comprehensionSafeReads, safeReads } from './definite-assignment.js';

/** Parameters in FunctionMeta order. */
export function orderedParams(args: ast.Arguments): ast.Arg[] {
  return [
    ...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []),
    ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : []),
  ];
}

/** A parameter's JS-variable name (as written) and its keyword name (`__p` in class C is `_C__p`). */
export function paramName(ctx: Ctx, p: ast.Arg, keyword = false): string {
  const r = ctx.resolution.names.get(p);
  if (r?.kind !== 'local' && r?.kind !== 'cell') return p.arg;
  return keyword ? r.symbol.privateName : r.symbol.name;
}

/** Names that a function body may unbind (del, except-as): their reads are always checked. */
function unbindable(body: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(body)) {
    for (const s of body) unbindable(s, out);
    return out;
  }
  if (body === null || typeof body !== 'object') return out;
  const n = body as { kind?: string; [k: string]: unknown };
  switch (n.kind) {
    case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': case 'Lambda':
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      return out;
    case 'Delete':
      collectDeleted((n as unknown as ast.Delete).targets, out);
      return out;
    case 'ExceptHandler': {
      const h = n as unknown as ast.ExceptHandler;
      if (h.name !== null) out.add(h.name);
      break;
    }
    default: break;
  }
  for (const v of Object.values(n)) if (v && typeof v === 'object') unbindable(v, out);
  return out;
}

function collectDeleted(targets: ast.ExprNode[], out: Set<string>): void {
  for (const t of targets) {
    if (t.kind === 'Name') out.add(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') collectDeleted(t.elts, out);
  }
}

/**
 * The JS function for a Python function-like scope: prologue, local declarations and body.
 * `lowerBody` lowers the statements with the new FnCtx (so temporaries land in it).
 */
export function buildFunction(
  ctx: Ctx, parent: FnCtx, scope: Scope, jsName: string, params: ast.Arg[], rawBody: unknown,
  lowerBody: (fn: FnCtx) => ES.Statement[], kind: 'function' | 'comprehension' = 'function',
  extraParams: string[] = [],
): ES.FunctionExpression {
  const fn = newFn(kind, scope, parent, scope.isGenerator);
  const unbound = unbindable(rawBody);
  const paramNames = params.map((p) => mangle(paramName(ctx, p), 'local'));
  params.forEach((p, i) => { if (!unbound.has(p.arg)) fn.alwaysBound.add(paramNames[i]!); });
  fn.firstParam = paramNames[0] ?? null;
  const reads = kind === 'comprehension'
    ? comprehensionSafeReads(ctx.resolution, rawBody as Parameters<typeof comprehensionSafeReads>[1])
    : safeReads(scope, params.map((p) => paramName(ctx, p)), rawBody as ast.Stmt[] | ast.ExprNode, unbound);
  for (const r of reads) ctx.safeReads.add(r);
  const body = lowerBody(fn);
  const locals = [...scope.symbols.values()]
    .filter((sym) => sym.kind === 'local' && !sym.isParam)
    .map((sym) => mangle(sym.name, 'local'));
  const decls = [...new Set([...locals, ...fn.temps])];
  const inner = [...(decls.length ? [b.letDecl(decls)] : []), ...body];
  const last = inner[inner.length - 1];
  if (last?.type !== 'ReturnStatement') inner.push(b.returnStmt(b.literal(null)));
  const stmts = [...opsTick(ctx), ...(fn.generator ? inner : withDepth(inner))];
  ctx.codeNames[jsName] = scope.name;
  return b.fn(jsName, [...extraParams, ...paramNames].map(b.id), stmts, fn.generator);
}

/** The docstring of a def or class body (a leading string-constant statement), as a 0- or 1-item list. */
export function docstringOf(body: ast.Stmt[] | ast.ExprNode): string[] {
  if (!Array.isArray(body) || body.length === 0) return [];
  const first = body[0]!;
  if (first.kind !== 'Expr' || first.value.kind !== 'Constant') return [];
  const c = first.value.value;
  return c.type === 'str' ? [c.value] : [];
}

/** The `$rt.def(function ..., meta)` expression for a def or lambda (without decorators). */
function defExpr(ctx: Ctx, fn: FnCtx, node: ast.FunctionDef | ast.Lambda, jsName: string, body: ast.Stmt[] | ast.ExprNode): ES.Expression {
  const scope = ctx.resolution.scopes.get(node);
  if (!scope) {
    unsupported(ctx, node, 'a function the scope pass did not see');
    return b.literal(null);
  }
  const a = node.args;
  // Defaults are evaluated in the enclosing scope, before the function exists.
  const defaults = a.defaults.map((d) => lowerExpr(ctx, fn, d));
  const kwdefaults: [string, ES.Expression][] = [];
  a.kwonlyargs.forEach((arg, i) => {
    const d = a.kw_defaults[i];
    if (!d) return;
    const name = paramName(ctx, arg, true);
    if (name === '__proto__') unsupported(ctx, arg, "a keyword-only parameter named '__proto__'");
    kwdefaults.push([name, lowerExpr(ctx, fn, d)]);
  });
  const params = orderedParams(a);
  const jsFn = buildFunction(ctx, fn, scope, jsName, params, body, (inner) => Array.isArray(body)
    ? lowerBlock(ctx, inner, body)
    : [withLoc(ctx, body, b.returnStmt(lowerExpr(ctx, inner, body)))]);
  const meta = b.object([
    ['name', b.literal(scope.name)],
    ['qualname', b.literal(scope.qualname)],
    ['params', b.array(params.map((p) => b.literal(paramName(ctx, p, true))))],
    ['posonly', b.literal(a.posonlyargs.length)],
    ['positional', b.literal(a.posonlyargs.length + a.args.length)],
    ['varargs', b.literal(a.vararg !== null)],
    ['kwonly', b.literal(a.kwonlyargs.length)],
    ['varkw', b.literal(a.kwarg !== null)],
    ['defaults', b.array(defaults)],
    ['kwdefaults', kwdefaults.length ? b.object(kwdefaults) : b.literal(null)],
    ['generator', b.literal(scope.isGenerator)],
    ...docstringOf(body).map((d): [string, ES.Expression] => ['doc', b.literal(d)]),
  ]);
  return b.rtCall('def', [jsFn, meta]);
}

/** Applies decorators bottom-up; they were evaluated first because they come first in JS order. */
export function decorate(ctx: Ctx, fn: FnCtx, decorators: ast.ExprNode[], inner: () => ES.Expression): ES.Expression {
  const decos = decorators.map((d) => lowerExpr(ctx, fn, d));
  let value = inner();
  for (let i = decos.length - 1; i >= 0; i--) value = withLoc(ctx, decorators[i]!, b.rtCall('call', [decos[i]!, value]));
  return value;
}

export function lowerFunctionDef(ctx: Ctx, fn: FnCtx, s: ast.FunctionDef): ES.Statement[] {
  const value = decorate(ctx, fn, s.decorator_list, () => defExpr(ctx, fn, s, mangle(s.name, 'function'), s.body));
  return [b.exprStmt(storeName(ctx, fn, s, s.name, value))];
}

export function lowerLambda(ctx: Ctx, fn: FnCtx, e: ast.Lambda): ES.Expression {
  return defExpr(ctx, fn, e, '$lambda', e.body);
}

export function lowerReturn(ctx: Ctx, fn: FnCtx, s: ast.Return): ES.Statement[] {
  if (fn.kind !== 'function') {
    unsupported(ctx, s, "'return' outside a function");
    return [];
  }
  return [b.returnStmt(s.value ? lowerExpr(ctx, fn, s.value) : b.literal(null))];
}
