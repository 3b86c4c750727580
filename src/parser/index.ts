// The parser's public entry: source text → Python AST (ast.ts) or exactly one diagnostic, as
// CPython stops at its first SyntaxError. Pure and re-entrant: all state lives in one ParserState
// per call. Never throws: syntax errors arrive as PySyntaxError (errors.ts) and become diagnostics
// here; anything unexpected becomes a diagnostic too, without JavaScript error text.

import type { Module } from './ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { PySyntaxError } from './errors.js';
import type { ParserState } from './state.js';
import { parseModule } from './statements.js';
import { Tokenizer, lineOf } from './tokenizer.js';

export interface ParseOptions {
  /** Shown in diagnostics by the formatter; the parser itself does not use it. */
  filename?: string;
  /**
   * Deepest nesting of brackets, blocks and recursive expression forms (default 100; CPython
   * allows 200 brackets and 100 indentation levels). Deeper input gets E102 instead of a stack overflow.
   */
  maxDepth?: number;
  /** Longest source accepted, in UTF-16 units (default 1 MiB); longer gets E103. */
  maxSourceLength?: number;
}

export interface ParseResult {
  module: Module | null;
  diagnostics: Diagnostic[];
}

export const DEFAULT_MAX_DEPTH = 100;
/** CPython's tokenizer rejects deeper bracket nesting whatever our own limit. */
export const CPYTHON_MAX_BRACKETS = 200;
export const DEFAULT_MAX_SOURCE_LENGTH = 1024 * 1024;

export function parse(source: string, options: ParseOptions = {}): ParseResult {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxSourceLength = options.maxSourceLength ?? DEFAULT_MAX_SOURCE_LENGTH;
  if (source.length > maxSourceLength) {
    const message = `source too large: ${source.length} characters (limit ${maxSourceLength})`;
    return failed(diagnostic('E103', { start: 0, end: 0 }, message, { data: { pyType: 'SyntaxError' } }));
  }
  const nul = source.indexOf('\0');
  if (nul >= 0) {
    // compile() refuses such source before tokenizing (no line or column); we point at the byte.
    return failed(diagnostic('E100', { start: nul, end: nul }, 'source code string cannot contain null bytes', {
      data: { pyType: 'SyntaxError', caret: false },
    }));
  }
  const tokenizer = new Tokenizer(source, Math.min(maxDepth, CPYTHON_MAX_BRACKETS));
  const p: ParserState = {
    src: source, tokenizer, tokens: [], pos: 0, depth: 0, maxDepth, parenthesized: new WeakMap(), furthest: null,
  };
  try {
    return { module: parseModule(p), diagnostics: [] };
  } catch (e) {
    if (e instanceof PySyntaxError) return failed(toDiagnostic(preferTokenizerError(p, e)));
    if (e instanceof RangeError) {
      // A stack overflow despite the depth limit (a very small host stack): still a clean E102.
      const at = p.tokens[p.pos]?.start ?? 0;
      return failed(diagnostic('E102', { start: at, end: at }, 'source too deeply nested to parse', { data: { pyType: 'SyntaxError' } }));
    }
    const at = p.tokens[p.pos]?.start ?? 0;
    return failed(diagnostic('E100', { start: at, end: at }, 'invalid syntax (internal parser error)', { data: { pyType: 'SyntaxError', internal: true } }));
  }
}

/** Tokenizer errors CPython raises only when the parser asks for the token, not in its final scan. */
const PARSER_REPORTED: ReadonlySet<string> = new Set([
  'unexpected EOF while parsing', 'unindent does not match any outer indentation level',
  'inconsistent use of tabs and spaces in indentation', 'too many levels of indentation',
  'unexpected character after line continuation character',
]);

function failed(d: Diagnostic): ParseResult {
  return { module: null, diagnostics: [d] };
}

function toDiagnostic(e: PySyntaxError): Diagnostic {
  const data: Record<string, string | number | boolean> = { pyType: e.pyType };
  // For formatSyntaxError: the line CPython shows (`text`, with the error's columns in it) and
  // whether it shows a caret.
  if (e.sourceText !== undefined) data.text = e.sourceText;
  if (e.textColumn !== undefined) data.textColumn = e.textColumn;
  if (e.textEndColumn !== undefined) data.textEndColumn = e.textEndColumn;
  if (e.noCaret) data.caret = false;
  return diagnostic(e.code, { start: e.start, end: Math.max(e.start, e.end) }, e.message, { data });
}

/**
 * After a parser error CPython tokenizes the rest of the file, and a tokenizer error found there
 * wins (an unclosed bracket only when it opened on an earlier line than the parser error).
 */
function preferTokenizerError(p: ParserState, e: PySyntaxError): PySyntaxError {
  if (e.fromTokenizer || (e.code !== 'E100' && e.code !== 'E104')) return e;
  if (e.message === 'invalid syntax' && p.furthest && p.furthest.start > e.start) {
    e = new PySyntaxError(e.message, p.furthest.start, p.furthest.end);
  }
  if (e.message === 'unexpected indent' || e.message === 'unexpected unindent') return e;
  try {
    for (let i = 0; i < 50_000_000; i++) {
      if (p.tokenizer.next().type === 'ENDMARKER') return e;
    }
  } catch (later) {
    if (!(later instanceof PySyntaxError)) return e;
    // CPython's tokenizer reports these through the parser, which has already failed.
    if (PARSER_REPORTED.has(later.message)) return e;
    if (later.message.endsWith('was never closed')) {
      // CPython's second pass reads to the end of an unclosed bracket before it can blame a comma.
      // A missing-comma error counts from the line where its range ends.
      const at = e.message === 'invalid syntax. Perhaps you forgot a comma?' ? Math.max(e.start, e.end - 1) : e.start;
      return lineOf(p.src, at) > lineOf(p.src, later.start) ? later : e;
    }
    return later;
  }
  return e;
}

export type { Module } from './ast.js';
export { dump } from './dump.js';
