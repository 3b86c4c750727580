// A generic child enumerator over the Python AST, used by the policy rules (src/restrict/rules).
// The resolver walks the tree itself because it needs to know which scope each child is evaluated
// in; rules only need "every node, once", which this gives. Exhaustive over node kinds, so a new
// node kind fails compilation here until the restriction pass decides how to reach inside it.

import { assertNever, type Node } from '../parser/ast.js';

type Child = Node | null | undefined;

/** The direct children of a node, in source order where it matters for diagnostics. */
export function childrenOf(node: Node): Child[] {
  switch (node.kind) {
    case 'Module': return node.body;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return [...node.decorator_list, node.args, node.returns, ...node.body];
    case 'ClassDef': return [...node.decorator_list, ...node.bases, ...node.keywords, ...node.body];
    case 'Return': return [node.value];
    case 'Delete': return node.targets;
    case 'Assign': return [...node.targets, node.value];
    case 'AugAssign': return [node.target, node.value];
    case 'AnnAssign': return [node.target, node.annotation, node.value];
    case 'For':
    case 'AsyncFor':
      return [node.target, node.iter, ...node.body, ...node.orelse];
    case 'While':
    case 'If':
      return [node.test, ...node.body, ...node.orelse];
    case 'With':
    case 'AsyncWith':
      return [...node.items, ...node.body];
    case 'Match': return [node.subject, ...node.cases];
    case 'Raise': return [node.exc, node.cause];
    case 'Try':
    case 'TryStar':
      return [...node.body, ...node.handlers, ...node.orelse, ...node.finalbody];
    case 'Assert': return [node.test, node.msg];
    case 'Import':
    case 'ImportFrom':
      return node.names;
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
    case 'Break':
    case 'Continue':
      return [];
    case 'Expr': return [node.value];
    case 'BoolOp': return node.values;
    case 'NamedExpr': return [node.target, node.value];
    case 'BinOp': return [node.left, node.right];
    case 'UnaryOp': return [node.operand];
    case 'Lambda': return [node.args, node.body];
    case 'IfExp': return [node.test, node.body, node.orelse];
    case 'Dict': return node.keys.flatMap((k, i) => [k, node.values[i]]);
    case 'Set': return node.elts;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      return [node.elt, ...node.generators];
    case 'DictComp': return [node.key, node.value, ...node.generators];
    case 'Await':
    case 'YieldFrom':
      return [node.value];
    case 'Yield': return [node.value];
    case 'Compare': return [node.left, ...node.comparators];
    case 'Call': return [node.func, ...node.args, ...node.keywords];
    case 'FormattedValue': return [node.value, node.format_spec];
    case 'JoinedStr': return node.values;
    case 'Constant': return [];
    case 'Attribute': return [node.value];
    case 'Subscript': return [node.value, node.slice];
    case 'Starred': return [node.value];
    case 'Name': return [];
    case 'List':
    case 'Tuple':
      return node.elts;
    case 'Slice': return [node.lower, node.upper, node.step];
    case 'comprehension': return [node.target, node.iter, ...node.ifs];
    case 'ExceptHandler': return [node.type, ...node.body];
    case 'arguments':
      return [
        ...node.posonlyargs, ...node.args, node.vararg, ...node.kwonlyargs, node.kwarg,
        ...node.defaults, ...node.kw_defaults,
      ];
    case 'arg': return [node.annotation];
    case 'keyword': return [node.value];
    case 'alias': return [];
    case 'withitem': return [node.context_expr, node.optional_vars];
    case 'match_case': return [node.pattern, node.guard, ...node.body];
    case 'MatchValue': return [node.value];
    case 'MatchSingleton': return [];
    case 'MatchSequence': return node.patterns;
    case 'MatchMapping': return [...node.keys, ...node.patterns];
    case 'MatchClass': return [node.cls, ...node.patterns, ...node.kwd_patterns];
    case 'MatchStar':
    case 'MatchAs':
      return node.kind === 'MatchAs' ? [node.pattern] : [];
    case 'MatchOr': return node.patterns;
    default: return assertNever(node);
  }
}

/** Calls `visit` on `root` and every node below it, parents before children. */
export function walk(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}
