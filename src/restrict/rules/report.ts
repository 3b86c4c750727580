// How a rule words a diagnostic: the rule's message, then the rule's name in brackets, so a user
// reading `corral lint` output (or a policy error at run time) knows which rule refused what.

import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import type { Rule } from './rule.js';

export function report(rule: Pick<Rule, 'code' | 'name'>, span: Span, message: string, hint?: string): Diagnostic {
  const extra = hint === undefined ? {} : { hint };
  return diagnostic(rule.code, { start: span.start, end: span.end }, `${message} [${rule.name}]`, {
    ...extra, data: { rule: rule.name },
  });
}
