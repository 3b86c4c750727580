// Delimiting string literals in the tokenizer: which prefixes start a string (r, u, b, f and the
// two-letter combinations, in any case) and where the literal ends. Decoding is strings.ts's job.

import { syntaxError } from './errors.js';
import { lineOf } from './tokenizer.js';

const PREFIXES: ReadonlySet<string> = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);

/** Length of the string prefix at `start` if a string literal starts there, else -1. */
export function stringPrefixLength(src: string, start: number): number {
  for (let n = 0; n <= 2; n++) {
    const q = src[start + n];
    if (q === '"' || q === "'") return PREFIXES.has(src.slice(start, start + n).toLowerCase()) || n === 0 ? n : -1;
    if (q === undefined || !/[a-zA-Z]/.test(q)) return -1;
  }
  return -1;
}

/** End offset of the string literal at `start`; throws `unterminated ...` as CPython's tokenizer does. */
export function scanString(src: string, start: number, prefixLength: number): number {
  const open = start + prefixLength;
  const q = src[open]!;
  const triple = src[open + 1] === q && src[open + 2] === q;
  let i = open + (triple ? 3 : 1);
  for (;;) {
    const c = src[i];
    if (c === undefined || (!triple && (c === '\n' || c === '\r'))) {
      // CPython counts the line it was on when it gave up; a final newline does not start a new line.
      const detectedAt = c !== undefined ? lineOf(src, i) : lineOf(src, Math.max(start, endOfLastLine(src)));
      const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
      throw syntaxError(`${what} (detected at line ${detectedAt})`, start);
    }
    if (c === '\\') {
      i += src[i + 1] === '\r' && src[i + 2] === '\n' ? 3 : 2;
      if (i > src.length) i = src.length;
      continue;
    }
    if (c === q && (!triple || (src[i + 1] === q && src[i + 2] === q))) return i + (triple ? 3 : 1);
    i++;
  }
}

/** Where CPython's line count stops: a final `\n` or `\r` starts no new line, a final `\r\n` does. */
function endOfLastLine(src: string): number {
  if (src.endsWith('\r\n')) return src.length;
  return /[\r\n]$/.test(src) ? src.length - 1 : src.length;
}
