// Helpers shared by the parser's golden tests: chunked files (`# ---` separators, as
// scripts/update-parser-goldens.mjs splits them), error markers, and node spans in the form the
// goldens store them (`Kind line:col-endline:endcol`, columns in UTF-8 bytes as CPython counts).

import { LineIndex } from '../../src/diagnostics/line-index.js';
import type { Node } from '../../src/parser/ast.js';
import { childNodes } from '../../src/parser/dump.js';

export function splitChunks(text: string): string[] {
  return text.split(/^# ---[^\S\n]*\n/m);
}

/** `  ### E100 @col "message"`, `@line:col` for a line the chunk lacks; `@...` may be left out. */
const MARKER = /  ### (E\d{3})(?: @(?:(\d+):)?(\d+))? (".*")$/;

export interface ExpectedError { code: string; line: number; column?: number; message: string }

/** The chunk without its `### ...` markers, and the error its marker expects. */
export function readErrorChunk(chunk: string): { source: string; expected: ExpectedError | null } {
  let expected: ExpectedError | null = null;
  const lines = chunk.split('\n').map((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return line;
    expected = { code: m[1]!, line: m[2] ? Number(m[2]) : i + 1, message: JSON.parse(m[4]!) as string };
    if (m[3]) expected.column = Number(m[3]);
    return line.slice(0, m.index);
  });
  return { source: lines.join('\n'), expected };
}

/** Node kinds CPython gives positions to (not Module, arguments, comprehension, withitem, match_case). */
const UNPOSITIONED: ReadonlySet<string> = new Set(['Module', 'arguments', 'comprehension', 'withitem', 'match_case']);

/** Spans of all positioned nodes in ast.walk's breadth-first order. */
export function spansOf(root: Node, source: string): string[] {
  const index = new LineIndex(source);
  const col = (offset: number): string => {
    const { line } = index.position(offset);
    const bytes = Buffer.byteLength(source.slice(index.lineStart(line), offset), 'utf8');
    return `${line}:${bytes}`;
  };
  const out: string[] = [];
  const queue: Node[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (!UNPOSITIONED.has(node.kind)) out.push(`${node.kind} ${col(node.start)}-${col(node.end)}`);
    queue.push(...childNodes(node));
  }
  return out;
}
