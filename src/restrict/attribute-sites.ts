// Every place a node names an attribute statically, whatever the spelling: `x.attr`, a class
// pattern's keyword (`case C(attr=v)`), a literal name given to getattr/setattr/delattr/hasattr
// or to the `__getattr__`/`__setattr__`/... hooks, and the `.attr` parts of a literal format
// string passed to str.format / format_map. The attribute rules (no-dunder-attribute,
// no-internal-attribute) check the same sites, so a name refused as `x.attr` is refused in every
// other spelling too. Computed names are the runtime's business (its getattr and str.format refuse
// the same names).
//
// Identifiers (`x.attr`, pattern keywords) arrive NFKC-normalised from the tokenizer, as CPython
// compiles them. String literals are not normalised: CPython's getattr looks a string up as
// written, so `getattr(x, '_＿class__')` is a different (missing) attribute.

import type * as ast from '../parser/ast.js';
import type { Span } from '../diagnostics/span.js';
import type { Resolution } from './binding.js';
import { refersToBuiltin } from './builtin-reference.js';
import { formatFieldAttributes } from './format-fields.js';

export interface AttributeSite {
  attr: string;
  span: Span;
  ctx: ast.ExprContext;
}

const ATTRIBUTE_BUILTINS: readonly string[] = ['getattr', 'setattr', 'delattr', 'hasattr'];
const ATTRIBUTE_HOOKS: ReadonlySet<string> = new Set(['__getattr__', '__setattr__', '__delattr__', '__getattribute__']);
const FORMAT_METHODS: ReadonlySet<string> = new Set(['format', 'format_map']);

function ctxOf(accessor: string): ast.ExprContext {
  if (accessor.includes('setattr')) return 'Store';
  return accessor.includes('delattr') ? 'Del' : 'Load';
}

function stringValue(node: ast.ExprNode | undefined): string | null {
  if (node?.kind === 'Constant' && node.value.type === 'str') return node.value.value;
  // An f-string without fields is a constant too: `f"{{0.__class__}}"` is the text `{0.__class__}`.
  if (node?.kind === 'JoinedStr' && node.values.every((v) => v.kind === 'Constant')) {
    return node.values.map((v) => stringValue(v) ?? '').join('');
  }
  return null;
}

export function attributeSites(node: ast.Node, resolution: Resolution): AttributeSite[] {
  if (node.kind === 'Attribute') return [{ attr: node.attr, span: node.attrSpan, ctx: node.ctx }];
  if (node.kind === 'MatchClass') return node.kwd_attrs.map((attr) => ({ attr, span: node, ctx: 'Load' }));
  if (node.kind !== 'Call') return [];
  const out: AttributeSite[] = [];
  const literal = (arg: ast.ExprNode | undefined, ctx: ast.ExprContext): void => {
    const value = stringValue(arg);
    if (value !== null) out.push({ attr: value, span: arg!, ctx });
  };
  const func = node.func;
  const builtin = ATTRIBUTE_BUILTINS.find((name) => refersToBuiltin(func, name, resolution));
  if (builtin !== undefined) literal(node.args[1], ctxOf(builtin));
  if (func.kind === 'Attribute' && ATTRIBUTE_HOOKS.has(func.attr)) {
    // `obj.__setattr__('x', v)` and `object.__setattr__(obj, 'x', v)`: the name is one of the first two.
    for (const arg of node.args.slice(0, 2)) literal(arg, ctxOf(func.attr));
  }
  if (func.kind === 'Attribute' && FORMAT_METHODS.has(func.attr)) {
    // `"...".format(x)`, or `str.format("...", x)` through the class.
    const receiver = stringValue(func.value);
    const format = receiver ?? (refersToBuiltin(func.value, 'str', resolution) ? stringValue(node.args[0]) : null);
    if (format !== null) {
      const at = receiver !== null ? func.value : node.args[0]!;
      for (const attr of formatFieldAttributes(format)) out.push({ attr, span: at, ctx: 'Load' });
    }
  }
  return out;
}
