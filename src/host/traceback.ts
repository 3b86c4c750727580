// Tracebacks: maps the raw frames a Python exception carries out of the isolate (generated-JS
// positions) back to the script through the program's source map, and prints the exception the
// way CPython 3.11 prints an uncaught one (sys.excepthook → PyErr_Display): chained exceptions
// first, `File "...", line N, in name` plus the stripped source line per frame, runs of more than
// three identical frames folded into `[Previous line repeated N more times]`, at most the last
// 1000 frames (sys.tracebacklimit's default), then `Type: message` (or just `Type`). Under each
// source line, the `~~~^~~~` position markers of the failing expression (traceback-markers.ts).

import { LineIndex, codePointCount } from '../diagnostics/line-index.js';
import type { RaisedException, RawFrame } from '../runtime/protocol.js';
import type { PyException, TracebackFrame } from '../types.js';
import type { OriginalSpan } from '../codegen/source-map.js';
import { calleeEnd, markerLine } from './traceback-markers.js';

/**
 * Generated position (1-based line and column, as V8 reports) → the Python node's span: 1-based
 * lines, 0-based UTF-16 columns within their lines, the end null when unknown.
 */
export type PositionMapper = (line: number, column: number) => OriginalSpan | null;

export interface TracebackContext {
  filename: string;
  source: string;
  codeNames: Readonly<Record<string, string>>;
  mapPosition: PositionMapper;
}

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';
const RECURSIVE_CUTOFF = 3;
const TRACEBACK_LIMIT = 1000;

/** RaisedException (already shape-checked) → PyException with script positions. */
export function mapException(raised: RaisedException, ctx: TracebackContext, lines = new LineIndex(ctx.source)): PyException {
  return {
    type: raised.type,
    message: raised.message,
    frames: raised.frames.flatMap((f) => mapFrame(f, ctx, lines)),
    cause: raised.cause ? mapException(raised.cause, ctx, lines) : null,
    context: raised.context && !raised.suppressContext ? mapException(raised.context, ctx, lines) : null,
    ...(raised.exit ? { exit: raised.exit } : {}),
  };
}

function mapFrame(frame: RawFrame, ctx: TracebackContext, lines: LineIndex): TracebackFrame[] {
  let pos: OriginalSpan | null;
  try {
    pos = ctx.mapPosition(frame.line, frame.column);
  } catch {
    pos = null;
  }
  // A frame with no mapping is glue code around the script, not a line a user could look at.
  if (pos === null || !Number.isSafeInteger(pos.line) || pos.line < 1 || pos.line > lines.lineCount) return [];
  if (frame.callee === true) pos = narrowToCallee(pos, ctx.source, lines);
  const column = toColumn(lines, pos.line, pos.column);
  let endLine: number | null = null;
  let endColumn: number | null = null;
  if (column !== null && pos.endLine !== null && Number.isSafeInteger(pos.endLine) && pos.endLine >= pos.line && pos.endLine <= lines.lineCount) {
    endColumn = toColumn(lines, pos.endLine, pos.endColumn);
    if (endColumn !== null) endLine = pos.endLine;
  }
  const name = Object.prototype.hasOwnProperty.call(ctx.codeNames, frame.fn) ? ctx.codeNames[frame.fn]! : frame.fn;
  return [{ filename: ctx.filename, line: pos.line, column, endLine, endColumn, name }];
}

/** The span of a method call whose lookup failed → the span of its callee (CPython's LOAD_METHOD). */
function narrowToCallee(pos: OriginalSpan, source: string, lines: LineIndex): OriginalSpan {
  if (pos.endLine === null || pos.endColumn === null || pos.endLine > lines.lineCount) return pos;
  const start = lines.lineStart(pos.line) + pos.column;
  const end = lines.lineStart(pos.endLine) + pos.endColumn;
  if (!(start >= 0 && start < end && end <= source.length)) return pos;
  const at = calleeEnd(source, start, end);
  if (at === null) return pos;
  const p = lines.position(at);
  return { ...pos, endLine: p.line, endColumn: at - lines.lineStart(p.line) };
}

/** A 0-based UTF-16 column of a line → a 1-based code-point column (null when not a valid column). */
function toColumn(lines: LineIndex, line: number, column: number | null): number | null {
  if (column === null || !Number.isSafeInteger(column) || column < 0) return null;
  const text = lines.lineText(line);
  return codePointCount(text, 0, Math.min(column, text.length)) + 1;
}

/**
 * The text CPython prints for an uncaught exception, ending in a newline. Source lines are shown
 * unless the file is `<stdin>`, where CPython cannot show them either (it has no file to read).
 */
export function formatTraceback(exc: PyException, source: string | null): string {
  const lines = source === null ? null : new LineIndex(source);
  const out: string[] = [];
  const seen = new Set<PyException>();
  const visit = (e: PyException): void => {
    seen.add(e);
    if (e.cause !== null && !seen.has(e.cause)) {
      visit(e.cause);
      out.push(CAUSE);
    } else if (e.context !== null && !seen.has(e.context)) {
      visit(e.context);
      out.push(CONTEXT);
    }
    formatOne(e, lines, out);
  };
  visit(exc);
  return out.join('');
}

function formatOne(e: PyException, lines: LineIndex | null, out: string[]): void {
  const frames = e.frames.length > TRACEBACK_LIMIT ? e.frames.slice(e.frames.length - TRACEBACK_LIMIT) : e.frames;
  if (frames.length > 0) out.push('Traceback (most recent call last):\n');
  let last: TracebackFrame | null = null;
  let count = 0;
  for (const f of frames) {
    if (last === null || f.filename !== last.filename || f.line !== last.line || f.name !== last.name) {
      if (count > RECURSIVE_CUTOFF) out.push(repeated(count));
      last = f;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out.push(`  File "${f.filename}", line ${f.line}, in ${f.name}\n`);
    const full = lines !== null && f.filename !== '<stdin>' && f.line <= lines.lineCount ? lines.lineText(f.line) : '';
    // CPython strips the indentation only: trailing blanks are printed (and counted for markers).
    const text = full.replace(/^[ \t\f]+/, '');
    if (text.trim() !== '') out.push(`    ${text}\n`, markerLine(full, f));
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeated(count));
  out.push(e.message === '' ? `${e.type}\n` : `${e.type}: ${e.message}\n`);
}

function repeated(count: number): string {
  const more = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
}
