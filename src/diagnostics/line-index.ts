// Turns offsets into 1-based lines and columns. Columns count code points, as CPython's caret
// lines and error columns do, not UTF-16 units.

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, in code points
}

export class LineIndex {
  private readonly starts: number[] = [0];
  /** Lines holding a surrogate (an astral code point): only there do columns need counting. */
  private readonly surrogateLines = new Set<number>();

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c >= 0xd800 && c <= 0xdfff) this.surrogateLines.add(this.starts.length - 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo]!;
    // Counting is linear in the line, so only lines with astral characters pay for it: a huge
    // one-line expression would otherwise make every position lookup, and compiling, quadratic.
    const column = this.surrogateLines.has(lo) ? codePointCount(this.text, lineStart, offset) : offset - lineStart;
    return { line: lo + 1, column: column + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }

  /** The text of a 1-based line, without its line terminator. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line]! : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}

export function codePointCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
