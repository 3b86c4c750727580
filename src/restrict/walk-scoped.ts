// A walk that knows, for every node, the scope it is evaluated in: decorators, defaults,
// annotations, class bases and a comprehension's first iterable belong to the enclosing scope,
// the rest of a def/lambda/class/comprehension to its own (the same split the resolver makes).
// Used by rules whose verdict depends on where a name stands (no-dunder-name).

import type * as ast from '../parser/ast.js';
import type { Resolution, Scope } from './binding.js';
import { childrenOf } from './walk.js';

export type ScopedVisitor = (node: ast.Node, scope: Scope) => void;

export function walkScoped(resolution: Resolution, visit: ScopedVisitor): void {
  visitNode(resolution, resolution.module.node, resolution.module, visit);
}

function visitNode(resolution: Resolution, node: ast.Node, scope: Scope, visit: ScopedVisitor): void {
  visit(node, scope);
  const inner = resolution.scopes.get(node as never);
  if (!inner || node.kind === 'Module') {
    for (const child of childrenOf(node)) if (child) visitNode(resolution, child, scope, visit);
    return;
  }
  const outside: (ast.Node | null)[] = [];
  const within: (ast.Node | null)[] = [];
  switch (node.kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'Lambda': {
      const args = node.args;
      const params = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg];
      outside.push(...args.defaults, ...args.kw_defaults, ...params.map((p) => p?.annotation ?? null));
      within.push(...params);
      if (node.kind === 'Lambda') within.push(node.body);
      else outside.push(...node.decorator_list, node.returns), within.push(...node.body);
      break;
    }
    case 'ClassDef':
      outside.push(...node.decorator_list, ...node.bases, ...node.keywords);
      within.push(...node.body);
      break;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp': {
      const [first, ...rest] = node.generators;
      if (first) outside.push(first.iter), within.push(first.target, ...first.ifs);
      for (const gen of rest) within.push(gen);
      if (node.kind === 'DictComp') within.push(node.key, node.value);
      else within.push(node.elt);
      break;
    }
    default:
      break;
  }
  for (const child of outside) if (child) visitNode(resolution, child, scope, visit);
  for (const child of within) if (child) visitNode(resolution, child, inner, visit);
}
