// Case builders for the number and string goldens (float repr, int()/float() parsing, bin/oct/hex,
// str(int), str repr/ascii, code-point slicing). Each returns { fn, args } cases for
// scripts/update-text-goldens.mjs, which records CPython's answers.

import { f, randomDoubles, rng, sampleCodePoints, trickyDoubles } from './samples.mjs';

export function numbersCases() {
  const cases = [];
  for (const x of [...trickyDoubles(), ...randomDoubles(1500, 1)]) cases.push({ fn: 'floatRepr', args: [f(x)] });
  for (let i = 0; i < 300; i++) {
    const x = randomDoubles(1, 100 + i)[0];
    const scale = 10 ** (Math.floor(i / 10) - 15);
    cases.push({ fn: 'floatRepr', args: [f(Math.round((x % 1000) * 1e3) / 1e3 * scale || 0.25)] });
  }
  const intTexts = ['0', '-0', '+7', '42', ' 42 ', '\t42\n', '0x_1f', '0X1F', '0o17', '0O17', '0b101', '0B101',
    ' -0b101 ', '_1', '1_', '1__0', '1_000', '010', '000', '0_0', '00x1', '0_', '0_x1', '0x1_', '0x', '- 1', '+-1',
    '١٢٣', '\u2000 1\u2000', '１２', '𝟏𝟐', '\x1c12', '\x0b12\x0c', '12\x85', '1\xa0', '\x7f1', '1.5', '1e3',
    '', '   ', 'abc', 'z', 'Z', 'zz', '9', '9007199254740991', '9007199254740992', '-9007199254740993',
    '123456789012345678901234567890', '0xffffffffffffffffffff', '-0o7777777777777777777777', 'é', 'a'.repeat(300),
    '1'.repeat(4300), '-' + '1'.repeat(4300), '1'.repeat(4301), '1'.repeat(5000) + 'x', '1_'.repeat(4300) + '1',
    'f'.repeat(5000), '1__' + '1'.repeat(5000), 'zzzzzzzzzzzzzzzzzzzzzz'];
  const bases = [0, 2, 4, 8, 10, 16, 32, 36, 3, 7];
  for (const raw of intTexts) {
    const s = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
    for (const b of s.length > 100 ? [0, 4, 10, 16, 32] : bases) cases.push({ fn: 'parseIntText', args: [s, b] });
  }
  for (const b of [1, 37, -1, 0, 36]) cases.push({ fn: 'parseIntText', args: ['12', b] });
  const floatTexts = ['1_000.5e3', '  1_000.5e3 ', 'inf', '-Infinity', 'nan', '-nan', '+iNf', 'x', '1_', '_1',
    '1__0', '1e_5', '1e5_0', '.5', '5.', '.', '1.e5', '0x10', '1e', '١.٥', '  ', '', 'infinit', '1.5_0', '1._5',
    '1_.5', '\x1c1.5', '1.5\u2000', 'nAn ', '1'.repeat(400), '1e400', '-1e-400', '0001.5', 'x'.repeat(300),
    '-0', '+.5e-3', '1e+5', '1E5', '2.5e-324', '4.9e-324', '1.7976931348623157e308', '1.7976931348623159e308',
    '0.1', '123456789012345678901234567890', 'in f', '- 1', '1 2', 'é', '12\x00'];
  for (const raw of floatTexts) {
    const s = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
    cases.push({ fn: 'parseFloatText', args: [s] });
  }
  const ints = [0, 1, -1, 5, -31, 255, 2 ** 53 - 1, -(2 ** 53 - 1)];
  const bigs = ['9007199254740993', '-123456789012345678901234567890', (10n ** 4299n).toString(),
    (10n ** 4300n - 1n).toString(), (10n ** 4300n).toString(), (-(10n ** 4300n)).toString(), (2n ** 14300n).toString()];
  for (const x of [...trickyDoubles(), ...randomDoubles(300, 3)]) cases.push({ fn: 'floatToHex', args: [f(x)] });
  const hexTexts = ['0x1.8p1', ' 0X1.8P+1 ', '1.8', '-0x0p0', '.8', '8.', '.', 'x', '0x', '0', '-0', '00x1', '0x.p1', 'inf', '-Infinity',
    ' nan ', '+iNF', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1p-1076', '0x1p1024', '0x1.fffffffffffff8p1023',
    '0x1.fffffffffffff7p1023', '0x1p99999999999999999999', '0x1p-99999999999999999999', '0x0p99999999999999999999', '1p', '1p+',
    '0x1.000000000000080p0', '0x1.000000000000180p0', '0x1.00000000000008000000001p0', '\u20001', '1_0', 'ff', 'g', '0x1.8p1 x',
    '0xp1', '0x.8', '0x1.999999999999ap-4', '-0x1.1ccf385ebc8a0p+1023', '0x0.0000000000001p-1022', '0x0.0000000000000ffffp-1022',
    '\t0x10\n', '0x1P-0', '0x1p+0000000000000000000000010', 'ABC.DEFp-12', '0x1p1100x', '0x1p1100 ', '0x1px', '0x' + 'f'.repeat(300) + 'p-1200'];
  for (const t of hexTexts) cases.push({ fn: 'parseFloatHex', args: [t] });
  for (const n of [...ints, ...bigs.map((i) => ({ i }))]) {
    for (const b of [2, 8, 16]) cases.push({ fn: 'intToBase', args: [n, b] });
    cases.push({ fn: 'intToDecimalString', args: [n] });
  }
  return cases;
}

export function stringsCases() {
  const texts = ['', 'a', "'", '"', '\'"', "a'b", 'a"b', 'a\'b"c', '\\', '\\n', 'tab\there', 'line\r\n', 'é', 'naïve café',
    '日本語', '😀', 'a😀b𝟏', '\ud800', 'x\udfffy', '\x00\x7f\x80\x9f\xa0\xad', '\u200b\u2028', 'Ω≈ç√', '\u{e0001}'];
  const strings = [...texts, ...sampleCodePoints()];
  const cases = [];
  for (const s of strings) {
    cases.push({ fn: 'strRepr', args: [s] }, { fn: 'strAscii', args: [s] }, { fn: 'cpLength', args: [s] });
  }
  const next = rng(7);
  const pool = ['a', 'b', 'é', '😀', '𝟏', '日', ' '];
  for (let k = 0; k < 200; k++) {
    let s = '';
    const n = Math.floor(next() * 9);
    for (let j = 0; j < n; j++) s += pool[Math.floor(next() * pool.length)];
    const len = [...s].length;
    const step = [1, 2, 3, -1, -2, -3][Math.floor(next() * 6)];
    const lo = step > 0 ? 0 : -1;
    const hi = step > 0 ? len : len - 1;
    const pick = () => lo + Math.floor(next() * (hi - lo + 1));
    cases.push({ fn: 'cpSliceStep', args: [s, pick(), pick(), step] });
  }
  return cases;
}
