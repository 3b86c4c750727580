// Lowering of literals and f-strings. Ints become JS numbers while safe, BigInt literals beyond;
// non-integral floats are number literals; integral floats (1.0, -0.0, 1e300) must be boxed, so
// they become `$rt.float(n)` hoisted once to the top of `$module` (`$f1`); bytes go through
// `$rt.bytes`, f-strings through `$rt.format`/`$rt.str`/`$rt.repr`/`$rt.ascii` and `$rt.concat`.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import { assertNever } from '../parser/ast.js';
import * as b from './builders.js';
import { unsupported, type Ctx, type FnCtx } from './context.js';
import { lowerExpr } from './lower-expressions.js';

export function intLiteral(value: bigint): ES.Expression {
  const safe = value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER);
  return safe ? b.literal(Number(value)) : b.bigint(value);
}

export function floatLiteral(ctx: Ctx, value: number): ES.Expression {
  if (!Number.isFinite(value) || !Number.isInteger(value)) {
    // NaN never appears as a literal (float('nan') is a call); ±inf are plain numbers.
    return b.literal(value);
  }
  for (const [name, v] of ctx.floats) if (Object.is(v, value)) return b.id(name);
  const name = `$f${ctx.nextId++}`;
  ctx.floats.set(name, value);
  return b.id(name);
}

export function lowerConstant(ctx: Ctx, node: ast.Constant): ES.Expression {
  const v = node.value;
  switch (v.type) {
    case 'None': return b.literal(null);
    case 'bool': return b.literal(v.value);
    case 'int': return intLiteral(v.value);
    case 'float': return floatLiteral(ctx, v.value);
    case 'str': return b.literal(v.value);
    case 'bytes': {
      let s = '';
      for (const byte of v.value) s += String.fromCharCode(byte);
      return b.rtCall('bytes', [b.literal(s)]);
    }
    case 'Ellipsis': return b.rt('Ellipsis');
    case 'complex':
      unsupported(ctx, node, 'a complex literal');
      return b.literal(null);
    default: return assertNever(v, 'constant');
  }
}

/** An f-string as one JS string expression (`$rt.concat(...)`). */
export function lowerJoinedStr(ctx: Ctx, fn: FnCtx, node: ast.JoinedStr): ES.Expression {
  if (node.values.every((p) => p.kind === 'Constant' && p.value.type === 'str')) {
    // A constant format spec (`{x:.2f}`) needs no concatenation at run time.
    return b.literal(node.values.map((p) => (p as ast.Constant & { value: { type: 'str' } }).value.value).join(''));
  }
  const parts = node.values.map((p) => lowerFStringPart(ctx, fn, p));
  return b.rtCall('concat', parts);
}

function lowerFStringPart(ctx: Ctx, fn: FnCtx, part: ast.Constant | ast.FormattedValue): ES.Expression {
  if (part.kind === 'Constant') {
    return part.value.type === 'str' ? b.literal(part.value.value) : b.rtCall('str', [lowerConstant(ctx, part)]);
  }
  return lowerFStringValue(ctx, fn, part);
}

/** One `{value!conv:spec}` of an f-string as a JS string expression. */
export function lowerFStringValue(ctx: Ctx, fn: FnCtx, part: ast.FormattedValue): ES.Expression {
  let value = lowerExpr(ctx, fn, part.value);
  switch (part.conversion) {
    case 115: value = b.rtCall('str', [value]); break;
    case 114: value = b.rtCall('repr', [value]); break;
    case 97: value = b.rtCall('ascii', [value]); break;
    default: break;
  }
  // format(x, '') is what CPython calls for `{x}`: it honours a class's __format__.
  const spec = part.format_spec ? lowerJoinedStr(ctx, fn, part.format_spec) : b.literal('');
  if (part.conversion !== -1 && part.format_spec === null) return value;
  return b.rtCall('format', [value, spec]);
}
