// Turning a diagnostic into text, at the edge of the system (CLI, host error reports). Two styles:
// formatSyntaxError mirrors what CPython 3.11 prints for an uncaught SyntaxError (pythonrun.c's
// print_error_text: the line stripped of leading whitespace, carets under the error range), so a
// script author sees what python3 would show; formatDiagnostic is the stable `corral lint` form,
// `file:line:col: CODE message (rule)` plus a code frame, like ESLint and rustc.

import { CODES } from './codes.js';
import type { Diagnostic } from './diagnostic.js';
import { LineIndex } from './line-index.js';

/** CPython's stderr text for an uncaught SyntaxError, ending with a newline. */
export function formatSyntaxError(d: Diagnostic, source: string, filename: string): string {
  const index = new LineIndex(source);
  const start = index.position(d.span.start);
  const end = index.position(Math.max(d.span.start, d.span.end));
  const pyType = typeof d.data?.pyType === 'string' ? d.data.pyType : 'SyntaxError';
  let out = `  File "${filename}", line ${start.line}\n`;
  // An f-string field's error shows CPython's `(expr)` text instead of the source line.
  const text = typeof d.data?.text === 'string' ? d.data.text : start.line <= index.lineCount ? index.lineText(start.line) : '';
  // CPython does this arithmetic in UTF-8 bytes, counting the line's newline in its size.
  const bytes = (column: number): number => Buffer.byteLength([...text].slice(0, column - 1).join(''), 'utf8') + 1;
  const hasNewline = index.lineStart(start.line) + text.length < source.length;
  const lineSize = Buffer.byteLength(text, 'utf8') + (hasNewline ? 1 : 0);
  // A zero-width span is a single caret; a span over several lines runs to the end of the first.
  // With a substitute `text`, the parser gives the columns within it (`textColumn`).
  const own = typeof d.data?.textColumn === 'number' && typeof d.data.textEndColumn === 'number'
    ? { start: d.data.textColumn, end: d.data.textEndColumn } : null;
  const offset = bytes(own ? own.start : start.column);
  // python3 prints a single caret for indentation errors whatever their range.
  const ranged = (own ? own.end > own.start : d.span.end > d.span.start) && pyType === 'SyntaxError';
  let endOffset = !ranged ? offset : own ? bytes(own.end) : end.line > start.line ? lineSize : bytes(end.column);
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  out += errorText(text, d.data?.caret === false ? -Infinity : offset, endOffset);
  return `${out}${pyType}: ${d.message}\n`;
}

/** A transcription of print_error_text (offsets in UTF-8 bytes): strip leading blanks, clip, carets. */
function errorText(line: string, offset1: number, endOffset1: number): string {
  const carets = endOffset1 > 0 && endOffset1 > offset1 ? endOffset1 - offset1 : 1;
  let offset = offset1 - 1;
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t' || line[i] === '\f') {
    i++;
    offset--;
  }
  const text = line.slice(i);
  const len = Buffer.byteLength(text, 'utf8');
  if (offset > len) offset = len;
  let out = `    ${text}\n`;
  if (offset < 0) return out;
  out += `    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
  return out;
}

/**
 * The `corral lint` form:
 *
 *     x.py:3:9: E100 '(' was never closed (syntax-error)
 *       3 | y = (1,
 *         |     ^
 *     hint: ...
 *     note: ... (x.py:1:1)
 */
export function formatDiagnostic(d: Diagnostic, source: string, filename: string): string {
  const index = new LineIndex(source);
  const at = index.position(d.span.start);
  const rule = (CODES as Record<string, { name: string } | undefined>)[d.code]?.name;
  // Policy rules already end their messages with `[rule-name]`; name the rule once.
  const named = rule === undefined || d.message.endsWith(`[${rule}]`);
  let out = `${filename}:${at.line}:${at.column}: ${d.code} ${d.message}${named ? '' : ` (${rule})`}\n`;
  out += codeFrame(index, d.span.start, d.span.end);
  if (d.hint) out += `hint: ${d.hint}\n`;
  for (const note of d.notes ?? []) {
    if (note.span) {
      const p = index.position(note.span.start);
      out += `note: ${note.message} (${filename}:${p.line}:${p.column})\n`;
      out += codeFrame(index, note.span.start, note.span.end);
    } else {
      out += `note: ${note.message}\n`;
    }
  }
  return out;
}

/** The source line with a line-number gutter, and `^~~~` under the span (to the line's end at most). */
function codeFrame(index: LineIndex, start: number, end: number): string {
  const first = index.position(start);
  if (first.line > index.lineCount) return '';
  const text = index.lineText(first.line);
  const chars = [...text];
  const last = index.position(Math.max(start, end));
  const endColumn = last.line > first.line ? chars.length + 1 : last.column;
  const width = Math.max(1, endColumn - first.column);
  // Keep tabs in the padding so the marker lines up under tab-indented code.
  const pad = chars.slice(0, first.column - 1).map((c) => (c === '\t' ? '\t' : ' ')).join('');
  const gutter = String(first.line);
  const blank = ' '.repeat(gutter.length);
  return ` ${gutter} | ${text}\n ${blank} | ${pad}^${'~'.repeat(width - 1)}\n`;
}
