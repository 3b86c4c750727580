// Expressions, from CPython 3.11's grammar (Grammar/python.gram): star_expressions down through
// named_expression, conditional and lambda, boolean and comparison operators, the binary operator
// levels (a table in token.ts), unary operators, power and await. Primaries, atoms and displays are
// in atoms.ts; comprehensions in comprehensions.ts; lambda parameters in parameters.ts.

import type { BoolOp, Compare, CmpOpKind, ExprNode, Name, Starred, Tuple } from './ast.js';
import { parsePrimary } from './atoms.js';
import { PySyntaxError, syntaxError } from './errors.js';
import { parseLambda } from './parameters.js';
import {
  atKeyword, atOp, checkChain, eatKeyword, eatOp, enter, isKeyword, isName, isOp,
  leave, next, peek, prev, unexpected, type ParserState,
} from './state.js';
import { BINARY_LEVELS, COMPARE_OPS } from './token.js';
import { describe } from './describe.js';

export { describe };

/** star_expressions: `a`, `a, *b`, `a,` (a Tuple without parentheses). */
export function parseStarExpressions(p: ParserState): ExprNode {
  const start = peek(p).start;
  const first = parseStarExpression(p);
  if (!atOp(p, ',')) return first;
  const elts = [first];
  while (eatOp(p, ',')) {
    if (!startsExpression(p)) break;
    elts.push(parseStarExpression(p));
  }
  return tuple(elts, start, prev(p).end);
}

/** star_expression: `*bitwise_or` or an expression. */
export function parseStarExpression(p: ParserState): ExprNode {
  if (atOp(p, '*')) return parseStarred(p);
  return parseExpression(p);
}

/** star_named_expression: `*bitwise_or` or a named expression (list/set/tuple display elements). */
export function parseStarNamedExpression(p: ParserState): ExprNode {
  if (atOp(p, '*')) return parseStarred(p);
  return parseNamedExpression(p);
}

export function parseStarred(p: ParserState): Starred {
  const star = next(p);
  const value = parseBitwiseOr(p);
  return { kind: 'Starred', value, ctx: 'Load', start: star.start, end: prev(p).end };
}

/** named_expression: `NAME := expression` or an expression. */
export function parseNamedExpression(p: ParserState, checkEquals = true): ExprNode {
  const t = peek(p);
  if (isName(t) && isOp(peek(p, 1), ':=')) {
    next(p);
    next(p);
    const value = parseExpression(p);
    const target: Name = { kind: 'Name', id: t.value, ctx: 'Store', start: t.start, end: t.end };
    return { kind: 'NamedExpr', target, value, start: t.start, end: prev(p).end };
  }
  const expr = parseExpression(p);
  if (atOp(p, ':=')) {
    throw syntaxError(`cannot use assignment expressions with ${describe(expr)}`, expr.start, expr.end);
  }
  if (atOp(p, '=') && checkEquals) throw equalsInExpression(p, expr);
  return expr;
}

/**
 * `if x = 1:` and friends: CPython suggests `==` (or `:=` after a plain name) when a single `=`
 * follows an expression where no assignment can be.
 */
function equalsInExpression(p: ParserState, expr: ExprNode): Error {
  const eq = peek(p);
  const save = p.pos;
  next(p);
  let rhsEnd = -1;
  try {
    parseBitwiseOr(p);
    if (!atOp(p, '=') && !atOp(p, ':=')) rhsEnd = prev(p).end;
  } catch (e) {
    // A tokenizer error is final (the tokenizer has stopped); a parser error just means no suggestion.
    if (!(e instanceof PySyntaxError) || e.fromTokenizer || e.code !== 'E100') throw e;
    rhsEnd = -1;
  }
  p.pos = save;
  const plainName = expr.kind === 'Name' && !p.parenthesized.has(expr);
  if (rhsEnd >= 0 && plainName) {
    return syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", expr.start, rhsEnd);
  }
  const atom = p.parenthesized.has(expr);
  const bitwiseOr = atom || !['Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr', 'Starred'].includes(expr.kind) &&
    !(expr.kind === 'UnaryOp' && expr.op === 'Not');
  const excluded = expr.kind === 'List' || expr.kind === 'Tuple' || expr.kind === 'GeneratorExp' ||
    (expr.kind === 'Constant' && !atom && (expr.value.type === 'bool' || expr.value.type === 'None'));
  if (rhsEnd >= 0 && bitwiseOr && !excluded) {
    return syntaxError(`cannot assign to ${describe(expr)} here. Maybe you meant '==' instead of '='?`, expr.start, expr.end);
  }
  return unexpected(p, eq);
}

/** expression: disjunction ['if' disjunction 'else' expression] | lambdef. */
export function parseExpression(p: ParserState): ExprNode {
  const t = peek(p);
  if (isKeyword(t, 'lambda')) return parseLambda(p);
  const body = parseDisjunction(p);
  if (!atKeyword(p, 'if')) return body;
  next(p);
  // `a if b else c if d else ...` recurses on the right: one nesting level per conditional.
  enter(p, t.start);
  try {
    const test = parseDisjunction(p);
    if (!eatKeyword(p, 'else')) {
      const after = peek(p);
      // CPython: only when nothing else could continue the expression.
      if (!isOp(after, ':')) {
        throw syntaxError("expected 'else' after 'if' expression", body.start, prev(p).end);
      }
      throw unexpected(p);
    }
    const orelse = parseExpression(p);
    return { kind: 'IfExp', test, body, orelse, start: t.start, end: prev(p).end };
  } finally {
    leave(p);
  }
}

/** Expression without a conditional or lambda at the top (comprehension `if` clauses, `for ... in` iterables). */
export function parseDisjunction(p: ParserState): ExprNode {
  return parseBoolOp(p, 'or');
}

/** `or` binds looser than `and`; both give one flat BoolOp per run of the same operator. */
function parseBoolOp(p: ParserState, word: 'or' | 'and'): ExprNode {
  const start = peek(p).start;
  const operand = (): ExprNode => (word === 'or' ? parseBoolOp(p, 'and') : parseInversion(p));
  const first = operand();
  if (!atKeyword(p, word)) return first;
  const values = [first];
  for (let t = peek(p); eatKeyword(p, word); t = peek(p)) {
    checkChain(p, values.length, t.start, true);
    values.push(operand());
  }
  const op: BoolOp['op'] = word === 'or' ? 'Or' : 'And';
  return { kind: 'BoolOp', op, values, start, end: prev(p).end };
}

function parseInversion(p: ParserState): ExprNode {
  const t = peek(p);
  if (!isKeyword(t, 'not')) return parseComparison(p);
  next(p);
  enter(p, t.start);
  try {
    const operand = parseInversion(p);
    return { kind: 'UnaryOp', op: 'Not', operand, start: t.start, end: prev(p).end };
  } finally {
    leave(p);
  }
}

function parseComparison(p: ParserState): ExprNode {
  const start = peek(p).start;
  const left = parseBitwiseOr(p);
  const ops: CmpOpKind[] = [];
  const comparators: ExprNode[] = [];
  for (;;) {
    const at = peek(p).start;
    const op = compareOperator(p);
    if (!op) break;
    checkChain(p, ops.length + 1, at, true);
    ops.push(op);
    comparators.push(parseBitwiseOr(p));
  }
  if (!ops.length) return left;
  const node: Compare = { kind: 'Compare', left, ops, comparators, start, end: prev(p).end };
  return node;
}

function compareOperator(p: ParserState): CmpOpKind | null {
  const t = peek(p);
  if (isKeyword(t, 'not')) {
    if (!isKeyword(peek(p, 1), 'in')) return null;
    next(p);
    next(p);
    return 'NotIn';
  }
  if (isKeyword(t, 'is')) {
    next(p);
    return eatKeyword(p, 'not') ? 'IsNot' : 'Is';
  }
  if (t.type !== 'OP' && !isKeyword(t, 'in')) return null;
  const op = COMPARE_OPS[t.value];
  if (!op) return null;
  next(p);
  return op;
}

/** bitwise_or and every binary level below it, down to factor. */
export function parseBitwiseOr(p: ParserState): ExprNode {
  return parseBinaryLevel(p, 0);
}

function parseBinaryLevel(p: ParserState, level: number): ExprNode {
  if (level >= BINARY_LEVELS.length) return parseFactor(p);
  const table = BINARY_LEVELS[level]!;
  const start = peek(p).start;
  let left = parseBinaryLevel(p, level + 1);
  let links = 0;
  for (;;) {
    const t = peek(p);
    const op = t.type === 'OP' ? table[t.value] : undefined;
    if (!op) return left;
    next(p);
    checkChain(p, ++links, t.start);
    const right = parseBinaryLevel(p, level + 1);
    left = { kind: 'BinOp', left, op, right, opSpan: { start: t.start, end: t.end }, start, end: prev(p).end };
  }
}

/** factor: unary `+`, `-`, `~` (right-recursive, so depth-guarded), else power. */
function parseFactor(p: ParserState): ExprNode {
  const t = peek(p);
  const op = t.type !== 'OP' ? null : t.value === '-' ? 'USub' : t.value === '+' ? 'UAdd' : t.value === '~' ? 'Invert' : null;
  if (!op) return parsePower(p);
  next(p);
  enter(p, t.start);
  try {
    const operand = parseFactor(p);
    return { kind: 'UnaryOp', op, operand, start: t.start, end: prev(p).end };
  } finally {
    leave(p);
  }
}

/** power: await_primary ['**' factor]; await_primary: 'await' primary | primary. */
function parsePower(p: ParserState): ExprNode {
  const t = peek(p);
  let base: ExprNode;
  if (isKeyword(t, 'await')) {
    next(p);
    const value = parsePrimary(p);
    base = { kind: 'Await', value, start: t.start, end: prev(p).end };
  } else {
    base = parsePrimary(p);
  }
  const op = peek(p);
  if (!isOp(op, '**')) return base;
  next(p);
  enter(p, op.start);
  try {
    const right = parseFactor(p);
    return { kind: 'BinOp', left: base, op: 'Pow', right, opSpan: { start: op.start, end: op.end }, start: t.start, end: prev(p).end };
  } finally {
    leave(p);
  }
}

/** Whether the current token can begin an expression (to tell `a,` from `a, b`). */
export function startsExpression(p: ParserState): boolean {
  const t = peek(p);
  switch (t.type) {
    case 'NAME':
      return !KEYWORD_NOT_STARTING.has(t.value);
    case 'NUMBER':
    case 'STRING':
      return true;
    case 'OP':
      return EXPRESSION_START_OPS.has(t.value);
    default:
      return false;
  }
}

const EXPRESSION_START_OPS: ReadonlySet<string> = new Set(['(', '[', '{', '-', '+', '~', '*', '...']);

const KEYWORD_NOT_STARTING: ReadonlySet<string> = new Set([
  'and', 'as', 'assert', 'async', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'nonlocal', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);

export function tuple(elts: ExprNode[], start: number, end: number): Tuple {
  return { kind: 'Tuple', elts, ctx: 'Load', start, end };
}
