// Primaries and atoms: names, literals (numbers; strings with implicit concatenation, bytes and
// f-strings), the bracketed displays (in displays.ts), and the trailers `.name`, `[slices]`,
// `(arguments)` applied in a left-to-right loop.

import type { Constant, ExprNode, JoinedStr, Slice } from './ast.js';
import { parseCallArguments } from './call-arguments.js';
import { parseComprehensionTail } from './comprehensions.js';
import { PySyntaxError, syntaxError } from './errors.js';
import { parseExpression, parseNamedExpression, parseStarred, tuple } from './expressions.js';
import { parseFStringToken } from './fstrings.js';
import { numberValue } from './numbers.js';
import {
  atOp, checkChain, eatOp, expectName, expectOp, isKeyword, isRecoverable, next, peek, prev, unexpected, type ParserState,
} from './state.js';
import { decodeBytes, decodeStr, splitStringToken } from './strings.js';
import { parseBrace, parseList, parseParenthesised } from './displays.js';
import { missingCommaOrUnexpected } from './recovery.js';

/** primary: atom followed by any number of `.name`, `[slices]` and `(arguments)` trailers. */
export function parsePrimary(p: ParserState): ExprNode {
  const start = peek(p).start;
  let node = parseAtom(p);
  let links = 0;
  for (;;) {
    const t = peek(p);
    if (t.type !== 'OP') return node;
    if (t.value === '.') {
      next(p);
      const name = expectName(p);
      node = { kind: 'Attribute', value: node, attr: name.value, ctx: 'Load', attrSpan: { start: name.start, end: name.end }, start, end: name.end };
    } else if (t.value === '[') {
      next(p);
      const slice = parseSlices(p);
      const close = expectOp(p, ']');
      node = { kind: 'Subscript', value: node, slice, ctx: 'Load', start, end: close.end };
    } else if (t.value === '(') {
      const call = parseCallArguments(p);
      node = { kind: 'Call', func: node, args: call.args, keywords: call.keywords, start, end: call.end };
    } else {
      return node;
    }
    checkChain(p, ++links, t.start);
  }
}

/** slices: one slice, or a comma-separated list of slices and starred expressions (a Tuple). */
function parseSlices(p: ParserState): ExprNode {
  const start = peek(p).start;
  const first = parseSliceItem(p);
  if (isKeyword(peek(p), 'for') || isKeyword(peek(p), 'async')) throw comprehensionInSubscript(p);
  expectSliceEnd(p, first);
  // A lone starred item is still a tuple (PEP 646): `a[*b]` is `a[(*b,)]`.
  if (!atOp(p, ',')) return first.kind === 'Starred' ? tuple([first], start, prev(p).end) : first;
  const elts = [first];
  while (eatOp(p, ',')) {
    if (atOp(p, ']')) break;
    elts.push(parseSliceItem(p));
    expectSliceEnd(p, elts[elts.length - 1]!);
  }
  return tuple(elts, start, prev(p).end);
}

/** After a slice item comes `,` or `]`; anything else may be CPython's missing-comma case. */
function expectSliceEnd(p: ParserState, item: ExprNode): void {
  if (atOp(p, ',') || atOp(p, ']')) return;
  const last = item.kind === 'Slice' ? item.step ?? item.upper ?? (prev(p).value === ':' ? null : item.lower) : item;
  throw last ? missingCommaOrUnexpected(p, last) : unexpected(p);
}

/**
 * `a[x for x in y]` is invalid, but CPython's error pass reads the clauses first, so an unclosed
 * bracket after them is reported as such.
 */
function comprehensionInSubscript(p: ParserState): PySyntaxError {
  const t = peek(p);
  const save = p.pos;
  try {
    parseComprehensionTail(p);
  } catch (e) {
    if (!isRecoverable(e)) return e as PySyntaxError;
  } finally {
    p.pos = save;
  }
  return unexpected(p, t);
}

function parseSliceItem(p: ParserState): ExprNode {
  if (atOp(p, '*')) return parseStarred(p);
  const start = peek(p).start;
  const lower = atOp(p, ':') ? null : parseNamedExpression(p);
  if (!atOp(p, ':')) return lower!;
  next(p);
  const upper = atOp(p, ':') || atOp(p, ']') || atOp(p, ',') ? null : parseExpression(p);
  let step: ExprNode | null = null;
  if (eatOp(p, ':')) step = atOp(p, ']') || atOp(p, ',') ? null : parseExpression(p);
  const node: Slice = { kind: 'Slice', lower, upper, step, start, end: prev(p).end };
  return node;
}

export function parseAtom(p: ParserState): ExprNode {
  const t = peek(p);
  switch (t.type) {
    case 'NAME': {
      const span = { start: t.start, end: t.end };
      if (t.value === 'None') { next(p); return { kind: 'Constant', value: { type: 'None' }, ...span }; }
      if (t.value === 'True' || t.value === 'False') {
        next(p);
        return { kind: 'Constant', value: { type: 'bool', value: t.value === 'True' }, ...span };
      }
      if (KEYWORD_ATOM_ERRORS.has(t.value)) throw unexpected(p);
      next(p);
      return { kind: 'Name', id: t.value, ctx: 'Load', ...span };
    }
    case 'NUMBER':
      next(p);
      return { kind: 'Constant', value: numberValue(t.value, t.start), start: t.start, end: t.end };
    case 'STRING':
      return parseStrings(p);
    case 'OP':
      if (t.value === '(') return parseParenthesised(p);
      if (t.value === '[') return parseList(p);
      if (t.value === '{') return parseBrace(p);
      if (t.value === '...') { next(p); return { kind: 'Constant', value: { type: 'Ellipsis' }, start: t.start, end: t.end }; }
      throw unexpected(p);
    default:
      throw unexpected(p);
  }
}

const KEYWORD_ATOM_ERRORS: ReadonlySet<string> = new Set([
  'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not',
  'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** One or more adjacent string literals: a str/bytes Constant, or a JoinedStr if any is an f-string. */
function parseStrings(p: ParserState): ExprNode {
  const tokens = [];
  while (peek(p).type === 'STRING') tokens.push(next(p));
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  // CPython reports literal-decoding errors at the token after the literals.
  const errorAt = peek(p).start;
  const span = { start: first.start, end: last.end };
  const parts = tokens.map((t) => ({ t, s: splitStringToken(t.value, t.start) }));
  const bytes = parts.filter((x) => x.s.isBytes).length;
  if (bytes && bytes !== parts.length) throw syntaxError('cannot mix bytes and nonbytes literals', errorAt);
  if (bytes) {
    const chunks = parts.map((x) => decodeBytes(x.s.body, x.s.isRaw, x.t.start, x.t.end, errorAt));
    const value = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of chunks) { value.set(c, o); o += c.length; }
    return { kind: 'Constant', value: { type: 'bytes', value }, ...span };
  }
  const isU = first.value.startsWith('u');
  if (!parts.some((x) => x.s.isFormatted)) {
    const value = parts.map((x) => decodeStr(x.s.body, x.s.isRaw, errorAt)).join('');
    const node: Constant = { kind: 'Constant', value: { type: 'str', value }, ...span };
    if (isU) node.stringKind = 'u';
    return node;
  }
  const values: JoinedStr['values'] = [];
  let pending = '';
  for (const { t, s } of parts) {
    if (!s.isFormatted) { pending += decodeStr(s.body, s.isRaw, errorAt); continue; }
    for (const part of parseFStringToken(p, t, s, errorAt)) {
      if (part.kind === 'Constant') { pending += part.value.type === 'str' ? part.value.value : ''; continue; }
      if (pending) values.push({ kind: 'Constant', value: { type: 'str', value: pending }, ...span });
      pending = '';
      values.push({ ...part, ...span });
    }
  }
  if (pending) values.push({ kind: 'Constant', value: { type: 'str', value: pending }, ...span });
  // CPython marks every literal part with the first token's `u` prefix.
  if (isU) for (const v of values) if (v.kind === 'Constant') v.stringKind = 'u';
  return { kind: 'JoinedStr', values, ...span };
}
