// Source Map v3 for generated code: a writer that astring feeds while printing (it calls
// `addMapping` for every printed node that carries `loc`), and the reader the host uses to turn a
// V8 stack position in generated JS back into a line and column of the .py file.
// Generated positions from astring are 1-based lines and 0-based columns; original positions are
// 1-based Python lines and 0-based UTF-16 columns within the line (what codegen stamps as `loc`).
//
// Tracebacks need the whole span of the failing Python node, not only its start (CPython 3.11
// underlines it), so the map carries one extension field (the spec reserves `x_` names):
// `x_corral_ends` holds, for every segment of `mappings` in order, comma-separated, the VLQ pair
// (endLine - line, endLine === line ? endColumn - column : endColumn); a pair starting with -1
// means the end is unknown. It is data like `mappings`: the host decodes it defensively.

import type { SourceMapV3 } from '../types.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function encodeVlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += B64[digit];
  } while (v > 0);
  return out;
}

interface Segment { genCol: number; line: number; col: number; endLine: number; endCol: number }

/** A Python position as codegen stamps it (1-based line, 0-based UTF-16 column). */
export interface PyPosition { line: number; column: number }
/** Where a generated position maps to: the start of the Python node and, when known, its end. */
export interface OriginalSpan { line: number; column: number; endLine: number | null; endColumn: number | null }

/** Collects mappings from astring and encodes them; one source (the script). */
export class SourceMapBuilder {
  private readonly lines: Segment[][] = [];

  /** `endOf` gives the end of the span whose `loc.start` object astring passes as `original`. */
  constructor(
    private readonly filename: string,
    private readonly source: string,
    private readonly endOf: (start: PyPosition) => PyPosition | undefined = () => undefined,
  ) {}

  /** The astring hook: `generated` is 1-based line / 0-based column, `original` is the node's loc.start. */
  addMapping(m: { original: PyPosition | null; generated: { line: number; column: number } }): void {
    if (!m.original) return;
    const line = m.generated.line - 1;
    while (this.lines.length <= line) this.lines.push([]);
    const segs = this.lines[line]!;
    const last = segs[segs.length - 1];
    const end = this.endOf(m.original);
    const seg = {
      genCol: m.generated.column, line: m.original.line - 1, col: m.original.column,
      endLine: end ? end.line - 1 : -1, endCol: end ? end.column : 0,
    };
    // Several nodes can start at the same column (a call and its callee): the innermost wins, and it
    // is printed last, so a later mapping at the same column replaces the earlier one. Nested nodes
    // can also share a start (`a.b` in `a.b.c`), so only a mapping of the very same span is redundant.
    if (last && last.genCol === seg.genCol) segs[segs.length - 1] = seg;
    else if (last && last.line === seg.line && last.col === seg.col && last.endLine === seg.endLine && last.endCol === seg.endCol) return;
    else segs.push(seg);
  }

  toJSON(): SourceMapV3 {
    let prevLine = 0;
    let prevCol = 0;
    const mappings = this.lines.map((segs) => {
      let prevGen = 0;
      return segs.map((s) => {
        const out = encodeVlq(s.genCol - prevGen) + encodeVlq(0) + encodeVlq(s.line - prevLine) + encodeVlq(s.col - prevCol);
        prevGen = s.genCol;
        prevLine = s.line;
        prevCol = s.col;
        return out;
      }).join(',');
    }).join(';');
    const ends = this.lines.flat().map((s) => s.endLine < 0
      ? encodeVlq(-1) + encodeVlq(0)
      : encodeVlq(s.endLine - s.line) + encodeVlq(s.endLine === s.line ? s.endCol - s.col : s.endCol)).join(',');
    return { version: 3, sources: [this.filename], sourcesContent: [this.source], names: [], mappings, x_corral_ends: ends };
  }
}

function decodeLine(text: string): number[][] {
  return text.split(',').filter((part) => part !== '').map(decodeSegment);
}

/** The VLQ numbers of one segment (a malformed digit ends it early). */
function decodeSegment(part: string): number[] {
  const fields: number[] = [];
  let shift = 0;
  let value = 0;
  for (const ch of part) {
    const digit = B64.indexOf(ch);
    if (digit < 0) return fields;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/**
 * The Python span for a V8 stack position: `line` and `column` are 1-based generated positions
 * as V8's CallSite reports them. Returns the nearest mapping at or before the column on that line
 * (1-based Python line, 0-based UTF-16 column); when the line has none before the column, the first
 * one after it on the same line (V8 reports an immediately-called function at the `(` of `})(...)`,
 * before the first mapped token); null when the line has no mapping at all. The end comes from
 * `x_corral_ends` when the map has it.
 */
export function originalPositionFor(map: SourceMapV3, line: number, column: number): OriginalSpan | null {
  const lines = map.mappings.split(';');
  let srcLine = 0;
  let srcCol = 0;
  let index = 0;
  let best: { line: number; column: number; index: number } | null = null;
  let after: { line: number; column: number; index: number } | null = null;
  for (let i = 0; i < lines.length && i < line; i++) {
    let gen = 0;
    for (const f of decodeLine(lines[i]!)) {
      const at = index++;
      gen += f[0] ?? 0;
      if (f.length < 4) continue;
      srcLine += f[2]!;
      srcCol += f[3]!;
      if (i !== line - 1) continue;
      if (gen <= column - 1) best = { line: srcLine + 1, column: srcCol, index: at };
      else after ??= { line: srcLine + 1, column: srcCol, index: at };
    }
  }
  const found = best ?? after;
  if (found === null) return null;
  const end = endOf(map, found.index);
  return {
    line: found.line, column: found.column,
    endLine: end === null ? null : found.line + end[0],
    endColumn: end === null ? null : end[0] === 0 ? found.column + end[1] : end[1],
  };
}

/** The (line delta, column) pair of segment `index` in `x_corral_ends`, or null when absent or malformed. */
function endOf(map: SourceMapV3, index: number): [number, number] | null {
  const ends = map.x_corral_ends;
  if (typeof ends !== 'string') return null;
  const part = ends.split(',')[index];
  if (part === undefined) return null;
  const f = decodeSegment(part);
  if (f.length !== 2 || f[0]! < 0 || f[1]! < 0) return null;
  return [f[0]!, f[1]!];
}
