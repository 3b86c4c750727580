// The one registry of diagnostic codes. A code never changes meaning once released; a retired
// code stays here marked as such. E1xx: syntax (parser). E2xx: policy (restriction pass).
// E3xx: compile-time internal checks (codegen verifier). Security rules are always errors.

import type { Severity } from './diagnostic.js';

export interface CodeInfo {
  /** ESLint-style rule name, shown by `corral lint` next to the code. */
  name: string;
  severity: Severity;
  /** One sentence: what the code means. */
  summary: string;
}

export const CODES = {
  E100: { name: 'syntax-error', severity: 'error', summary: 'The source is not valid Python 3.11.' },
  E101: { name: 'unsupported-syntax', severity: 'error', summary: 'Valid Python that Corral does not support (yet or ever).' },
  E102: { name: 'nesting-too-deep', severity: 'error', summary: 'Brackets, blocks or expressions nest deeper than the parser allows.' },
  E103: { name: 'source-too-large', severity: 'error', summary: 'The source or one of its literals exceeds a size limit.' },
  E104: { name: 'indentation-error', severity: 'error', summary: 'Inconsistent or unexpected indentation (IndentationError / TabError).' },
  E200: { name: 'no-dunder-attribute', severity: 'error', summary: 'Access to a dunder attribute outside the allowlist.' },
  E201: { name: 'no-forbidden-builtin', severity: 'error', summary: 'Use of a builtin that breaks the sandbox (eval, exec, compile, globals, ...).' },
  E202: { name: 'no-unoffered-import', severity: 'error', summary: 'Import of a module the policy does not offer.' },
  E203: { name: 'no-dunder-name', severity: 'error', summary: 'Definition or use of a dunder name outside the allowlist.' },
  E204: { name: 'scope-error', severity: 'error', summary: 'A scoping error CPython reports at compile time (nonlocal without binding, ...).' },
  E205: { name: 'no-internal-attribute', severity: 'error', summary: 'Access to a frame, code, traceback or generator internal (gi_frame, f_globals, tb_frame, co_code, ...).' },
  E206: { name: 'future-import', severity: 'error', summary: 'A `from __future__` import CPython refuses at compile time (unknown feature, or not at the top of the file).' },
  E300: { name: 'verifier-rejected', severity: 'error', summary: 'Generated JavaScript broke a codegen invariant (an internal error, never a user error).' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;
