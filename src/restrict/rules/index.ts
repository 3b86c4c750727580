// The rule index: every policy rule, in the order their diagnostics are reported. Adding a rule
// means a file here, an entry below, a code in src/diagnostics/codes.ts, test data in
// test/restrict/rules/<name>.py and a page docs/rules/<name>.md (test/restrict/meta.test.ts
// fails until all five exist).

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule, RuleContext } from './rule.js';
import { futureImport } from './future-import.js';
import { noDunderAttribute } from './no-dunder-attribute.js';
import { noDunderName } from './no-dunder-name.js';
import { noForbiddenBuiltin } from './no-forbidden-builtin.js';
import { noInternalAttribute } from './no-internal-attribute.js';
import { noUnofferedImport } from './no-unoffered-import.js';
import { unsupportedSyntax } from './unsupported-syntax.js';

export const RULES: readonly Rule[] = [
  unsupportedSyntax,
  futureImport,
  noDunderAttribute,
  noForbiddenBuiltin,
  noUnofferedImport,
  noDunderName,
  noInternalAttribute,
];

export function runRules(context: RuleContext): Diagnostic[] {
  return RULES.flatMap((rule) => rule.check(context));
}
