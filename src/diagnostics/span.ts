// Positions in source text. A span is a pair of UTF-16 offsets (end exclusive); line and column
// are derived only when something is reported (see line-index.ts), as esbuild's logger does.

export interface Span {
  start: number;
  end: number;
}
