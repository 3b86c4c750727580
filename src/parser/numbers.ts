// Number literals: scanning (a transcription of CPython 3.11's tokenizer, so errors and their
// caret positions match: `invalid decimal literal`, `leading zeros ...`, `invalid digit '8' in
// octal literal`, ...) and conversion to a Constant value (ints as bigint, as ast.ts says).

import type { ConstantValue } from './ast.js';
import { PySyntaxError, syntaxError } from './errors.js';

/** CPython's default sys.int_info.str_digits_check_threshold applied to decimal literals. */
export const MAX_DECIMAL_DIGITS = 4300;

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHex = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);
// CPython's check sees a non-ASCII byte as negative, so only ASCII letters, digits and `_` count.
const isIdentChar = (c: string): boolean => /^[A-Za-z0-9_]$/.test(c);

/** Returns the end offset of the number starting at `start`, or throws CPython's tokenizer error. */
export function scanNumber(src: string, start: number): number {
  // Fast path for the common plain decimal integer: digits then a character that cannot continue a number.
  let end = start;
  while (end < src.length && src.charCodeAt(end) >= 0x30 && src.charCodeAt(end) <= 0x39) end++;
  if (end > start && (src[start] !== '0' || end === start + 1) && !/[\w.\u0080-\uffff]/.test(src[end] ?? ' ')) return end;
  let cur = start;
  // tok_nextc / tok_backup: '' stands for EOF, which CPython never steps past.
  const next = (): string => (cur < src.length ? src[cur++]! : '');
  const backup = (c: string): void => { if (c !== '') cur--; };
  // CPython's syntaxerror(): the caret goes on the character before the cursor.
  const fail = (msg: string): never => { throw syntaxError(msg, cur - 1); };

  const decimalTail = (): string => {
    for (;;) {
      let c: string;
      do c = next(); while (isDigit(c));
      if (c !== '_') return c;
      c = next();
      if (!isDigit(c)) { backup(c); fail('invalid decimal literal'); }
    }
  };
  // Allows `1if x else y` (CPython warns) but rejects `1abc`. As in CPython, `and`, `else`, `for`,
  // `or`, `not` must end there (`1and9` is an error) while `if`/`in`/`is` need only two letters.
  const verifyEnd = (c: string, kind: string): void => {
    const rest = src.slice(cur);
    const word = (tail: string): boolean => rest.startsWith(tail) && !isIdentChar(rest[tail.length] ?? '');
    const keywordFollows =
      (c === 'a' && word('nd')) || (c === 'e' && word('lse')) || (c === 'f' && word('or')) ||
      (c === 'i' && /^[fns]/.test(rest)) || (c === 'o' && word('r')) || (c === 'n' && word('ot'));
    if (!keywordFollows && isIdentChar(c)) { backup(c); fail(`invalid ${kind} literal`); }
  };
  const radix = (kind: string, ok: (c: string) => boolean, digitsMsg: boolean): number => {
    let c = next();
    do {
      if (c === '_') c = next();
      if (!ok(c)) {
        if (digitsMsg && isDigit(c)) fail(`invalid digit '${c}' in ${kind} literal`);
        backup(c);
        fail(`invalid ${kind} literal`);
      }
      do c = next(); while (ok(c));
    } while (c === '_');
    if (digitsMsg && isDigit(c)) fail(`invalid digit '${c}' in ${kind} literal`);
    verifyEnd(c, kind);
    backup(c);
    return cur;
  };
  const exponentAndImag = (c: string): number => {
    if (c === 'e' || c === 'E') {
      const e = c;
      c = next();
      if (c === '+' || c === '-') {
        c = next();
        if (!isDigit(c)) { backup(c); fail('invalid decimal literal'); }
      } else if (!isDigit(c)) {
        backup(c);
        verifyEnd(e, 'decimal');
        return cur - 1;
      }
      c = decimalTail();
    }
    if (c === 'j' || c === 'J') {
      c = next();
      verifyEnd(c, 'imaginary');
    } else {
      verifyEnd(c, 'decimal');
    }
    backup(c);
    return cur;
  };
  const fraction = (c: string): number => exponentAndImag(isDigit(c) ? decimalTail() : c);

  let c = next();
  if (c === '.') return fraction(next());
  if (c !== '0') {
    c = decimalTail();
    return c === '.' ? fraction(next()) : exponentAndImag(c);
  }
  c = next();
  if (c === 'x' || c === 'X') return radix('hexadecimal', isHex, false);
  if (c === 'o' || c === 'O') return radix('octal', (d) => d >= '0' && d <= '7', true);
  if (c === 'b' || c === 'B') return radix('binary', (d) => d === '0' || d === '1', true);
  let nonzero = false;
  for (;;) {
    if (c === '_') {
      c = next();
      if (!isDigit(c)) { backup(c); fail('invalid decimal literal'); }
    }
    if (c !== '0') break;
    c = next();
  }
  const zerosEnd = cur;
  if (isDigit(c)) {
    nonzero = true;
    c = decimalTail();
  }
  if (c === '.') return fraction(next());
  if (c === 'e' || c === 'E' || c === 'j' || c === 'J') return exponentAndImag(c);
  if (nonzero) {
    throw syntaxError(
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      start, zerosEnd - 1,
    );
  }
  verifyEnd(c, 'decimal');
  backup(c);
  return cur;
}

/** The value of a NUMBER token's text (already validated by scanNumber). */
export function numberValue(text: string, start: number): ConstantValue {
  const clean = text.replace(/_/g, '');
  const last = clean[clean.length - 1];
  if (last === 'j' || last === 'J') return { type: 'complex', imag: Number(clean.slice(0, -1)) };
  if (/^0[xXoObB]/.test(clean)) return { type: 'int', value: BigInt(clean.toLowerCase()) };
  if (/[.eE]/.test(clean)) return { type: 'float', value: Number(clean) };
  if (clean.length > MAX_DECIMAL_DIGITS) {
    throw digitLimitError(clean.length, start);
  }
  return { type: 'int', value: BigInt(clean) };
}

/** CPython's int-conversion limit as a SyntaxError: reported at column 0, so python3 shows no caret. */
function digitLimitError(digits: number, start: number): PySyntaxError {
  const error = new PySyntaxError(
      `Exceeds the limit (${MAX_DECIMAL_DIGITS} digits) for integer string conversion: value has ${digits} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals ' +
        'to avoid decimal conversion limits.',
    start, start, 'SyntaxError', 'E103',
  );
  error.noCaret = true;
  return error;
}
