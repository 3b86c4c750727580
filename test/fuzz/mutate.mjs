// Mutation generator: takes a real program (test/conformance/*.py) and applies a few random
// line-level and token-level mutations. The result is often still valid Python with odd values,
// and sometimes broken in ways a parser must survive (truncation, bad indentation, odd unicode).

import { DUNDERS, JS_NAMES } from './grammar.mjs';
import { Rng } from './rng.mjs';

const EXTREME = ['10**100', '-1', '2**63', '2**53 + 1', '0', "''", "('x' * 10**6)", "float('nan')", "float('inf')",
  '1e308', '-0.0', 'None', '[]', '{}', '()', "b''", '10**4300', '2**1024', '(1 << 64)', "'\\ud800'", 'True'];
const OPERATORS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '>', '<=', '>=', '==', '!=',
  ' and ', ' or ', ' in ', ' is ', ' not in ', ' is not '];
/** Odd characters: zero-width, bidi, NFKC-compatible letters, combining marks, surrogates, controls. */
const UNICODE = ['\u200b', '\u200d', '\ufeff', '\u202e', 'ｆ', 'ﬁ', 'ℌ', 'ǅ', 'ª', 'Ⅸ', '𝐚', '\u0301', '\ud800', '\udfff',
  '\ud83d\ude00', '\u0000', '\u000c', '\u000b', '\r', '\u2028', '\u00a0', 'é', 'İ', 'ß', '\u3000', '\t', '\\', '\u0085'];
const INSERTS = [
  'while True: pass',
  'while True:\n    pass',
  "print(getattr(len, 'constructor', None))",
  "print(getattr(0, '__cl' + 'ass__'))",
  "x = ().__class__",
  "print(type(print).__name__, print.__name__, print.__qualname__)",
  'print(__name__, __doc__, __debug__)',
  "print('{0.__class__}'.format(1))",
  "print('{0.constructor}'.format(1))",
  'raise SystemExit(3)',
  'exit()',
  'raise KeyboardInterrupt',
  "print('x' * 10**6)",
  'print(list(range(10**6))[-1])',
  'import sys',
  'del print',
  'print = None',
  'len = lambda *a: 1/0',
  'global x',
  'nonlocal x',
  'yield 1',
  'return 1',
  'break',
  'async def f(): pass',
  '(lambda: (yield))()',
  'class X(metaclass=type): pass',
  "try:\n    pass\nexcept* ValueError:\n    pass",
  'print(1j)',
  'def f(): f()\nf()',
];

/** @param {string} line */
function indentOf(line) {
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

/**
 * Applies 1-4 random mutations to `source`.
 * @param {Rng} rng @param {string} source @returns {string}
 */
export function mutate(rng, source) {
  let lines = source.split('\n');
  const count = rng.weighted([[4, 1], [3, 2], [2, 3], [1, 4]]);
  for (let k = 0, tries = 0; k < count && tries < 20; tries++) {
    const before = lines.join('\n');
    const i = rng.int(Math.max(lines.length, 1));
    const line = lines[i] ?? '';
    const op = rng.weighted([
      [1, 'delete'], [1, 'duplicate'], [1, 'swap'], [0.5, 'indent'], [2, 'insert'], [3, 'operator'], [5, 'literal'],
      [1.5, 'unicode'], [0.5, 'truncate'], [2, 'jsname'], [1, 'dunder'], [1, 'nest'], [1, 'string'],
    ]);
    switch (op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'swap': {
        const j = rng.int(lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', line];
        break;
      }
      case 'indent':
        lines[i] = rng.pick(['', ' ', '  ', '\t', '        ', indentOf(line) + '    ', indentOf(line).slice(1)]) + line.trimStart();
        break;
      case 'insert': {
        const pad = indentOf(line);
        lines.splice(i, 0, ...rng.pick(INSERTS).split('\n').map((l) => pad + l));
        break;
      }
      case 'operator': {
        const ops = [...line.matchAll(/\*\*|\/\/|<<|>>|<=|>=|==|!=|[-+*/%&|^<>]| and | or | in | is /g)];
        const m = ops.length ? rng.pick(ops) : null;
        if (m && m.index !== undefined) lines[i] = line.slice(0, m.index) + rng.pick(OPERATORS) + line.slice(m.index + m[0].length);
        break;
      }
      case 'literal': {
        const lits = [...line.matchAll(/\b\d[\d_]*(?:\.\d+)?(?:e[-+]?\d+)?\b|'[^'\\\n]*'|"[^"\\\n]*"/g)];
        const m = lits.length ? rng.pick(lits) : null;
        if (m && m.index !== undefined) lines[i] = line.slice(0, m.index) + rng.pick(EXTREME) + line.slice(m.index + m[0].length);
        break;
      }
      case 'unicode': {
        const at = rng.int(line.length + 1);
        lines[i] = line.slice(0, at) + rng.pick(UNICODE) + line.slice(at);
        break;
      }
      case 'truncate': {
        const text = lines.join('\n');
        lines = text.slice(0, rng.int(text.length + 1)).split('\n');
        break;
      }
      case 'jsname':
      case 'dunder': {
        const names = [...new Set([...line.matchAll(/\b[A-Za-z_]\w*\b/g)].map((m) => m[0]))];
        if (names.length === 0) break;
        const from = rng.pick(names);
        const to = rng.pick(op === 'jsname' ? JS_NAMES : DUNDERS);
        const pattern = new RegExp(`\\b${from}\\b`, 'g');
        if (rng.chance(0.5)) lines = lines.map((l) => l.replace(pattern, to));
        else lines[i] = line.replace(pattern, to);
        break;
      }
      case 'nest': {
        const n = rng.pick([50, 100, 199, 500]);
        const at = line.indexOf('=');
        if (at > 0) lines[i] = `${line.slice(0, at + 1)} ${'('.repeat(n)}${line.slice(at + 1)}${')'.repeat(n)}`;
        break;
      }
      case 'string': {
        lines.splice(i, 0, indentOf(line) + rng.pick([
          "s = 'x' * 10**6; print(len(s), s[-3:])",
          `s = '${rng.pick(UNICODE)}' * 1000; print(len(s), s.upper() == s, repr(s)[:20])`,
          "print(repr('\\ud800\\udc00'), len('\\U0001F600'), '\\N{BULLET}')",
          "print('%s' % ('x' * 10**5,))[:0]",
        ]));
        break;
      }
    }
    if (lines.join('\n') !== before) k++; // a mutation that found nothing to change does not count
  }
  return lines.join('\n');
}
