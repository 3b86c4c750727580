// String and bytes literal decoding: prefix flags, escapes (\x \u \U \N{...}, octal, the simple
// ones; unknown escapes keep their backslash, as CPython does) and CPython's `(unicode error)`
// messages. f-strings are split into parts by fstrings.ts, which decodes literal parts with this.

import { PySyntaxError, syntaxError } from './errors.js';
import { lookupUnicodeName } from './unicode-names.js';

export interface StringToken {
  isBytes: boolean;
  isRaw: boolean;
  isFormatted: boolean;
  /** The text between the quotes, undecoded. */
  body: string;
  /** Offset of `body` in the source. */
  bodyStart: number;
}

export function splitStringToken(text: string, start: number): StringToken {
  let p = 0;
  while (text[p] !== '"' && text[p] !== "'") p++;
  const prefix = text.slice(0, p).toLowerCase();
  const q = text[p]!;
  const quoteLen = text.startsWith(q.repeat(3), p) && text.length - p >= 6 ? 3 : 1;
  return {
    isBytes: prefix.includes('b'), isRaw: prefix.includes('r'), isFormatted: prefix.includes('f'),
    body: text.slice(p + quoteLen, text.length - quoteLen), bodyStart: start + p + quoteLen,
  };
}

const SIMPLE: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * Decodes the escapes of a str literal's body (or part of an f-string). `errorAt` is where CPython
 * puts the caret for a decoding error: the token after the literal.
 */
export function decodeStr(body: string, raw: boolean, errorAt: number): string {
  if (raw || !body.includes('\\')) return normaliseNewlines(body);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\r' || c === '\n') { out += '\n'; if (c === '\r' && body[i + 1] === '\n') i++; continue; }
    if (c !== '\\') { out += c; continue; }
    const e = body[i + 1];
    const at = i;
    if (e === undefined) { out += '\\'; continue; }
    i++;
    if (e === '\n' || e === '\r') { if (e === '\r' && body[i + 1] === '\n') i++; continue; }
    if (SIMPLE[e] !== undefined) { out += SIMPLE[e]; continue; }
    if (e >= '0' && e <= '7') {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) digits += body[++i];
      out += String.fromCodePoint(parseInt(digits, 8));
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      const want = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      let digits = '';
      while (digits.length < want && /[0-9a-fA-F]/.test(body[i + 1] ?? '')) digits += body[++i];
      const name = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
      if (digits.length < want) throw unicodeError(body, at, i + 1, `truncated ${name} escape`, errorAt);
      const cp = parseInt(digits, 16);
      if (cp > 0x10ffff) throw unicodeError(body, at, i + 1, 'illegal Unicode character', errorAt);
      out += String.fromCodePoint(cp);
      continue;
    }
    if (e === 'N') {
      const close = body.indexOf('}', i);
      if (body[i + 1] !== '{' || close < 0 || close === i + 2) {
        const end = body[i + 1] !== '{' ? i + 1 : close < 0 ? body.length : i + 2;
        throw unicodeError(body, at, end, 'malformed \\N character escape', errorAt);
      }
      const name = body.slice(i + 2, close);
      const cp = lookupUnicodeName(name);
      // A name no Unicode character can have is CPython's error; a plausible one we lack is ours.
      if (cp === null && !/^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/.test(name)) {
        throw unicodeError(body, at, close + 1, 'unknown Unicode character name', errorAt);
      }
      if (cp === null) {
        throw new PySyntaxError(
          `unsupported \\N{${name}} escape: Corral knows only a few character names; use a \\u or \\U escape`,
          errorAt, errorAt, 'SyntaxError', 'E101');
      }
      out += String.fromCodePoint(cp);
      i = close;
      continue;
    }
    out += '\\' + e;
  }
  return out;
}

/** Decodes a bytes literal's body; every character must be ASCII. */
export function decodeBytes(body: string, raw: boolean, tokenStart: number, tokenEnd: number, errorAt: number): Uint8Array {
  if (/[^\x00-\x7f]/.test(body)) throw syntaxError('bytes can only contain ASCII literal characters', tokenStart, tokenEnd);
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\r') { out.push(10); if (body[i + 1] === '\n') i++; continue; }
    if (c !== '\\' || raw) { out.push(c.charCodeAt(0)); continue; }
    const e = body[i + 1];
    if (e === undefined) { out.push(92); continue; }
    const at = i;
    i++;
    if (e === '\n' || e === '\r') { if (e === '\r' && body[i + 1] === '\n') i++; continue; }
    if (SIMPLE[e] !== undefined) { out.push(SIMPLE[e]!.charCodeAt(0)); continue; }
    if (e >= '0' && e <= '7') {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) digits += body[++i];
      out.push(parseInt(digits, 8) & 0xff);
      continue;
    }
    if (e === 'x') {
      const digits = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(digits)) {
        throw syntaxError(`(value error) invalid \\x escape at position ${at}`, errorAt);
      }
      out.push(parseInt(digits, 16));
      i += 2;
      continue;
    }
    out.push(92, e.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

function normaliseNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * CPython reports escape errors with byte positions in the body after it has rewritten every
 * non-ASCII character as a 10-byte `\\U0000xxxx` escape (decode_unicode_with_escapes).
 */
function unicodeError(body: string, from: number, to: number, what: string, errorAt: number): PySyntaxError {
  const bytes = (s: string): number => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x80 ? 1 : 10), 0);
  const a = bytes(body.slice(0, from));
  const b = bytes(body.slice(0, to)) - 1;
  return syntaxError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${a}-${b}: ${what}`, errorAt);
}
