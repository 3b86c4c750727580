// float.hex() and float.fromhex() as CPython 3.11 (Objects/floatobject.c float_hex and
// float_fromhex): exact hexadecimal text of a double, and correctly rounded (half to even)
// parsing of hexadecimal floating-point strings, with CPython's error messages.

import { TextError } from './text-error.js';

/** Python float.hex(x): '0x1.8000000000000p+0', '-0x0.0p+0', subnormals as '0x0.…p-1022'. */
export function floatToHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  // 52 fraction bits = 13 hex digits: the top 20 bits from hi, the low 32 from lo.
  const fraction = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${biased === 0 ? '0' : '1'}.${fraction}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

// The number part only: CPython computes (and may overflow on) the value before it looks at what
// follows, so trailing text is checked after the value.
const FLOAT_HEX_SYNTAX = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?/;
const FLOAT_HEX_TRAILING = /^[ \t\n\v\f\r]*$/;
const FLOAT_HEX_SPECIAL = /^[ \t\n\v\f\r]*([+-]?)(inf|infinity|nan)[ \t\n\v\f\r]*$/i;

function floatHexInvalid(): TextError {
  return new TextError('ValueError', 'invalid hexadecimal floating-point string');
}

/** n × 2^e for n < 2^54 with e in the double range, exactly (the caller rounded n to fit). */
function floatHexScale(n: number, e: number): number {
  let m = n;
  let k = e;
  while (k > 1000) {
    m *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    m *= 2 ** -1000;
    k += 1000;
  }
  return m * 2 ** k;
}

/** Python float.fromhex(s). */
export function parseFloatHex(s: string): number {
  const special = FLOAT_HEX_SPECIAL.exec(s);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  const m = FLOAT_HEX_SYNTAX.exec(s);
  // At least one hex digit is required ('0x' and '.' alone are invalid, as in CPython).
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw floatHexInvalid();
  const trailing = s.slice(m[0].length);
  if (trailing[0] === 'p' || trailing[0] === 'P') throw floatHexInvalid(); // 'p' without digits
  const value = floatHexValue(m);
  if (!FLOAT_HEX_TRAILING.test(trailing)) throw floatHexInvalid();
  return value;
}

/** The correctly rounded value of a matched FLOAT_HEX_SYNTAX; OverflowError when too large. */
function floatHexValue(m: RegExpExecArray): number {
  const negative = m[1] === '-';
  const intDigits = m[2]!;
  const fracDigits = m[3] ?? '';
  // Exponents beyond ±10^9 behave as infinitely large (CPython clamps them the same way).
  const expText = m[4] ?? '0';
  const exp = expText.replace(/^[+-]?0*/, '').length > 9 ? (expText.startsWith('-') ? -1e9 : 1e9) : Number(expText);
  const digits = (intDigits + fracDigits).replace(/^0+/, '');
  if (digits === '') return negative ? -0 : 0;
  let n = BigInt('0x' + digits);
  let e = exp - 4 * fracDigits.length; // value = n × 2^e
  const bits = n.toString(2).length;
  const top = bits - 1 + e; // value lies in [2^top, 2^(top+1))
  if (top > 1023) throw new TextError('OverflowError', 'hexadecimal value too large to represent as a float');
  if (top < -1075) return negative ? -0 : 0; // below half the smallest subnormal: rounds to zero
  // Keep 53 significant bits, or fewer where the value is subnormal (lowest bit 2^-1074).
  const shift = top >= -1022 ? bits - 53 : -1074 - e;
  if (shift > 0) {
    const q = n >> BigInt(shift);
    const rest = n - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    n = rest > half || (rest === half && (q & 1n) === 1n) ? q + 1n : q;
    e += shift;
  }
  const value = floatHexScale(Number(n), e);
  if (value === Infinity) throw new TextError('OverflowError', 'hexadecimal value too large to represent as a float');
  return negative ? -value : value;
}
