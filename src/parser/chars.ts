// Character-level helpers shared by the tokenizer and the error reporting: line ends (\n, \r\n,
// \r, as CPython's universal newlines), ASCII identifier classes, and offset → line number.

export function isNewline(c: string): boolean {
  return c === '\n' || c === '\r';
}

export function newlineLength(src: string, i: number): number {
  return src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isIdentifierStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

export function isAsciiIdentifierChar(code: number): boolean {
  return isIdentifierStart(code) || isDigit(code);
}

export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

export function lineOf(src: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = src.charCodeAt(i);
    if (c === 10 || (c === 13 && src.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
