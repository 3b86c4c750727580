// The parser's one internal exception. Tokenizer and parser throw it at the first error, as CPython
// stops at the first SyntaxError; parse() (index.ts) catches it and returns it as a Diagnostic, so
// nothing ever escapes to the caller.

import type { DiagnosticCode } from '../diagnostics/codes.js';

export type PyErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    message: string,
    /** UTF-16 offset where CPython puts the caret. */
    readonly start: number,
    /** End of the `^^^` range (=== start when CPython prints a single caret). */
    readonly end: number,
    readonly pyType: PyErrorType = 'SyntaxError',
    readonly code: DiagnosticCode = pyType === 'SyntaxError' ? 'E100' : 'E104',
    /** Tokenizer errors outrank parser errors found earlier (see index.ts). */
    readonly fromTokenizer = false,
  ) {
    super(message);
  }

  /** The line CPython shows for this error when it is not the source line (f-string fields: `(expr)`). */
  sourceText?: string;
  /** 1-based columns of the error in `sourceText`, where CPython reports them. */
  textColumn?: number;
  textEndColumn?: number;
  /** CPython prints no caret for this error when it runs a file (errors at the end of the file). */
  noCaret?: boolean;
}

export function syntaxError(message: string, start: number, end = start): PySyntaxError {
  return new PySyntaxError(message, start, end);
}
