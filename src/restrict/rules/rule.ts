// What a policy rule is: metadata (code, name, one-line description) and a check function from
// the resolved module to diagnostics. One rule per file in this folder; rules/index.ts lists them.
// Rules only read: the AST, the resolver's tables and the policy. They never rewrite the AST.

import type * as ast from '../../parser/ast.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { Policy } from '../../types.js';
import type { Resolution } from '../binding.js';

export interface RuleContext {
  module: ast.Module;
  resolution: Resolution;
  policy: Policy;
  source: string;
}

export interface Rule {
  /** The registry code (src/diagnostics/codes.ts) every diagnostic of this rule carries. */
  code: DiagnosticCode;
  /** Same as the registry's name; also the rule's file, test data and docs page name. */
  name: string;
  /** One line: what the rule refuses. */
  description: string;
  check(context: RuleContext): Diagnostic[];
}
