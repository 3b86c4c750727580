// Script bytes → text, as python3 reads a source file: UTF-8 (a leading BOM is kept for the parser
// to skip), and anything that is not valid UTF-8 is refused with CPython's own SyntaxError line.
// Encoding declarations (PEP 263) other than UTF-8 are not supported.

export class SourceDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceDecodeError';
  }
}

export function decodeSource(bytes: Uint8Array, filename: string): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return new TextDecoder('utf-8').decode(bytes);
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
  const hex = bytes[bad]!.toString(16).padStart(2, '0');
  throw new SourceDecodeError(
    `SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, ` +
    'but no encoding declared; see https://peps.python.org/pep-0263/ for details');
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += n + 1;
  }
  return -1;
}
