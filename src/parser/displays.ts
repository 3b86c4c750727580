// Bracketed displays: `(...)` (empty tuple, group, tuple, generator expression, parenthesised
// yield), `[...]` (list or list comprehension) and `{...}` (dict, set, and their comprehensions),
// each one nesting level deeper, with CPython's missing-comma errors between elements.

import type { ExprNode } from './ast.js';
import { parseComprehensionTail } from './comprehensions.js';
import { syntaxError } from './errors.js';
import {
  parseBitwiseOr, parseExpression, parseStarNamedExpression, tuple,
} from './expressions.js';
import { missingCommaOrUnexpected } from './recovery.js';
import { atKeyword, atOp, eatOp, enter, expectOp, isKeyword, isOp, leave, next, peek, prev, unexpected, type ParserState } from './state.js';
import { parseYieldExpression } from './statements-simple.js';

/** `(...)`: empty tuple, group, tuple, generator expression or parenthesised yield. */
export function parseParenthesised(p: ParserState): ExprNode {
  const open = next(p);
  enter(p, open.start);
  try {
    if (atOp(p, ')')) {
      const node = tuple([], open.start, next(p).end);
      p.parenthesized.set(node, { start: open.start, end: node.end });
      return node;
    }
    if (atKeyword(p, 'yield')) {
      const y = parseYieldExpression(p);
      expectOp(p, ')');
      p.parenthesized.set(y, { start: open.start, end: prev(p).end });
      return y;
    }
    const first = parseStarNamedExpression(p);
    if (isKeyword(peek(p), 'for') || isKeyword(peek(p), 'async')) {
      if (first.kind === 'Starred') throw syntaxError('iterable unpacking cannot be used in comprehension', first.start, first.end);
      const generators = parseComprehensionTail(p);
      const close = expectOp(p, ')');
      return { kind: 'GeneratorExp', elt: first, generators, start: open.start, end: close.end };
    }
    if (atOp(p, ')')) {
      next(p);
      if (first.kind === 'Starred') throw syntaxError('cannot use starred expression here', first.start, first.end);
      p.parenthesized.set(first, { start: open.start, end: prev(p).end });
      return first;
    }
    if (!atOp(p, ',')) throw missingCommaOrUnexpected(p, first);
    const elts = [first];
    while (eatOp(p, ',')) {
      if (atOp(p, ')')) break;
      elts.push(parseStarNamedExpression(p));
      if (!atOp(p, ',') && !atOp(p, ')')) throw missingCommaOrUnexpected(p, elts[elts.length - 1]!);
    }
    const close = expectOp(p, ')');
    const node = tuple(elts, open.start, close.end);
    p.parenthesized.set(node, { start: open.start, end: node.end });
    return node;
  } finally {
    leave(p);
  }
}

export function parseList(p: ParserState): ExprNode {
  const open = next(p);
  enter(p, open.start);
  try {
    if (atOp(p, ']')) return { kind: 'List', elts: [], ctx: 'Load', start: open.start, end: next(p).end };
    const first = parseStarNamedExpression(p);
    if (isKeyword(peek(p), 'for') || isKeyword(peek(p), 'async')) {
      if (first.kind === 'Starred') throw syntaxError('iterable unpacking cannot be used in comprehension', first.start, first.end);
      const generators = parseComprehensionTail(p);
      const close = expectOp(p, ']');
      return { kind: 'ListComp', elt: first, generators, start: open.start, end: close.end };
    }
    const elts = [first];
    for (;;) {
      if (atOp(p, ']')) break;
      if (elts.length > 1 && startsComprehension(p)) throw unparenthesizedTarget(elts);
      if (!eatOp(p, ',')) throw missingCommaOrUnexpected(p, elts[elts.length - 1]!);
      if (atOp(p, ']')) break;
      elts.push(parseStarNamedExpression(p));
    }
    const close = next(p);
    return { kind: 'List', elts, ctx: 'Load', start: open.start, end: close.end };
  } finally {
    leave(p);
  }
}

/** `{...}`: dict or set display, dict or set comprehension. */
export function parseBrace(p: ParserState): ExprNode {
  const open = next(p);
  enter(p, open.start);
  try {
    if (atOp(p, '}')) return { kind: 'Dict', keys: [], values: [], start: open.start, end: next(p).end };
    if (atOp(p, '**')) return parseDictRest(p, open.start, [], []);
    const first = parseStarNamedExpression(p);
    if (atOp(p, ':') && first.kind !== 'Starred') {
      next(p);
      const value = parseExpression(p);
      if (isKeyword(peek(p), 'for') || isKeyword(peek(p), 'async')) {
        const generators = parseComprehensionTail(p);
        const close = expectOp(p, '}');
        return { kind: 'DictComp', key: first, value, generators, start: open.start, end: close.end };
      }
      return parseDictRest(p, open.start, [first], [value]);
    }
    if (isKeyword(peek(p), 'for') || isKeyword(peek(p), 'async')) {
      if (first.kind === 'Starred') throw syntaxError('iterable unpacking cannot be used in comprehension', first.start, first.end);
      const generators = parseComprehensionTail(p);
      const close = expectOp(p, '}');
      return { kind: 'SetComp', elt: first, generators, start: open.start, end: close.end };
    }
    const elts = [first];
    for (;;) {
      if (atOp(p, '}')) break;
      if (elts.length > 1 && startsComprehension(p)) throw unparenthesizedTarget(elts);
      if (!eatOp(p, ',')) throw missingCommaOrUnexpected(p, elts[elts.length - 1]!);
      if (atOp(p, '}')) break;
      elts.push(parseStarNamedExpression(p));
    }
    const close = next(p);
    return { kind: 'Set', elts, start: open.start, end: close.end };
  } finally {
    leave(p);
  }
}

function parseDictRest(p: ParserState, start: number, keys: (ExprNode | null)[], values: ExprNode[]): ExprNode {
  for (;;) {
    if (keys.length) {
      if (atOp(p, '}')) break;
      // After `**mapping` CPython has no missing-comma rule (the mapping is not an `expression`).
      if (!eatOp(p, ',')) throw keys[keys.length - 1] === null ? unexpected(p) : missingCommaOrUnexpected(p, values[values.length - 1]!);
      if (atOp(p, '}')) break;
    }
    const stars = eatOp(p, '**');
    if (stars) {
      keys.push(null);
      values.push(parseBitwiseOr(p));
      if (keys.length === 1 && startsComprehension(p)) {
        throw syntaxError('dict unpacking cannot be used in dict comprehension', stars.start, stars.end);
      }
      continue;
    }
    const key = parseExpression(p);
    keys.push(key);
    if (!atOp(p, ':')) {
      // CPython's invalid_kvpair: the caret goes on the key's last character.
      throw syntaxError("':' expected after dictionary key", key.end - 1, key.end - 1);
    }
    next(p);
    values.push(parseExpression(p));
  }
  const close = next(p);
  return { kind: 'Dict', keys, values, start, end: close.end };
}

function startsComprehension(p: ParserState): boolean {
  return isKeyword(peek(p), 'for') || (isKeyword(peek(p), 'async') && isKeyword(peek(p, 1), 'for'));
}

/** `[x, y for x, y in z]`: CPython's hint for a tuple element without its parentheses. */
function unparenthesizedTarget(elts: ExprNode[]): Error {
  const first = elts[0]!;
  const last = elts[elts.length - 1]!;
  return syntaxError('did you forget parentheses around the comprehension target?', first.start, last.end);
}
