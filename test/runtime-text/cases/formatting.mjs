// Case builders for the formatting goldens: format(value, spec) for int, float and str, and
// printf-style `template % args`.

import { f, randomDoubles, rng, trickyDoubles } from './samples.mjs';

/** format(value, spec) for int, float and str over hand-picked and sampled specs. */
export function formatCases() {
  const next = rng(11);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const randomSpec = (types) => {
    const align = pick(['', '', '<', '>', '^', '=', '*<', '0>', '😀^', 'x=']);
    return align + pick(['', '', '+', '-', ' ']) + pick(['', '', '', 'z']) + pick(['', '', '#']) + pick(['', '', '0']) +
      pick(['', '', '1', '8', '12', '25']) + pick(['', '', '', ',', '_']) + pick(['', '', '.0', '.1', '.3', '.10', '.17', '.25']) +
      pick(types);
  };
  const ints = [0, 1, -1, 7, 42, -42, 255, 65, 1000, -1234567, 123456789, 2 ** 31, 2 ** 53 - 1, { i: '9007199254740993' },
    { i: '-123456789012345678901234567890' }, 0x10ffff, 0x110000, 0x1f600];
  const huge = { i: (10n ** 4300n).toString() }; // past the 4300-digit limit: only decimal output fails
  const floats = [...trickyDoubles().filter((_, i) => i % 6 === 0), ...randomDoubles(12, 5), 0.125, 0.375, 2.5, 3.5, -2.5,
    1234.5, -0.001, 1e-10, 123456.789, 9.995, 0.05, 99.95].map(f);
  const strs = ['', 'abc', 'héllo wörld', '😀x😀', 'a'.repeat(30), '\n\t'];
  const intSpecs = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'f', 'g', '%', 'E', 'G', 'F', 's', 'q', '#b', '#o', '#x', '#X',
    '010', '010,', '09,', '04,', '+d', ' d', '-d', '=+8', '0=8', '*^9', '<5', '>5', '^6', '_', ',', '_x', '_b', '#_o', '#010x',
    '#010_x', '#012_b', ',x', ',c', '+c', '#c', '5c', '<3c', '.2', '.2d', 'z', ',_', '_,', ',,', '_n', ',n', 'abc', '99999999999999999999',
    '9999999999999999999', '😀^7', '\x01', 'é', '{', '0', '00', '-010,', '+_', '.3e', ',.2f', '010.1%'];
  const floatSpecs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 'c', 's', '.0', '.1', '.3', '.17', '.0f', '.1f', '.2f',
    '.3f', '.10f', '.20f', '.0e', '.3e', '.16e', '.0g', '.1g', '.3g', '.10g', '.17g', '#', '#.0', '#.3', '#.0f', '#.0e', '#g',
    '#.3g', '#.0g', 'z', 'z.1f', '+z.0f', 'z.0e', '+', ' ', '-', '010', '010.2f', '010,.2f', '012,.2f', ',', '_', ',.2f',
    '_.3f', ',g', '020,.3e', '=+12.3f', '0<10', '0^10', '*^15.4', '>20', '<20', '^20', '.2%', '#.0%', '.', '.x', ',.2',
    '.2147483648f', '.99999999999999999999f', 'abc', '1.5', ',,', ',n'];
  const longSpecs = ['.50f', '.50e', '.50g', '#.50g', '.100f', '.320e', '.1074f', '.767e'];
  const longFloats = [5e-324, 1e-320, 0.1, 1 / 3, 1e22, 1.7976931348623157e308, -2.5, 123.456].map(f);
  const strSpecs = ['', 's', '10', '<10', '>10', '^10', '*^9', '😀>8', '.2', '.0', '10.3s', '^1', '0', '05', '<0', 'x<05', '0^5',
    '=5', '+', '-', ' ', 'z', '#', ',', '_', ',s', 'd', 'r', 'abc', '.', '.x'];
  const cases = [];
  for (const v of ints) for (const spec of intSpecs) cases.push({ fn: 'format', args: [v, spec] });
  for (const spec of ['', 'd', ',', 'n', '10', 'x', 'e', 'f', 'c']) cases.push({ fn: 'format', args: [huge, spec] });
  for (const v of floats) for (const spec of floatSpecs) cases.push({ fn: 'format', args: [v, spec] });
  for (const v of longFloats) for (const spec of longSpecs) cases.push({ fn: 'format', args: [v, spec] });
  // Exact ties: (2i+1)/2^j has j fractional digits ending in 5; rounding to j-1 digits is a tie.
  for (let j = 1; j <= 14; j++) {
    for (const i of [0, 1, 2, 7, 100, 12345]) {
      const x = (2 * i + 1) / 2 ** j;
      for (const p of [j - 1, j, j - 2]) if (p >= 0) cases.push({ fn: 'format', args: [f(x), `.${p}f`] }, { fn: 'format', args: [f(-x), `.${p}e`] });
    }
  }
  for (const v of strs) for (const spec of strSpecs) cases.push({ fn: 'format', args: [v, spec] });
  for (let k = 0; k < 600; k++) cases.push({ fn: 'format', args: [pick(ints), randomSpec(['', 'd', 'x', 'b', 'o', 'X', 'n', 'c', 'e', 'f', 'g', '%'])] });
  for (let k = 0; k < 1500; k++) cases.push({ fn: 'format', args: [pick(floats), randomSpec(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'])] });
  for (let k = 0; k < 200; k++) cases.push({ fn: 'format', args: [pick(strs), randomSpec(['', 's'])] });
  return cases;
}

/** printf-style `template % args` over conversions × flags × values, and the error paths. */
export function percentCases() {
  const values = [0, 1, -1, 42, -255, 65, 2 ** 53 - 1, { i: '-123456789012345678901234567890' }, true, false, null,
    ...[0.5, -0.0, 2.5, 1e16, 1.5e-7, -1234.5678, 0.125, 1 / 3, 1e300, Infinity, -Infinity, NaN, 3.7].map(f),
    '', 'x', 'abc', 'héllo', "it's", '😀'];
  const convs = ['s', 'r', 'a', 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c'];
  const flagSets = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '# ', '#-', '+ '];
  const widths = ['', '1', '8'];
  const precisions = ['', '.0', '.3', '.12'];
  const next = rng(13);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const cases = [];
  for (const conv of convs) {
    for (const v of values) {
      cases.push({ fn: 'percent', args: [`%${conv}`, v] }, { fn: 'percent', args: [`<%${conv}>`, { t: [v] }] });
      for (let k = 0; k < 6; k++) cases.push({ fn: 'percent', args: [`%${pick(flagSets)}${pick(widths)}${pick(precisions)}${conv}`, v] });
    }
  }
  const fixed = [['%s %s', { t: [1] }], ['%s', { t: [1, 2] }], ['%q', 1], ['%q', { t: [] }], ['%5%', { t: [] }], ['%5%', { t: [1] }],
    ['%', { t: [] }], ['%5', { t: [1] }], ['%-', 1], ['%.', 1], ['%(a', { m: { a: 1 } }], ['%(a)s', { m: { a: 1 } }],
    ['%(a)s', { t: [1] }], ['%(a)s %s', { m: { a: 1 } }], ['abc', 5], ['abc', { m: {} }], ['abc', { t: [] }], ['%*d', { t: [5, 3] }],
    ['%*d', { t: [-5, 3] }], ['%.*f', { t: [2, f(3.14159)] }], ['%*d', { t: [f(1.5), 3] }], ['%.*f', { t: [-2, f(3.14159)] }],
    ['%-*.*s|', { t: [6, 2, 'abcdef'] }], ['%ld %hi %Lf', { t: [5, 6, f(7.5)] }], ['%lq', 5], ['%é', 5], ['%\x01', 5],
    ['%((a))s', { m: { '(a)': 2 } }], ['%99999999999999999999d', 1], ['%.99999999999999d', 1], ['%*s', { t: [{ i: '9223372036854775808' }, 'x'] }],
    ['%.*s', { t: [{ i: '2147483648' }, 'x'] }], ['%(x)d %(y)s %(x)05.1f', { m: { x: 1, y: 'two' } }], ['%%%s', { t: [1] }],
    ['%s%%', { t: [1] }], ['100%% of %d%s', { t: [3, '!'] }], ['%c', 0x110000], ['%c', -1], ['%c', 'ab'], ['%c', 0x1f600],
    ['%x', f(3.0)], ['%d', 'x'], ['%x', 'x'], ['%f', 'x'], ['%d', { i: (10n ** 4300n).toString() }], ['%x', { i: (10n ** 4300n).toString() }],
    ['%s', { t: [] }], ['', { t: [] }], ['', 1], ['%s and %r', { t: ['😀', '😀'] }], ['😀%s😀%q', { t: [1, 2] }], ['%.2s|%5.1s|', { t: ['😀😀😀', '😀😀'] }],
    ['%(a)s %(b)r', { m: { a: 'é', b: 'é' } }], ['%(a)*d', { m: { a: 5 } }], ['%#.3x %#.3o %#5.2X', { t: [5, 8, 255] }],
    ['%#010X|%-#8x|%#5x|%#05x', { t: [-255, 255, 255, 255] }], ['%.0e %#.0f %#.0g %.0g', { t: [f(2.5), f(2.5), f(0.0), f(0.0)] }],
    ['%05f|%05f|%5.1f', { t: [f(Infinity), f(-Infinity), f(-0.0)] }], ['%010.3e|%-+12.4g|% .2F', { t: [f(-1234.5), f(1e-5), f(2.675)] }]];
  for (const [t, a] of fixed) cases.push({ fn: 'percent', args: [t, a] });
  return cases;
}
