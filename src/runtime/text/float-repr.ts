// repr() of a Python float (CPython's float_repr: format code 'r', shortest round-trip digits).
// JS already produces the shortest round-trip digits, so only the layout differs: Python switches
// to exponent notation when the decimal exponent is < -4 or >= 16, always writes the exponent sign
// and at least two exponent digits, and keeps a '.0' on integral fixed-point values.

/** Shortest round-trip digits of a finite nonzero |x| and its decimal exponent (d.ddd × 10^exp). */
export function floatShortestDigits(x: number): { digits: string; exp: number } {
  const e = Math.abs(x).toExponential();
  const at = e.indexOf('e');
  const mantissa = e.slice(0, at);
  return { digits: mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa, exp: Number(e.slice(at + 1)) };
}

/** Python repr(x) (also str(x)) for a float. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const a = x < 0 ? -x : x;
  // Where both languages print plain decimals (JS up to 1e21, Python up to 1e16) the text agrees.
  if (a >= 1e-4 && a < 1e16) return Number.isInteger(x) ? String(x) + '.0' : String(x);
  const sign = x < 0 ? '-' : '';
  const { digits, exp } = floatShortestDigits(x);
  if (exp < -4 || exp >= 16) {
    const mantissa = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const expText = Math.abs(exp) < 10 ? '0' + Math.abs(exp) : String(Math.abs(exp));
    return sign + mantissa + 'e' + (exp < 0 ? '-' : '+') + expText;
  }
  if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}
