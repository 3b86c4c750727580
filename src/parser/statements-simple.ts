// Simple statements (one logical line, `;`-separated): expression statements and the three
// assignment forms with CPython's target errors, `del`, `pass`/`break`/`continue`, `return`,
// `raise`, `global`/`nonlocal`, `assert`, `import`/`from ... import`, and yield expressions.

import type { ExprNode, Stmt, Yield, YieldFrom } from './ast.js';
import { parsePrimary } from './atoms.js';
import { PySyntaxError, syntaxError } from './errors.js';
import { describe, parseExpression, parseStarExpressions, startsExpression } from './expressions.js';
import {
  atKeyword, atOp, eatKeyword, eatOp, expectName, isOp, isRecoverable, next, peek, prev, unexpected, type ParserState,
} from './state.js';
import { invalidTarget, toStore } from './targets.js';
import { AUG_ASSIGN } from './token.js';
import { parseFromImport, parseImport } from './imports.js';

/** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE. */
export function parseSimpleStatements(p: ParserState): Stmt[] {
  const body: Stmt[] = [];
  for (;;) {
    body.push(parseSimpleStatement(p));
    if (!eatOp(p, ';')) break;
    if (peek(p).type === 'NEWLINE') break;
  }
  const t = peek(p);
  if (t.type !== 'NEWLINE') throw unexpected(p);
  next(p);
  return body;
}

function parseSimpleStatement(p: ParserState): Stmt {
  const t = peek(p);
  const span = { start: t.start, end: t.end };
  if (t.type === 'NAME') {
    switch (t.value) {
      case 'pass': next(p); return { kind: 'Pass', ...span };
      case 'break': next(p); return { kind: 'Break', ...span };
      case 'continue': next(p); return { kind: 'Continue', ...span };
      case 'return': {
        next(p);
        const value = startsExpression(p) ? parseStarExpressions(p) : null;
        return { kind: 'Return', value, start: t.start, end: prev(p).end };
      }
      case 'raise': {
        next(p);
        const exc = startsExpression(p) ? parseExpression(p) : null;
        const cause = exc && eatKeyword(p, 'from') ? parseExpression(p) : null;
        return { kind: 'Raise', exc, cause, start: t.start, end: prev(p).end };
      }
      case 'global':
      case 'nonlocal': {
        next(p);
        const names = [expectName(p).value];
        while (eatOp(p, ',')) names.push(expectName(p).value);
        return { kind: t.value === 'global' ? 'Global' : 'Nonlocal', names, start: t.start, end: prev(p).end };
      }
      case 'assert': {
        next(p);
        const test = parseExpression(p);
        const msg = eatOp(p, ',') ? parseExpression(p) : null;
        return { kind: 'Assert', test, msg, start: t.start, end: prev(p).end };
      }
      case 'del': return parseDel(p);
      case 'import': return parseImport(p);
      case 'from': return parseFromImport(p);
      default:
        break;
    }
  }
  return parseExpressionStatement(p);
}

function parseDel(p: ParserState): Stmt {
  const kw = next(p);
  const targets: ExprNode[] = [];
  do {
    if (!startsExpression(p)) break;
    const save = p.pos;
    let target: ExprNode;
    try {
      target = parseExpressionForTarget(p);
    } catch (e) {
      // CPython's first pass read only a primary target; its error is at the token after that.
      if (!isRecoverable(e) || e.message !== 'invalid syntax') throw e;
      p.pos = save;
      try {
        parsePrimary(p);
      } catch {
        throw e;
      }
      throw unexpected(p);
    }
    targets.push(toStore(target, 'del'));
  } while (eatOp(p, ','));
  if (!targets.length) throw unexpected(p);
  return { kind: 'Delete', targets, start: kw.start, end: prev(p).end };
}

function parseExpressionForTarget(p: ParserState): ExprNode {
  return atOp(p, '*') ? parseStarExpressions(p) : parseExpression(p);
}

/** Expression statement, or an assignment (`=` chain, augmented, annotated) starting with an expression. */
function parseExpressionStatement(p: ParserState): Stmt {
  const start = peek(p).start;
  const first = atKeyword(p, 'yield') ? parseYieldExpression(p) : parseStarExpressions(p);
  const t = peek(p);
  if (isOp(t, '=')) return parseAssign(p, first, start);
  if (isOp(t, ':')) {
    next(p);
    // The annotation comes first: without one this is plain `invalid syntax` at the line end.
    if (!startsExpression(p)) throw unexpected(p);
    const annotation = parseExpression(p);
    const parenthesized = p.parenthesized.has(first);
    if (first.kind === 'Tuple' || first.kind === 'List') {
      // CPython points at the whole parenthesised target, or at the first of a bare `a, b`.
      const at = first.kind === 'Tuple' && !p.parenthesized.has(first) && first.elts.length ? first.elts[0]! : first;
      throw syntaxError(`only single target (not ${first.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, at.start, at.end);
    }
    if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
      throw syntaxError('illegal target for annotation', first.start, first.end);
    }
    let value: ExprNode | null = null;
    if (eatOp(p, '=')) value = atKeyword(p, 'yield') ? parseYieldExpression(p) : parseStarExpressions(p);
    const target = toStore(first, 'assign');
    const simple = target.kind === 'Name' && !parenthesized;
    return { kind: 'AnnAssign', target, annotation, value, simple, start, end: prev(p).end };
  }
  const aug = t.type === 'OP' ? AUG_ASSIGN[t.value] : undefined;
  if (aug) {
    const opToken = next(p);
    const validTarget = first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript';
    // CPython's rule needs the right-hand side before it blames the target; with neither, its
    // first pass stopped at the operator.
    if (!atKeyword(p, 'yield') && !startsExpression(p)) throw unexpected(p, validTarget ? peek(p) : opToken);
    const value = atKeyword(p, 'yield') ? parseYieldExpression(p) : parseStarExpressions(p);
    if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
      throw syntaxError(`'${describe(first)}' is an illegal expression for augmented assignment`, first.start, first.end);
    }
    return { kind: 'AugAssign', target: toStore(first, 'assign'), op: aug, value, start, end: prev(p).end };
  }
  if (t.type !== 'NEWLINE' && !isOp(t, ';')) throw statementEndError(p, first);
  return { kind: 'Expr', value: first, start, end: prev(p).end };
}

/** What CPython says when an expression statement is followed by something unexpected. */
function statementEndError(p: ParserState, first: ExprNode): Error {
  if (atOp(p, ':=') && (first.kind !== 'Name' || p.parenthesized.has(first)) && followedByExpression(p)) {
    return syntaxError(`cannot use assignment expressions with ${describe(first)}`, first.start, first.end);
  }
  if (!startsExpression(p)) return unexpected(p);
  // CPython's error pass reads on here (its legacy-print rule after a name, its missing-comma rule
  // otherwise): an error that reading finds wins, such as an unclosed bracket at the end of file.
  const save = p.pos;
  const afterName = first.kind === 'Name' && !atOp(p, '(');
  const legacy = first.kind === 'Name' && (first.id === 'print' || first.id === 'exec');
  try {
    const rest = afterName ? parseStarExpressions(p) : parseExpression(p);
    if (legacy) return syntaxError(`Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`, first.start, rest.end);
  } catch (e) {
    if (!(e instanceof PySyntaxError) || e.fromTokenizer || e.code !== 'E100') throw e;
    if (e.message !== 'invalid syntax') return e;
  } finally {
    p.pos = save;
  }
  return unexpected(p);
}

/** Whether the token after the current one can start an expression. */
function followedByExpression(p: ParserState): boolean {
  const save = p.pos;
  next(p);
  const result = startsExpression(p);
  p.pos = save;
  return result;
}

function parseAssign(p: ParserState, first: ExprNode, start: number): Stmt {
  const exprs = [first];
  while (eatOp(p, '=')) {
    try {
      exprs.push(atKeyword(p, 'yield') ? parseYieldExpression(p) : parseStarExpressions(p));
    } catch (e) {
      // `f() = 1 +`: CPython still names the bad target first (its `here` form when the right
      // side starts like an expression, as its rule then matches a prefix of it).
      if (isRecoverable(e)) {
        if (exprs.length === 1 && invalidTarget(first, 'assign') && isBitwiseOrLevel(p, first) && !isExcludedFromHere(p, first) &&
          first.kind !== 'Name' && p.tokens[p.tokens.findIndex((t) => t.start === e.start) - 1]?.value !== '=') {
          throw syntaxError(`cannot assign to ${describe(first)} here. Maybe you meant '==' instead of '='?`, first.start, first.end);
        }
        for (const target of exprs) invalidTargetError(p, target);
      }
      throw e;
    }
  }
  const value = exprs.pop()!;
  checkTargets(p, exprs, value);
  if (peek(p).type !== 'NEWLINE' && !atOp(p, ';')) throw statementEndError(p, value);
  if (value.kind === 'Starred') throw syntaxError("can't use starred expression here", value.start, value.end);
  const targets = exprs.map((e) => toStore(e, 'assign'));
  return { kind: 'Assign', targets, value, start, end: prev(p).end };
}

function invalidTargetError(p: ParserState, target: ExprNode): void {
  if ((target.kind === 'Yield' || target.kind === 'YieldFrom') && !p.parenthesized.has(target)) {
    throw syntaxError('assignment to yield expression not possible', target.start, target.end);
  }
  if (invalidTarget(target, 'assign')) toStore(target, 'assign');
}

/** CPython's invalid_assignment rules, in its order, so the same target gets the same message. */
function checkTargets(p: ParserState, targets: ExprNode[], value: ExprNode): void {
  const bareYield = (e: ExprNode): boolean => (e.kind === 'Yield' || e.kind === 'YieldFrom') && !p.parenthesized.has(e);
  const bad = targets.findIndex((e) => bareYield(e) || invalidTarget(e, 'assign'));
  if (bad < 0) {
    const first = targets[0]!;
    if (first.kind === 'Starred') throw syntaxError('starred assignment target must be in a list or tuple', first.start, first.end);
    return;
  }
  // The `here. Maybe you meant '=='` rule looks at the expression right before the first `=` when
  // only one `=` follows it.
  const first = targets[0]!;
  const elts = first.kind === 'Tuple' && !p.parenthesized.has(first) ? first.elts : [first];
  const last = elts[elts.length - 1]!;
  if (targets.length === 1 && isBitwiseOrLevel(p, last)) {
    const rhsEnd = value.end;
    if (last.kind === 'Name' && !p.parenthesized.has(last)) {
      throw syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last.start, rhsEnd);
    }
    if (!isExcludedFromHere(p, last)) {
      throw syntaxError(`cannot assign to ${describe(last)} here. Maybe you meant '==' instead of '='?`, last.start, last.end);
    }
  }
  const target = targets[bad]!;
  if (bareYield(target)) {
    throw syntaxError('assignment to yield expression not possible', target.start, target.end);
  }
  toStore(target, 'assign');
}

function isBitwiseOrLevel(p: ParserState, e: ExprNode): boolean {
  if (p.parenthesized.has(e)) return true;
  switch (e.kind) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred': case 'Yield':
    case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    default:
      return true;
  }
}

function isExcludedFromHere(p: ParserState, e: ExprNode): boolean {
  if (e.kind === 'List' || e.kind === 'Tuple' || e.kind === 'GeneratorExp') return true;
  return e.kind === 'Constant' && !p.parenthesized.has(e) && (e.value.type === 'bool' || e.value.type === 'None');
}

/** yield_expr: `yield from expression` | `yield [star_expressions]` (current token is `yield`). */
export function parseYieldExpression(p: ParserState): Yield | YieldFrom {
  const kw = next(p);
  if (eatKeyword(p, 'from')) {
    const value = parseExpression(p);
    return { kind: 'YieldFrom', value, start: kw.start, end: prev(p).end };
  }
  const value = startsExpression(p) ? parseStarExpressions(p) : null;
  return { kind: 'Yield', value, start: kw.start, end: prev(p).end };
}
