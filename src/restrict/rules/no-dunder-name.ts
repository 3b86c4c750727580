// no-dunder-name (E203): identifiers spelled `__x__` — names read or written, def/class/parameter
// names, keyword-argument names, import names and aliases, except/match targets, global/nonlocal
// declarations — after NFKC normalisation (the tokenizer's, so `_＿builtins__` counts) — unless
// allowed: `__name__`, `__doc__`, `__debug__` anywhere; special methods (dunder-allowlist.ts)
// defined or assigned in a class body; `__class__` inside a method. `__builtins__`,
// `__import__`, `__loader__`, `__spec__`, `__file__` and the rest are how a script would reach
// the interpreter and the host.

import type * as ast from '../../parser/ast.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import type { Scope } from '../binding.js';
import { ALLOWED_DUNDER_NAMES, CLASS_CELL_NAME, isDunder, SPECIAL_METHODS } from '../dunder-allowlist.js';
import { walkScoped } from '../walk-scoped.js';
import { report } from './report.js';
import type { Rule, RuleContext } from './rule.js';

export const noDunderName: Rule = {
  code: 'E203',
  name: 'no-dunder-name',
  description: 'Refuses dunder identifiers outside the allowlist (__name__, special methods in class bodies, __class__ in methods).',
  check({ resolution }: RuleContext): Diagnostic[] {
    const out: Diagnostic[] = [];
    walkScoped(resolution, (node, scope) => {
      for (const [name, span] of identifiers(node)) {
        if (!isDunder(name) || isAllowed(name, scope)) continue;
        out.push(report(noDunderName, span,
          `the name '${name}' is not allowed: dunder names reach interpreter internals; ` +
            'use a name without leading and trailing double underscores',
        ));
      }
    });
    return out;
  },
};

function isAllowed(name: string, scope: Scope): boolean {
  if (ALLOWED_DUNDER_NAMES.has(name)) return true;
  if (scope.kind === 'class' && SPECIAL_METHODS.has(name)) return true;
  // `__class__` is the implicit cell of the enclosing class: fine in a method, meaningless elsewhere.
  if (name === CLASS_CELL_NAME && scope.kind !== 'class') {
    for (let s = scope.parent; s; s = s.parent) if (s.kind === 'class') return true;
  }
  return false;
}

/** The identifiers a node itself spells (not those of its children), with where each stands. */
function identifiers(node: ast.Node): [string, Span][] {
  switch (node.kind) {
    case 'Name': return [[node.id, node]];
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
      return [[node.name, node.nameSpan]];
    case 'arg': return [[node.arg, node]];
    // `f(__x__=1)`: a dunder parameter is refused, so passing one only probes builtins' internals.
    case 'keyword': return node.arg === null ? [] : [[node.arg, node]];
    case 'alias':
      return [...node.name.split('.'), ...(node.asname === null ? [] : [node.asname])].map((n) => [n, node]);
    // `from __future__ import ...` is a compiler directive, checked by future-import.
    case 'ImportFrom': return node.module === '__future__' ? [] : (node.module ?? '').split('.').map((n) => [n, node]);
    case 'ExceptHandler':
    case 'MatchAs':
    case 'MatchStar':
      return node.name === null ? [] : [[node.name, node]];
    case 'MatchMapping': return node.rest === null ? [] : [[node.rest, node]];
    case 'Global':
    case 'Nonlocal':
      return node.names.map((n) => [n, node]);
    default: return [];
  }
}
