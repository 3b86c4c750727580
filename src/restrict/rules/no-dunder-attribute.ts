// no-dunder-attribute (E200): `x.__foo__` read, assigned or deleted, unless `__foo__` is in the
// allowlist (src/restrict/dunder-allowlist.ts). Dunder attributes are the classic way out of a
// Python sandbox: `().__class__.__bases__[0].__subclasses__()`, `f.__globals__['__builtins__']`.
// Also caught: keyword attributes of class patterns (`case C(__dict__=d)`), literal dunder
// names given to the builtins getattr/setattr/delattr/hasattr or to the `__getattr__`/
// `__setattr__`/`__delattr__` methods, and attribute paths in literal `str.format` fields
// (`"{0.__class__}".format(x)`). Computed names are the runtime's business (its getattr and
// str.format refuse the same names).

import type * as ast from '../../parser/ast.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import { isAllowedDunderAttribute, isDunder, READ_ONLY_ATTRIBUTES } from '../dunder-allowlist.js';
import { formatFieldAttributes } from '../format-fields.js';
import { walk } from '../walk.js';
import { report } from './report.js';
import type { Rule, RuleContext } from './rule.js';

const ATTRIBUTE_BUILTINS: ReadonlySet<string> = new Set(['getattr', 'setattr', 'delattr', 'hasattr']);
const ATTRIBUTE_HOOKS: ReadonlySet<string> = new Set(['__getattr__', '__setattr__', '__delattr__', '__getattribute__']);

function ctxOf(accessor: string): ast.ExprContext {
  if (accessor.includes('setattr')) return 'Store';
  return accessor.includes('delattr') ? 'Del' : 'Load';
}

export const noDunderAttribute: Rule = {
  code: 'E200',
  name: 'no-dunder-attribute',
  description: 'Refuses access to dunder attributes outside a short allowlist of special methods and metadata.',
  check({ module, resolution }: RuleContext): Diagnostic[] {
    const out: Diagnostic[] = [];
    const refuse = (attr: string, span: Span, ctx: ast.ExprContext): void => {
      if (!isDunder(attr)) return;
      if (isAllowedDunderAttribute(attr) && !(ctx !== 'Load' && READ_ONLY_ATTRIBUTES.has(attr))) return;
      const verb = ctx === 'Load' ? 'reading' : ctx === 'Store' ? 'assigning' : 'deleting';
      out.push(report(noDunderAttribute, span,
        `${verb} the attribute '${attr}' is not allowed: it exposes interpreter internals; ` +
          "use the object's public methods and attributes, or builtins such as type() and isinstance()",
      ));
    };
    walk(module, (node) => {
      if (node.kind === 'Attribute') refuse(node.attr, node.attrSpan, node.ctx);
      if (node.kind === 'MatchClass') for (const attr of node.kwd_attrs) refuse(attr, node, 'Load');
      if (node.kind !== 'Call') return;
      const func = node.func;
      if (func.kind === 'Name' && ATTRIBUTE_BUILTINS.has(func.id) && resolution.names.get(func)?.kind === 'builtin-or-global') {
        const attr = node.args[1];
        if (attr?.kind === 'Constant' && attr.value.type === 'str') refuse(attr.value.value, attr, ctxOf(func.id));
      }
      if (func.kind === 'Attribute' && ATTRIBUTE_HOOKS.has(func.attr)) {
        // `obj.__setattr__('x', v)` and `object.__setattr__(obj, 'x', v)`: the name is one of the first two.
        for (const attr of node.args.slice(0, 2)) {
          if (attr.kind === 'Constant' && attr.value.type === 'str') refuse(attr.value.value, attr, ctxOf(func.attr));
        }
      }
      if (func.kind === 'Attribute' && (func.attr === 'format' || func.attr === 'format_map')
        && func.value.kind === 'Constant' && func.value.value.type === 'str') {
        for (const attr of formatFieldAttributes(func.value.value.value)) refuse(attr, func.value, 'Load');
      }
    });
    return out;
  },
};
