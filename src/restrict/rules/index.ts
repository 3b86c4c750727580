// The rule index: every policy rule, in the order their diagnostics are reported. Adding a rule
// means a file here, an entry below, a code in src/diagnostics/codes.ts, test data in
// test/restrict/rules/<name>.py and a page docs/rules/<name>.md (test/restrict/meta.test.ts
// fails until all five exist).

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule, RuleContext } from './rule.js';

export const RULES: readonly Rule[] = [];

export function runRules(context: RuleContext): Diagnostic[] {
  return RULES.flatMap((rule) => rule.check(context));
}
