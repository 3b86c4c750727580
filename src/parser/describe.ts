// How CPython names an expression in error messages (`cannot assign to function call`,
// `'tuple' is an illegal expression for augmented assignment`): _PyPegen_get_expr_name.

import type { ExprNode } from './ast.js';

/** CPython's name for an expression kind in messages: `function call`, `literal`, `expression`, ... */
export function describe(e: ExprNode): string {
  switch (e.kind) {
    case 'Call': return 'function call';
    case 'Constant':
      if (e.value.type === 'None') return 'None';
      if (e.value.type === 'bool') return e.value.value ? 'True' : 'False';
      if (e.value.type === 'Ellipsis') return 'ellipsis';
      return 'literal';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Await': return 'await expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': case 'Slice': return 'expression';
  }
}
