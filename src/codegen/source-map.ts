// Source Map v3 for generated code: a writer that astring feeds while printing (it calls
// `addMapping` for every printed node that carries `loc`), and the reader the host uses to turn a
// V8 stack position in generated JS back into a line and column of the .py file.
// Generated positions from astring are 1-based lines and 0-based columns; original positions are
// 1-based Python lines and 0-based UTF-16 columns within the line (what codegen stamps as `loc`).

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

interface Segment { genCol: number; line: number; col: number }

/** Collects mappings from astring and encodes them; one source (the script). */
export class SourceMapBuilder {
  private readonly lines: Segment[][] = [];

  constructor(private readonly filename: string, private readonly source: string) {}

  /** The astring hook: `generated` is 1-based line / 0-based column, `original` is the node's loc.start. */
  addMapping(m: { original: { line: number; column: number } | null; generated: { line: number; column: number } }): void {
    if (!m.original) return;
    const line = m.generated.line - 1;
    while (this.lines.length <= line) this.lines.push([]);
    const segs = this.lines[line]!;
    const last = segs[segs.length - 1];
    const seg = { genCol: m.generated.column, line: m.original.line - 1, col: m.original.column };
    // Several nodes can start at the same column (a call and its callee): the innermost wins, and it
    // is printed last, so a later mapping at the same column replaces the earlier one.
    if (last && last.genCol === seg.genCol) segs[segs.length - 1] = seg;
    else if (last && last.line === seg.line && last.col === seg.col) return;
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
    return { version: 3, sources: [this.filename], sourcesContent: [this.source], names: [], mappings };
  }
}

function decodeLine(text: string): number[][] {
  const segs: number[][] = [];
  for (const part of text.split(',')) {
    if (part === '') continue;
    const fields: number[] = [];
    let shift = 0;
    let value = 0;
    for (const ch of part) {
      const digit = B64.indexOf(ch);
      if (digit < 0) return segs;
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segs.push(fields);
  }
  return segs;
}

/**
 * The Python position for a V8 stack position: `line` and `column` are 1-based generated positions
 * as V8's CallSite reports them. Returns the nearest mapping at or before the column on that line
 * (1-based Python line, 0-based UTF-16 column); when the line has none before the column, the first
 * one after it on the same line (V8 reports an immediately-called function at the `(` of `})(...)`,
 * before the first mapped token); null when the line has no mapping at all.
 */
export function originalPositionFor(map: SourceMapV3, line: number, column: number): { line: number; column: number } | null {
  const lines = map.mappings.split(';');
  let srcLine = 0;
  let srcCol = 0;
  let best: { line: number; column: number } | null = null;
  let after: { line: number; column: number } | null = null;
  for (let i = 0; i < lines.length && i < line; i++) {
    let gen = 0;
    for (const f of decodeLine(lines[i]!)) {
      gen += f[0] ?? 0;
      if (f.length < 4) continue;
      srcLine += f[2]!;
      srcCol += f[3]!;
      if (i !== line - 1) continue;
      if (gen <= column - 1) best = { line: srcLine + 1, column: srcCol };
      else after ??= { line: srcLine + 1, column: srcCol };
    }
  }
  return best ?? after;
}
