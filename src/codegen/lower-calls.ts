// Lowering of calls. The cheapest helper that fits is chosen statically:
//   f(a, b)              → $rt.call(f, a, b)
//   f(a, k=v)            → $rt.callKw(f, [a], ['k'], [v])
//   f(*xs, **m, ...)     → $rt.callEx($f = f, [a, ...$rt.spreadArgs([], xs, $f)], $rt.mergeKwargs(..., m, $f))
//   o.m(a) / o.m(a, k=v) → $rt.callMethod(o, 'm', a) / $rt.callMethodKw(o, 'm', [a], ['k'], [v])
//   super()              → $rt.superOf($classN, <first parameter>) inside a method
// JS evaluates callee and arguments left to right, as Python does.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import * as b from './builders.js';
import { temp, type Ctx, type FnCtx } from './context.js';
import { classCellFor, lowerExpr } from './lower-expressions.js';
import { attrName } from './names.js';

export function lowerCall(ctx: Ctx, fn: FnCtx, e: ast.Call): ES.Expression {
  const zeroSuper = zeroArgSuper(ctx, fn, e);
  if (zeroSuper) return zeroSuper;
  const starred = e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null);
  if (starred) return lowerCallEx(ctx, fn, e);
  const args = e.args.map((a) => lowerExpr(ctx, fn, a));
  const kwnames = e.keywords.map((k) => b.literal(k.arg!));
  const kwvalues = e.keywords.map((k) => lowerExpr(ctx, fn, k.value));
  if (e.func.kind === 'Attribute') {
    const obj = lowerExpr(ctx, fn, e.func.value);
    const name = b.literal(attrName(fn, e.func.attr));
    return kwnames.length === 0
      ? b.rtCall('callMethod', [obj, name, ...args])
      : b.rtCall('callMethodKw', [obj, name, b.array(args), b.array(kwnames), b.array(kwvalues)]);
  }
  const f = lowerExpr(ctx, fn, e.func);
  return kwnames.length === 0
    ? b.rtCall('call', [f, ...args])
    : b.rtCall('callKw', [f, b.array(args), b.array(kwnames), b.array(kwvalues)]);
}

function lowerCallEx(ctx: Ctx, fn: FnCtx, e: ast.Call): ES.Expression {
  const f = temp(ctx, fn);
  const callee = b.assign(b.id(f), lowerExpr(ctx, fn, e.func));
  const args = b.array(e.args.map((a) => a.kind === 'Starred'
    ? b.spread(b.rtCall('spreadArgs', [b.array([]), lowerExpr(ctx, fn, a.value), b.id(f)]))
    : lowerExpr(ctx, fn, a)));
  let kwargs: ES.Expression = b.literal(null);
  let group: ES.Expression[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const d = b.rtCall('dict', [b.array(group)]);
    kwargs = kwargs.type === 'Literal' ? d : b.rtCall('mergeKwargs', [kwargs, d, b.id(f)]);
    group = [];
  };
  for (const k of e.keywords) {
    if (k.arg !== null) {
      group.push(b.literal(k.arg), lowerExpr(ctx, fn, k.value));
      continue;
    }
    flush();
    const base = kwargs.type === 'Literal' ? b.rtCall('dict', [b.array([])]) : kwargs;
    kwargs = b.rtCall('mergeKwargs', [base, lowerExpr(ctx, fn, k.value), b.id(f)]);
  }
  flush();
  return b.rtCall('callEx', [callee, args, kwargs]);
}

/** `super()` with no arguments inside a method whose class provides a cell. */
function zeroArgSuper(ctx: Ctx, fn: FnCtx, e: ast.Call): ES.Expression | null {
  if (e.func.kind !== 'Name' || e.func.id !== 'super' || e.args.length || e.keywords.length) return null;
  const r = ctx.resolution.names.get(e.func);
  if (r && r.kind !== 'builtin-or-global') return null;
  const cell = classCellFor(fn);
  if (cell === null) return null;
  return b.rtCall('superOf', [b.id(cell), fn.firstParam !== null ? b.id(fn.firstParam) : b.undef()]);
}
