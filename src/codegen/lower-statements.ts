// Lowering of Python statements: the dispatch over statement kinds and the simple statements
// (assignments, del, imports, assert, raise, expression statements). Control flow is in
// lower-control.ts, try/with in lower-exceptions.ts, def/return in lower-functions.ts, class in
// lower-classes.ts. Every emitted statement carries the Python statement's location.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import { assertNever } from '../parser/ast.js';
import * as b from './builders.js';
import { temp, unsupported, withLoc, type Ctx, type FnCtx } from './context.js';
import { attrName, readName, storeName } from './names.js';
import { AUGOP_HELPER, lowerExpr } from './lower-expressions.js';
import { assignTarget, deleteTarget, isSimpleTarget } from './lower-targets.js';
import { lowerBreak, lowerContinue, lowerFor, lowerIf, lowerWhile } from './lower-control.js';
import { lowerTry, lowerWith } from './lower-exceptions.js';
import { lowerFunctionDef, lowerReturn } from './lower-functions.js';
import { lowerClassDef } from './lower-classes.js';
import { lowerMatch } from './lower-match.js';

export function lowerBlock(ctx: Ctx, fn: FnCtx, body: ast.Stmt[]): ES.Statement[] {
  return body.flatMap((s) => lowerStmt(ctx, fn, s));
}

export function lowerStmt(ctx: Ctx, fn: FnCtx, s: ast.Stmt): ES.Statement[] {
  return lowerStmtInner(ctx, fn, s).map((out) => withLoc(ctx, s, out));
}

function lowerStmtInner(ctx: Ctx, fn: FnCtx, s: ast.Stmt): ES.Statement[] {
  switch (s.kind) {
    case 'Expr':
      // A constant statement (a docstring) has no effect; dropping it also keeps a string from
      // landing in a JS directive prologue.
      return s.value.kind === 'Constant' ? [] : [b.exprStmt(lowerExpr(ctx, fn, s.value))];
    case 'Assign': return lowerAssign(ctx, fn, s);
    case 'AugAssign': return lowerAugAssign(ctx, fn, s);
    case 'AnnAssign':
      // Annotations are never evaluated (as if `from __future__ import annotations`, minus
      // __annotations__): an annotated name without a value binds nothing; `a.b: int` and
      // `a[k]: int` still evaluate `a` (and `k`), as CPython does.
      if (s.value) return lowerAssign(ctx, fn, { ...s, kind: 'Assign', targets: [s.target], value: s.value });
      if (s.target.kind === 'Attribute') return [b.exprStmt(lowerExpr(ctx, fn, s.target.value))];
      if (s.target.kind === 'Subscript') {
        return [b.exprStmt(lowerExpr(ctx, fn, s.target.value)), b.exprStmt(lowerExpr(ctx, fn, s.target.slice))];
      }
      return [];
    case 'Delete': return s.targets.flatMap((t) => deleteTarget(ctx, fn, t));
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return [];
    case 'If': return lowerIf(ctx, fn, s);
    case 'While': return lowerWhile(ctx, fn, s);
    case 'For': return lowerFor(ctx, fn, s);
    case 'Break': return lowerBreak(ctx, fn, s);
    case 'Continue': return lowerContinue(ctx, fn, s);
    case 'Try': return lowerTry(ctx, fn, s);
    case 'With': return lowerWith(ctx, fn, s);
    case 'FunctionDef': return lowerFunctionDef(ctx, fn, s);
    case 'Return': return lowerReturn(ctx, fn, s);
    case 'ClassDef': return lowerClassDef(ctx, fn, s);
    case 'Raise': return [b.exprStmt(lowerRaise(ctx, fn, s))];
    case 'Assert': return lowerAssert(ctx, fn, s);
    case 'Import': return lowerImport(ctx, fn, s);
    case 'ImportFrom': return lowerImportFrom(ctx, fn, s);
    case 'Match': return lowerMatch(ctx, fn, s);
    case 'AsyncFunctionDef':
    case 'AsyncFor':
    case 'AsyncWith':
    case 'TryStar': {
      const what: Record<typeof s.kind, string> = {
        AsyncFunctionDef: "'async def'", AsyncFor: "'async for'", AsyncWith: "'async with'", TryStar: "'except*'",
      };
      unsupported(ctx, s, what[s.kind]);
      return [];
    }
    default: return assertNever(s, 'statement');
  }
}

function lowerAssign(ctx: Ctx, fn: FnCtx, s: ast.Assign): ES.Statement[] {
  const parallel = lowerParallelAssign(ctx, fn, s);
  if (parallel) return parallel;
  const value = lowerExpr(ctx, fn, s.value);
  // A literal or an unchecked variable read cannot fail, and it cannot change while a target made
  // of names and constants is evaluated (no script code runs), so `self.x = x` needs no temporary.
  const pure = value.type === 'Literal' || value.type === 'Identifier';
  const target = s.targets[0]!;
  if (s.targets.length === 1 && (isSimpleTarget(target) || (pure && runsNoCode(target)))) {
    return assignTarget(ctx, fn, s.targets[0]!, value);
  }
  // The value is evaluated once, then stored into each target left to right.
  const t = temp(ctx, fn, 'v');
  return [
    b.exprStmt(b.assign(b.id(t), value)),
    ...s.targets.flatMap((target) => assignTarget(ctx, fn, target, b.id(t))),
  ];
}

/**
 * `a, b = b, a + b`: a display unpacked into as many names needs neither the tuple nor the unpack.
 * Every item is evaluated into a temporary first, then the names are stored left to right, which is
 * exactly what CPython observably does (the lengths match, so unpacking cannot fail).
 */
function lowerParallelAssign(ctx: Ctx, fn: FnCtx, s: ast.Assign): ES.Statement[] | null {
  const target = s.targets[0]!;
  const value = s.value;
  if (s.targets.length !== 1 || (target.kind !== 'Tuple' && target.kind !== 'List')) return null;
  if ((value.kind !== 'Tuple' && value.kind !== 'List') || value.elts.length !== target.elts.length) return null;
  if (value.elts.some((e) => e.kind === 'Starred') || !target.elts.every((t) => t.kind === 'Name')) return null;
  const temps = value.elts.map(() => temp(ctx, fn, 'p'));
  return [
    ...value.elts.map((e, i) => withLoc(ctx, e, b.exprStmt(b.assign(b.id(temps[i]!), lowerExpr(ctx, fn, e))))),
    ...target.elts.flatMap((t, i) => assignTarget(ctx, fn, t, b.id(temps[i]!))),
  ];
}

/** An attribute/subscript target whose object and key are names or constants. */
function runsNoCode(t: ast.ExprNode): boolean {
  const leaf = (e: ast.ExprNode): boolean => e.kind === 'Name' || e.kind === 'Constant';
  if (t.kind === 'Attribute') return leaf(t.value);
  if (t.kind === 'Subscript') return leaf(t.value) && leaf(t.slice);
  return false;
}

function lowerAugAssign(ctx: Ctx, fn: FnCtx, s: ast.AugAssign): ES.Statement[] {
  const helper = AUGOP_HELPER[s.op];
  const t = s.target;
  switch (t.kind) {
    case 'Name': {
      // The read fails (unbound) at the target's span, the operation at the statement's (CPython).
      const value = b.rtCall(helper, [withLoc(ctx, t, readName(ctx, fn, t, t.id)), lowerExpr(ctx, fn, s.value)]);
      return [b.exprStmt(storeName(ctx, fn, t, t.id, value))];
    }
    case 'Attribute': {
      const o = temp(ctx, fn);
      const get = withLoc(ctx, t, b.rtCall('getattr', [b.id(o), b.literal(attrName(fn, t.attr))]));
      return [
        b.exprStmt(b.assign(b.id(o), lowerExpr(ctx, fn, t.value))),
        b.exprStmt(b.rtCall('setattr', [b.id(o), b.literal(attrName(fn, t.attr)), b.rtCall(helper, [get, lowerExpr(ctx, fn, s.value)])])),
      ];
    }
    case 'Subscript': {
      const o = temp(ctx, fn);
      const k = temp(ctx, fn);
      const get = withLoc(ctx, t, b.rtCall('getitem', [b.id(o), b.id(k)]));
      return [
        b.exprStmt(b.assign(b.id(o), lowerExpr(ctx, fn, t.value))),
        b.exprStmt(b.assign(b.id(k), lowerExpr(ctx, fn, t.slice))),
        b.exprStmt(b.rtCall('setitem', [b.id(o), b.id(k), b.rtCall(helper, [get, lowerExpr(ctx, fn, s.value)])])),
      ];
    }
    default:
      unsupported(ctx, t, `augmented assignment to ${t.kind}`);
      return [];
  }
}

function lowerRaise(ctx: Ctx, fn: FnCtx, s: ast.Raise): ES.Expression {
  if (!s.exc) return b.rtCall('reraise', []);
  const cause = s.cause ? lowerExpr(ctx, fn, s.cause) : b.literal(null);
  return b.rtCall('raise', [lowerExpr(ctx, fn, s.exc), cause, b.literal(s.cause !== null)]);
}

function lowerAssert(ctx: Ctx, fn: FnCtx, s: ast.Assert): ES.Statement[] {
  // CPython raises the AssertionError at the test's span, not the statement's.
  const fail = withLoc(ctx, s.test, b.rtCall('assertFail', s.msg ? [lowerExpr(ctx, fn, s.msg)] : []));
  return [b.exprStmt(b.logical('||', b.rtCall('truthy', [lowerExpr(ctx, fn, s.test)]), fail))];
}

function lowerImport(ctx: Ctx, fn: FnCtx, s: ast.Import): ES.Statement[] {
  return s.names.flatMap((a) => {
    if (a.asname !== null) {
      return [b.exprStmt(storeName(ctx, fn, a, a.asname, b.rtCall('import', [b.literal(a.name)])))];
    }
    // `import a.b` imports a.b, then binds `a` to the top-level package.
    const top = a.name.split('.')[0]!;
    const out: ES.Statement[] = [];
    if (top !== a.name) out.push(b.exprStmt(b.rtCall('import', [b.literal(a.name)])));
    out.push(b.exprStmt(storeName(ctx, fn, a, top, b.rtCall('import', [b.literal(top)]))));
    return out;
  });
}

function lowerImportFrom(ctx: Ctx, fn: FnCtx, s: ast.ImportFrom): ES.Statement[] {
  // A future import is a compiler directive; the restriction pass has accepted only known features.
  if (s.module === '__future__' && s.level === 0) return [];
  if (s.level > 0 || s.module === null) {
    unsupported(ctx, s, 'a relative import');
    return [];
  }
  const m = temp(ctx, fn, 'm');
  const out: ES.Statement[] = [b.exprStmt(b.assign(b.id(m), b.rtCall('import', [b.literal(s.module)])))];
  for (const a of s.names) {
    if (a.name === '*') {
      unsupported(ctx, a, "'from ... import *'");
      continue;
    }
    const value = b.rtCall('importFrom', [b.id(m), b.literal(a.name)]);
    out.push(withLoc(ctx, a, b.exprStmt(storeName(ctx, fn, a, a.asname ?? a.name, value))));
  }
  return out;
}
