// future-import (E206): `from __future__ import ...` is a compiler directive. The features Python
// 3.11 knows are all on already (annotations are never evaluated by Corral), so a valid future
// import is a no-op. What CPython refuses at compile time gets CPython's SyntaxError, word for
// word: an unknown feature, `braces`, or a future import after other statements (only a
// docstring and other future imports may precede it). `barry_as_FLUFL` is unsupported-syntax's.

import type * as ast from '../../parser/ast.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report } from './report.js';
import type { Rule, RuleContext } from './rule.js';

/** Every feature name `__future__` defines in CPython 3.11. */
const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

const isFuture = (s: ast.Stmt): s is ast.ImportFrom => s.kind === 'ImportFrom' && s.module === '__future__' && s.level === 0;
const isDocstring = (s: ast.Stmt): boolean => s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value.type === 'str';

function syntaxError(span: { start: number; end: number }, message: string): Diagnostic {
  const d = report(futureImport, span, message);
  // CPython's exact text is what a traceback shows; the rule name stays in data.
  return { ...d, message, data: { ...d.data, pyType: 'SyntaxError' } };
}

/** Future imports anywhere in the module (nested ones are always misplaced). */
function collect(body: ast.Stmt[], out: ast.ImportFrom[]): void {
  for (const s of body) {
    if (isFuture(s)) out.push(s);
    for (const key of ['body', 'orelse', 'finalbody'] as const) {
      const inner = (s as unknown as Record<string, unknown>)[key];
      if (Array.isArray(inner)) collect(inner as ast.Stmt[], out);
    }
    if (s.kind === 'Try') for (const h of s.handlers) collect(h.body, out);
  }
}

export const futureImport: Rule = {
  code: 'E206',
  name: 'future-import',
  description: "Accepts `from __future__ import ...` of known features as a no-op; refuses what CPython refuses at compile time.",
  check({ module }: RuleContext): Diagnostic[] {
    const all: ast.ImportFrom[] = [];
    collect(module.body, all);
    if (all.length === 0) return [];
    // The leading run: an optional docstring, then future imports only.
    const leading = new Set<ast.Stmt>();
    let i = module.body[0] && isDocstring(module.body[0]) ? 1 : 0;
    for (; i < module.body.length && isFuture(module.body[i]!); i++) leading.add(module.body[i]!);
    const out: Diagnostic[] = [];
    for (const s of all) {
      if (!leading.has(s)) {
        out.push(syntaxError(s, 'from __future__ imports must occur at the beginning of the file'));
        continue;
      }
      for (const alias of s.names) {
        const caret = { start: s.start, end: s.start + 1 };
        if (alias.name === 'braces') out.push(syntaxError(caret, 'not a chance'));
        else if (!FEATURES.has(alias.name)) out.push(syntaxError(caret, `future feature ${alias.name} is not defined`));
      }
    }
    return out;
  },
};
