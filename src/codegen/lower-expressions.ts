// Lowering of Python expressions to ESTree expressions: one case per node kind, every operation on
// a script value through a `$rt` helper, JS evaluation order arranged to match Python's. Tests,
// comparisons and boolean operators live in lower-tests.ts, calls in lower-calls.ts, displays in
// lower-displays.ts, comprehensions and lambdas in their own files.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import { assertNever } from '../parser/ast.js';
import * as b from './builders.js';
import { unsupported, withLoc, type Ctx, type FnCtx } from './context.js';
import { attrName, readName, storeName } from './names.js';
import { floatLiteral, lowerConstant, lowerJoinedStr, lowerFStringValue } from './lower-constants.js';
import { lowerBoolOp, lowerCompare, lowerTest } from './lower-tests.js';
import { lowerCall } from './lower-calls.js';
import { lowerDict, lowerSequence } from './lower-displays.js';
import { lowerComprehension } from './lower-comprehensions.js';
import { lowerLambda } from './lower-functions.js';

export const BINOP_HELPER: Record<ast.OperatorKind, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'bitor', BitXor: 'bitxor', BitAnd: 'bitand', FloorDiv: 'floordiv',
};

export const AUGOP_HELPER: Record<ast.OperatorKind, string> = {
  Add: 'iadd', Sub: 'isub', Mult: 'imul', MatMult: 'imatmul', Div: 'itruediv', Mod: 'imod', Pow: 'ipow',
  LShift: 'ilshift', RShift: 'irshift', BitOr: 'ibitor', BitXor: 'ibitxor', BitAnd: 'ibitand', FloorDiv: 'ifloordiv',
};

export function lowerExpr(ctx: Ctx, fn: FnCtx, e: ast.ExprNode): ES.Expression {
  return withLoc(ctx, e, lowerExprInner(ctx, fn, e));
}

function lowerExprInner(ctx: Ctx, fn: FnCtx, e: ast.ExprNode): ES.Expression {
  switch (e.kind) {
    case 'Constant': return lowerConstant(ctx, e);
    case 'Name': return readNameNode(ctx, fn, e);
    case 'BinOp':
      return b.rtCall(BINOP_HELPER[e.op], [lowerExpr(ctx, fn, e.left), lowerExpr(ctx, fn, e.right)]);
    case 'UnaryOp': return lowerUnary(ctx, fn, e);
    case 'BoolOp': return lowerBoolOp(ctx, fn, e);
    case 'Compare': return lowerCompare(ctx, fn, e);
    case 'IfExp':
      return b.cond(lowerTest(ctx, fn, e.test), lowerExpr(ctx, fn, e.body), lowerExpr(ctx, fn, e.orelse));
    case 'NamedExpr': {
      const value = lowerExpr(ctx, fn, e.value);
      const r = ctx.resolution.names.get(e.target);
      if (r?.kind === 'class') {
        const t = `$t${ctx.nextId++}`;
        fn.temps.push(t);
        return b.seq([b.assign(b.id(t), value), storeName(ctx, fn, e.target, e.target.id, b.id(t)), b.id(t)]);
      }
      return storeName(ctx, fn, e.target, e.target.id, value);
    }
    case 'Attribute':
      return b.rtCall('getattr', [lowerExpr(ctx, fn, e.value), b.literal(attrName(fn, e.attr))]);
    case 'Subscript':
      return b.rtCall('getitem', [lowerExpr(ctx, fn, e.value), lowerExpr(ctx, fn, e.slice)]);
    case 'Slice':
      return b.rtCall('slice', [
        e.lower ? lowerExpr(ctx, fn, e.lower) : b.literal(null),
        e.upper ? lowerExpr(ctx, fn, e.upper) : b.literal(null),
        e.step ? lowerExpr(ctx, fn, e.step) : b.literal(null),
      ]);
    case 'Call': return lowerCall(ctx, fn, e);
    case 'List': return lowerSequence(ctx, fn, 'list', e.elts);
    case 'Tuple': return lowerSequence(ctx, fn, 'tuple', e.elts);
    case 'Set': return lowerSequence(ctx, fn, 'set', e.elts);
    case 'Dict': return lowerDict(ctx, fn, e);
    case 'JoinedStr': return lowerJoinedStr(ctx, fn, e);
    case 'FormattedValue': return lowerFStringValue(ctx, fn, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return lowerComprehension(ctx, fn, e);
    case 'Lambda': return lowerLambda(ctx, fn, e);
    case 'Yield':
      if (!fn.generator) return notHere(ctx, e, "'yield' outside a generator function");
      return b.yieldExpr(e.value ? lowerExpr(ctx, fn, e.value) : b.literal(null));
    case 'YieldFrom':
      if (!fn.generator) return notHere(ctx, e, "'yield from' outside a generator function");
      return b.yieldExpr(b.rtCall('yieldFrom', [lowerExpr(ctx, fn, e.value)]), true);
    case 'Starred': return notHere(ctx, e, 'a starred expression here');
    case 'Await': return notHere(ctx, e, "'await'");
    default: return assertNever(e, 'expression');
  }
}

function notHere(ctx: Ctx, e: ast.ExprNode, what: string): ES.Expression {
  unsupported(ctx, e, what);
  return b.literal(null);
}

function readNameNode(ctx: Ctx, fn: FnCtx, e: ast.Name): ES.Expression {
  if (e.id === '__class__') {
    const cell = classCellFor(fn);
    if (cell !== null) return b.id(cell);
  }
  return readName(ctx, fn, e, e.id);
}

/** The class cell variable visible from a method (zero-argument super() and `__class__`). */
export function classCellFor(fn: FnCtx): string | null {
  for (let f: FnCtx | null = fn; f !== null; f = f.parent) {
    if (f.kind === 'class') return f.classCell;
  }
  return null;
}

function lowerUnary(ctx: Ctx, fn: FnCtx, e: ast.UnaryOp): ES.Expression {
  switch (e.op) {
    case 'Not': return b.unary('!', lowerTest(ctx, fn, e.operand));
    case 'USub': {
      // Fold `-<literal>` so negative constants stay plain literals in hot code.
      const c = e.operand.kind === 'Constant' ? e.operand.value : null;
      if (c?.type === 'int' && c.value !== 0n) return withLoc(ctx, e, lowerConstant(ctx, { ...e.operand as ast.Constant, value: { type: 'int', value: -c.value } }));
      if (c?.type === 'float') return floatLiteral(ctx, -c.value);
      return b.rtCall('neg', [lowerExpr(ctx, fn, e.operand)]);
    }
    case 'UAdd': return b.rtCall('pos', [lowerExpr(ctx, fn, e.operand)]);
    case 'Invert': return b.rtCall('invert', [lowerExpr(ctx, fn, e.operand)]);
    default: return assertNever(e.op, 'unary operator');
  }
}
