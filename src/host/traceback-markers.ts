// The position-marker line CPython 3.11 prints under a traceback frame's source line
// (Python/traceback.c, tb_displayline and extract_anchors_from_line): `^` under the span of the
// failing instruction, or `~` under the operands and `^` under the operator of a binary operation,
// `~` under the value and `^` under the `[...]` of a subscript. CPython finds those anchors by
// re-parsing the span's text; so do we, with our own parser. A span that covers the whole stripped
// line gets no markers unless it has anchors; a span running onto later lines is underlined to the
// last non-blank character of its first line. Markers count code points.

import { parse } from '../parser/index.js';
import type { ExprNode } from '../parser/ast.js';
import { codePointCount } from '../diagnostics/line-index.js';
import type { TracebackFrame } from '../types.js';

const INDENT = '    ';

/** The marker line (with its newline) for `frame` under `text`, its full source line; '' when none. */
export function markerLine(text: string, frame: TracebackFrame): string {
  if (frame.column === null || frame.endLine === null || frame.endColumn === null) return '';
  const chars = Array.from(text);
  let indent = 0;
  while (indent < chars.length && isBlank(chars[indent]!)) indent++;
  const start = frame.column - 1;
  let end: number;
  if (frame.endLine === frame.line) end = frame.endColumn - 1;
  else {
    // CPython scans the line's UTF-8 bytes from its length in characters for the last non-blank
    // one and uses that byte index as a character count: on lines with non-ASCII text the
    // underline stops short. Reproduced as is.
    const bytes = new TextEncoder().encode(text);
    end = chars.length;
    while (end > 0 && isBlankByte(bytes[end - 1]!)) end--;
  }
  if (start < indent || end <= start || end > chars.length) return '';
  const anchors = frame.endLine === frame.line ? anchorsOf(chars.slice(start, end).join('')) : null;
  if (anchors === null && end - start === chars.length - indent) return '';
  let out = INDENT;
  for (let k = indent; k < end; k++) {
    if (k < start) out += ' ';
    else if (anchors !== null && anchors.left + start <= k && k < anchors.right + start) out += '^';
    else out += anchors !== null ? '~' : '^';
  }
  return `${out}\n`;
}

/**
 * For a call that failed looking up its method: the end of its callee (`obj.meth` in
 * `obj.meth(x)`), as an offset into `source`, found by re-parsing the call's text; null when the
 * text is not a call.
 */
export function calleeEnd(source: string, start: number, end: number): number | null {
  const { module } = parse(source.slice(start, end));
  const stmt = module?.body.length === 1 ? module.body[0]! : null;
  if (stmt === null || stmt.kind !== 'Expr' || stmt.value.kind !== 'Call') return null;
  return start + stmt.value.func.end;
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

function isBlankByte(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0c;
}

/** The secondary range within `segment` (code-point offsets) when it parses as a BinOp or Subscript. */
function anchorsOf(segment: string): { left: number; right: number } | null {
  const { module } = parse(segment);
  const stmt = module?.body.length === 1 ? module.body[0]! : null;
  if (stmt === null || stmt.kind !== 'Expr') return null;
  const e: ExprNode = stmt.value;
  const cp = (offset: number): number => codePointCount(segment, 0, offset);
  if (e.kind === 'BinOp') {
    // The operator is the first non-blank character between the operands that is not a closing
    // parenthesis of the left operand; a second non-blank character makes it two wide (`//`, `**`).
    let found: { left: number; right: number } | null = null;
    for (let i = e.left.end; i < e.right.start; i++) {
      const c = segment[i]!;
      if (isBlank(c)) continue;
      const two = i + 1 < e.right.start && !isBlank(segment[i + 1]!);
      found = { left: cp(i), right: cp(i + (two ? 2 : 1)) };
      if (c === ')' && i + 1 < e.right.start) continue;
      break;
    }
    return found;
  }
  if (e.kind === 'Subscript') {
    return { left: cp(e.value.end), right: cp(Math.min(e.slice.end + 1, segment.length)) };
  }
  return null;
}
