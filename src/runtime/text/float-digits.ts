// Correctly rounded decimal digits of a double, for format() and %-formatting of floats. CPython
// rounds the exact binary value half-to-even (dtoa modes 2 and 3); JS toFixed/toPrecision round
// exact ties away from zero ((0.125).toFixed(2) is '0.13', Python gives '0.12') and stop at 100
// digits, so the digits come from the exact decimal expansion, which BigInt gives cheaply: a double
// is m × 2^e, and for e < 0 that equals m × 5^-e × 10^e.

import { checkTextSize } from './size-limit.js';

/** Decimal digits with the point after `decpt` of them: value = 0.DIGITS × 10^decpt. */
export interface DecimalDigits {
  digits: string;
  decpt: number;
}

/** Exact decimal expansion of a finite x ≥ 0 (digits without leading or trailing zeros; '' for 0). */
export function floatExactDecimal(x: number): DecimalDigits {
  if (x === 0) return { digits: '', decpt: 0 };
  const view = new DataView(new ArrayBuffer(8)); // per call: the runtime keeps no module state
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2: number;
  if (biased === 0) exp2 = -1074;
  else {
    mantissa |= 1n << 52n;
    exp2 = biased - 1075;
  }
  let text: string;
  let decpt: number;
  if (exp2 >= 0) {
    text = (mantissa << BigInt(exp2)).toString();
    decpt = text.length;
  } else {
    text = (mantissa * 5n ** BigInt(-exp2)).toString();
    decpt = text.length + exp2;
  }
  return { digits: text.replace(/0+$/, ''), decpt };
}

/**
 * Rounds to `keep` significant digits (keep may be ≤ 0: the rounding position lies left of the first
 * digit), half to even on the exact value. Result digits have no trailing zeros; '' means zero.
 */
export function floatRoundDigits(d: DecimalDigits, keep: number): DecimalDigits {
  if (d.digits.length <= keep) return d;
  if (keep < 0) return { digits: '', decpt: d.decpt };
  const head = d.digits.slice(0, keep);
  const next = d.digits.charCodeAt(keep) - 0x30;
  const tail = keep + 1 < d.digits.length; // digits have no trailing zeros, so any tail is nonzero
  const lastOdd = keep > 0 && (head.charCodeAt(keep - 1) - 0x30) % 2 === 1;
  const up = next > 5 || (next === 5 && (tail || lastOdd));
  if (!up) return { digits: head.replace(/0+$/, ''), decpt: d.decpt };
  // Increment head as a decimal string; a carry out of the top digit shifts the point.
  let i = head.length - 1;
  while (i >= 0 && head[i] === '9') i--;
  if (i < 0) return { digits: '1', decpt: d.decpt + 1 };
  return { digits: head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1), decpt: d.decpt };
}

function floatExponentText(exp: number): string {
  const a = Math.abs(exp);
  return (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' + a : String(a));
}

/** A rendered float body (no sign) and whether it shows zero (for the z flag). */
export interface FloatBody {
  text: string;
  isZero: boolean;
}

/** Number of binary digits after the point of finite x (doubling is exact below the overflow range). */
function floatFractionalBits(x: number): number {
  let k = 0;
  for (let y = x; y % 1 !== 0; y *= 2) k++;
  return k;
}

/** 'f' format of finite x ≥ 0 with `precision` decimals; alt keeps the point when precision is 0. */
export function floatToFixed(x: number, precision: number, alt: boolean): FloatBody {
  // Fast path: toFixed is exact except that it rounds exact ties up. x = m × 2^-k (m odd) has
  // exactly k fractional decimal digits, the last a 5, so a tie at `precision` means k = precision + 1.
  if (x < 1e21 && precision <= 100 && floatFractionalBits(x) !== precision + 1) {
    const text = x.toFixed(precision); // at most ~120 characters, so checking afterwards is safe
    checkTextSize(text.length + (alt && precision === 0 ? 1 : 0));
    return { text: alt && precision === 0 ? text + '.' : text, isZero: !/[1-9]/.test(text) };
  }
  const exact = floatExactDecimal(x);
  checkTextSize(Math.max(exact.decpt, 1) + precision + 1);
  const r = floatRoundDigits(exact, exact.decpt + precision);
  let intPart: string;
  let frac: string;
  if (r.digits === '') {
    intPart = '0';
    frac = '';
  } else if (r.decpt <= 0) {
    intPart = '0';
    frac = '0'.repeat(-r.decpt) + r.digits;
  } else {
    intPart = r.digits.slice(0, r.decpt).padEnd(r.decpt, '0');
    frac = r.digits.slice(r.decpt);
  }
  frac = frac.padEnd(precision, '0');
  const text = intPart + (precision > 0 || alt ? '.' : '') + frac;
  return { text, isZero: r.digits === '' };
}

/** 'e' format of finite x ≥ 0 with `precision` digits after the point. */
export function floatToExponent(x: number, precision: number, alt: boolean): FloatBody {
  checkTextSize(precision + 8);
  const exact = floatExactDecimal(x);
  const r = floatRoundDigits(exact, precision + 1);
  const digits = (r.digits === '' ? '0' : r.digits).padEnd(precision + 1, '0');
  const exp = r.digits === '' ? 0 : r.decpt - 1;
  const text = digits[0] + (precision > 0 || alt ? '.' : '') + digits.slice(1) + floatExponentText(exp);
  return { text, isZero: r.digits === '' };
}

/**
 * 'g' format of finite x ≥ 0 (precision 0 means 1). addDot0 is the no-type-with-precision
 * variant of format(): exponent from precision-1 digits on, and '.0' on integral results.
 */
export function floatToGeneral(x: number, precision: number, alt: boolean, addDot0: boolean): FloatBody {
  const p = precision === 0 ? 1 : precision;
  checkTextSize(p + 8);
  const r = floatRoundDigits(floatExactDecimal(x), p);
  const isZero = r.digits === '';
  const digits = isZero ? '0' : r.digits;
  const decpt = isZero ? 1 : r.decpt;
  const useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
  return { text: floatLayoutDigits(alt ? digits.padEnd(p, '0') : digits, decpt, useExp, alt, addDot0), isZero };
}

/** repr-style digits (shortest round trip) as format() uses with no type and no precision. */
export function floatToShortest(x: number, alt: boolean): FloatBody {
  if (x === 0) return { text: '0.0', isZero: true };
  const e = x.toExponential();
  const at = e.indexOf('e');
  const digits = e.slice(0, at).replace('.', '');
  const decpt = Number(e.slice(at + 1)) + 1;
  return { text: floatLayoutDigits(digits, decpt, decpt <= -4 || decpt > 16, alt, true), isZero: false };
}

/** CPython's format_float_short layout of digits with the point after decpt of them. */
function floatLayoutDigits(digits: string, decpt: number, useExp: boolean, alt: boolean, addDot0: boolean): string {
  if (useExp) {
    const mantissa = digits.length > 1 || alt ? digits[0] + '.' + digits.slice(1) : digits;
    return mantissa + floatExponentText(decpt - 1);
  }
  if (decpt <= 0) return '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) {
    const whole = digits + '0'.repeat(decpt - digits.length);
    return addDot0 ? whole + '.0' : alt ? whole + '.' : whole;
  }
  return digits.slice(0, decpt) + '.' + digits.slice(decpt);
}
