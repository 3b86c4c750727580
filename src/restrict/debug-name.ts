// CPython's compiler refuses to bind `__debug__` (compile.c, forbidden_name): it is a constant
// (True unless -O), so assigning, deleting, importing or defining it is a SyntaxError. Reported
// as a scope error (E204) with CPython's message, at the node CPython points at: the name for
// plain targets, the whole statement for def/class/import/except, the call for a keyword.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type * as ast from '../parser/ast.js';
import { scopeError } from './scope-errors.js';
import { walk } from './walk.js';

const NAME = '__debug__';
const assign = `cannot assign to ${NAME}`;

export function checkDebugName(module: ast.Module): Diagnostic[] {
  const out: Diagnostic[] = [];
  walk(module, (node) => {
    const message = forbidden(node);
    if (message !== null) out.push(scopeError(node, message));
  });
  return out;
}

function forbidden(node: ast.Node): string | null {
  switch (node.kind) {
    case 'Name':
      if (node.id !== NAME || node.ctx === 'Load') return null;
      return node.ctx === 'Del' ? `cannot delete ${NAME}` : assign;
    case 'Attribute': return node.attr === NAME && node.ctx === 'Store' ? assign : null;
    case 'Call': return node.keywords.some((k) => k.arg === NAME) ? assign : null;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'Lambda': {
      const args = node.args;
      const params = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg];
      const named = node.kind !== 'Lambda' && node.name === NAME;
      return named || params.some((p) => p?.arg === NAME) ? assign : null;
    }
    case 'ClassDef': return node.name === NAME ? assign : null;
    case 'Import':
    case 'ImportFrom':
      return node.names.some((a) => (a.asname ?? a.name) === NAME) ? assign : null;
    case 'ExceptHandler': return node.name === NAME ? assign : null;
    case 'MatchAs':
    case 'MatchStar':
      return node.name === NAME ? assign : null;
    case 'MatchMapping': return node.rest === NAME ? assign : null;
    default: return null;
  }
}
