// Identifier rules of the tokenizer: NFKC normalisation (PEP 3131, as CPython's tokenizer does)
// and the `invalid character` errors for non-ASCII characters that cannot be part of a name.

import { syntaxError } from './errors.js';

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
/** Python's str.isprintable is false for these categories (space excepted). */
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isPrintable(cp: number): boolean {
  return cp === 0x20 || !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** Returns the NFKC-normalised name of src[start, end), or throws CPython's error for its first bad character. */
export function verifyIdentifier(src: string, start: number, end: number): string {
  const raw = src.slice(start, end);
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(raw)) return raw;
  const name = raw.normalize('NFKC');
  let offset = start;
  let first = true;
  for (const ch of raw) {
    const norm = ch.normalize('NFKC');
    const ok = [...norm].every((n, i) => (first && i === 0 ? XID_START : XID_CONTINUE).test(n));
    if (!ok) {
      const cp = ch.codePointAt(0)!;
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      throw syntaxError(
        isPrintable(cp) ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`,
        offset,
      );
    }
    first = false;
    offset += ch.length;
  }
  return name;
}
