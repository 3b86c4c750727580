// A Program that did not compile becomes a RunError without running anything: syntax errors (and
// restrict's scope errors) that carry a CPython exception type in `data.pyType` read exactly as
// CPython reports them (`exception` with formatSyntaxError's text as the traceback); codegen
// verifier rejections (E3xx) are internal errors; everything else is a policy verdict.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { LineIndex } from '../diagnostics/line-index.js';
import { formatSyntaxError } from '../diagnostics/format.js';
import type { Program, RunError } from '../types.js';

export function compileFailure(program: Program, filename: string): RunError {
  const errors = program.diagnostics.filter((d) => d.severity === 'error');
  const syntax = errors.find((d) => typeof d.data?.['pyType'] === 'string');
  if (syntax !== undefined) {
    return {
      kind: 'exception',
      type: String(syntax.data!['pyType']),
      message: syntax.message,
      frames: [],
      cause: null,
      context: null,
      traceback: formatSyntaxError(syntax, program.source, filename),
    };
  }
  if (errors.some((d) => d.code.startsWith('E3'))) {
    return { kind: 'internal', message: 'the compiler produced code it could not verify (E300)' };
  }
  const lines = new LineIndex(program.source);
  const listed = errors.length > 0 ? errors : program.diagnostics;
  return {
    kind: 'policy',
    message: listed.map((d) => describe(d, lines, filename)).join('\n') || 'the script was rejected',
    diagnostics: [...program.diagnostics],
  };
}

function describe(d: Diagnostic, lines: LineIndex, filename: string): string {
  const { line, column } = lines.position(d.span.start);
  return `${filename}:${line}:${column}: ${d.code} ${d.message}`;
}
