// A diagnostic is data: a stable code from the registry (codes.ts), a span, a message, and
// optional structured data, hint and notes. Stages return diagnostics; they never throw for user
// errors. Tests assert codes and positions, not wording.

import type { Span } from './span.js';
import { CODES, type DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning';

export interface Note {
  message: string;
  span?: Span;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  span: Span;
  hint?: string;
  notes?: Note[];
  data?: Record<string, string | number | boolean>;
}

export function diagnostic(
  code: DiagnosticCode,
  span: Span,
  message: string,
  extra: Pick<Diagnostic, 'hint' | 'notes' | 'data'> = {},
): Diagnostic {
  return { code, severity: CODES[code].severity, message, span, ...extra };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
