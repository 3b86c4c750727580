// Statements and blocks: the module, compound statements (if/while/for/try/with and their async
// forms; def/class/decorators in definitions.ts, match in patterns.ts, one-line statements in
// statements-simple.ts) and indented blocks with CPython's block errors (`expected ':'`,
// `expected an indented block after 'if' statement on line 1`).

import type { ExceptHandler, ExprNode, Module, Stmt, WithItem } from './ast.js';
import { PySyntaxError, syntaxError } from './errors.js';
import {
  parseBitwiseOr, parseExpression, parseNamedExpression, parseStarExpressions, parseStarred, startsExpression,
} from './expressions.js';
import { tryParseMatch } from './patterns.js';
import {
  atKeyword, atOp, eatKeyword, eatOp, enter, expectName, expectOp, isKeyword, isOp, isRecoverable, leave, next,
  noteFailure, peek, prev, unexpected, type ParserState,
} from './state.js';
import { parseSimpleStatements } from './statements-simple.js';
import { parseClass, parseDecorated, parseFunction } from './definitions.js';
import { parseTargetList, toStore } from './targets.js';
import { lineOf } from './tokenizer.js';

export function parseModule(p: ParserState): Module {
  const body: Stmt[] = [];
  while (peek(p).type !== 'ENDMARKER') {
    // Nothing looks back past a top-level statement; dropping old tokens keeps big files cheap.
    if (p.pos > 4096) {
      p.tokens.splice(0, p.pos - 1);
      p.pos = 1;
    }
    body.push(...parseStatement(p));
  }
  return { kind: 'Module', body, start: 0, end: p.src.length };
}

/** statement: a compound statement, or a line of simple statements. */
export function parseStatement(p: ParserState): Stmt[] {
  const t = peek(p);
  if (t.type === 'NAME') {
    switch (t.value) {
      case 'if': return [parseIf(p)];
      case 'while': return [parseWhile(p)];
      case 'for': return [parseFor(p, null)];
      case 'try': return [parseTry(p)];
      case 'with': return [parseWith(p, null)];
      case 'def': return [parseFunction(p, [], null)];
      case 'class': return [parseClass(p, [])];
      case 'async': {
        const n = peek(p, 1);
        if (isKeyword(n, 'def')) return [parseFunction(p, [], next(p))];
        if (isKeyword(n, 'for')) return [parseFor(p, next(p))];
        if (isKeyword(n, 'with')) return [parseWith(p, next(p))];
        next(p);
        throw unexpected(p);
      }
      case 'match': {
        const m = tryParseMatch(p);
        if ('kind' in m) return [m];
        try {
          return parseSimpleStatements(p);
        } catch (e) {
          if (m.colonError && isRecoverable(e)) throw m.colonError;
          throw e;
        }
      }
      default:
        break;
    }
  } else if (isOp(t, '@')) {
    return [parseDecorated(p)];
  } else if (t.type === 'INDENT' || t.type === 'DEDENT') {
    throw unexpected(p);
  }
  return parseSimpleStatements(p);
}

/**
 * `:` then a block. `forced` statements (def, try, else, finally, class after its name) say
 * `expected ':'` at any other token; the rest only at a line end, else `invalid syntax`.
 */
export function parseBlock(p: ParserState, what: string, keyword: { start: number }, forced = false): Stmt[] {
  const colon = peek(p);
  if (!isOp(colon, ':')) {
    if (forced || colon.type === 'NEWLINE') throw syntaxError("expected ':'", colon.start, colon.end);
    throw probeThenUnexpected(p);
  }
  next(p);
  if (peek(p).type !== 'NEWLINE') return parseSimpleStatements(p);
  next(p);
  const t = peek(p);
  if (t.type !== 'INDENT') {
    const line = lineOf(p.src, keyword.start);
    const error = new PySyntaxError(`expected an indented block after ${what} on line ${line}`, t.start, t.end, 'IndentationError');
    error.noCaret = t.type === 'ENDMARKER';
    throw error;
  }
  next(p);
  enter(p, t.start);
  try {
    const body: Stmt[] = [];
    while (peek(p).type !== 'DEDENT' && peek(p).type !== 'ENDMARKER') body.push(...parseStatement(p));
    next(p);
    return body;
  } finally {
    leave(p);
  }
}

/**
 * CPython's error pass tries to read an expression at the token it failed on; if that runs into
 * an unclosed bracket at the end of the file, that is the error reported.
 */
function probeThenUnexpected(p: ParserState): Error {
  const save = p.pos;
  const error = unexpected(p);
  try {
    if (startsExpression(p)) parseExpression(p);
  } catch (e) {
    if (e instanceof PySyntaxError && e.fromTokenizer) return e;
  } finally {
    p.pos = save;
  }
  return error;
}

/**
 * End offset of a compound statement: the end of the last token of its last block, not counting
 * line ends and dedents (so a trailing `;` counts, as in CPython).
 */
export function blockEnd(p: ParserState): number {
  for (let k = p.pos - 1; k >= 0; k--) {
    const t = p.tokens[k]!;
    if (t.type !== 'NEWLINE' && t.type !== 'INDENT' && t.type !== 'DEDENT') return t.end;
  }
  return 0;
}

/**
 * `if` with its `elif` chain. Each `elif` is an If nested in the previous one's orelse, as in
 * CPython's AST; parsed in a loop, so a long chain cannot overflow the stack here (the restriction
 * pass bounds how deep the resulting tree may be).
 */
function parseIf(p: ParserState): Stmt {
  const headers: { start: number; test: ExprNode; body: Stmt[] }[] = [];
  let orelse: Stmt[] = [];
  for (;;) {
    const kw = next(p);
    const test = parseNamedExpression(p);
    headers.push({ start: kw.start, test, body: parseBlock(p, `'${kw.value}' statement`, kw) });
    const t = peek(p);
    if (isKeyword(t, 'elif')) continue;
    if (isKeyword(t, 'else')) {
      next(p);
      orelse = parseBlock(p, "'else' statement", t, true);
    }
    break;
  }
  // Every If of the chain ends where the whole chain ends, as the recursive form would give.
  const end = blockEnd(p);
  let node: Stmt | null = null;
  for (let i = headers.length - 1; i >= 0; i--) {
    const { start, test, body } = headers[i]!;
    node = { kind: 'If', test, body, orelse: node ? [node] : orelse, start, end };
  }
  return node!;
}

function parseElse(p: ParserState): Stmt[] {
  const t = peek(p);
  if (!isKeyword(t, 'else')) return [];
  next(p);
  return parseBlock(p, "'else' statement", t, true);
}

function parseWhile(p: ParserState): Stmt {
  const kw = next(p);
  const test = parseNamedExpression(p);
  const body = parseBlock(p, "'while' statement", kw);
  const orelse = parseElse(p);
  return { kind: 'While', test, body, orelse, start: kw.start, end: blockEnd(p) };
}

function parseFor(p: ParserState, asyncKw: { start: number } | null): Stmt {
  const kw = next(p);
  const target = parseTargetList(p, 'for');
  if (!atKeyword(p, 'in')) throw unexpected(p);
  next(p);
  const iter = parseStarExpressions(p);
  const body = parseBlock(p, "'for' statement", kw);
  const orelse = parseElse(p);
  const start = asyncKw ? asyncKw.start : kw.start;
  return { kind: asyncKw ? 'AsyncFor' : 'For', target, iter, body, orelse, start, end: blockEnd(p) };
}

function parseWith(p: ParserState, asyncKw: { start: number } | null): Stmt {
  const kw = next(p);
  const items = parenthesizedWithItems(p) ?? parseWithItems(p, false);
  const body = parseBlock(p, "'with' statement", kw);
  const start = asyncKw ? asyncKw.start : kw.start;
  return { kind: asyncKw ? 'AsyncWith' : 'With', items, body, start, end: blockEnd(p) };
}

/** `with (a as b, c):` — only when the parentheses close right before the `:`, as CPython decides. */
function parenthesizedWithItems(p: ParserState): WithItem[] | null {
  if (!atOp(p, '(') || isKeyword(peek(p, 1), 'yield')) return null;
  const save = p.pos;
  const open = next(p);
  enter(p, open.start);
  try {
    const items = parseWithItems(p, true);
    expectOp(p, ')');
    if (!atOp(p, ':')) throw unexpected(p);
    return items;
  } catch (e) {
    // Not parenthesised items after all (`with (a, b) as c:`): CPython's next alternative.
    if (!isRecoverable(e) || e.message !== 'invalid syntax') throw e;
    noteFailure(p, e);
    p.pos = save;
    return null;
  } finally {
    leave(p);
  }
}

function parseWithItems(p: ParserState, parenthesized: boolean): WithItem[] {
  const items: WithItem[] = [];
  do {
    if (parenthesized && atOp(p, ')')) break;
    const start = peek(p).start;
    const context_expr = parseExpression(p);
    let optional_vars: ExprNode | null = null;
    if (eatKeyword(p, 'as')) {
      optional_vars = toStore(atOp(p, '*') ? parseStarred(p) : parseBitwiseOr(p), 'with');
    }
    items.push({ kind: 'withitem', context_expr, optional_vars, start, end: prev(p).end });
  } while (eatOp(p, ','));
  return items;
}

function parseTry(p: ParserState): Stmt {
  const kw = next(p);
  const body = parseBlock(p, "'try' statement", kw, true);
  const handlers: ExceptHandler[] = [];
  let star: boolean | null = null;
  while (atKeyword(p, 'except')) {
    const ex = next(p);
    const isStar = !!eatOp(p, '*');
    if (star !== null && star !== isStar) {
      throw syntaxError("cannot have both 'except' and 'except*' on the same 'try'", ex.start, prev(p).end);
    }
    star = isStar;
    let type: ExprNode | null = null;
    let name: string | null = null;
    if (!atOp(p, ':') || isStar) {
      if (isStar && atOp(p, ':')) throw syntaxError('expected one or more exception types', peek(p).start, peek(p).end);
      if (peek(p).type !== 'NEWLINE') {
        type = parseExpression(p);
        if (atOp(p, ',')) {
          let last = type;
          while (eatOp(p, ',')) last = parseExpression(p);
          throw syntaxError('multiple exception types must be parenthesized', type.start, last.end);
        }
        if (eatKeyword(p, 'as')) name = expectName(p).value;
      }
    }
    const what = isStar ? "'except*' statement" : "'except' statement";
    const handlerBody = parseBlock(p, what, ex);
    handlers.push({ kind: 'ExceptHandler', type, name, body: handlerBody, start: ex.start, end: blockEnd(p) });
  }
  const orelse = handlers.length ? parseElse(p) : [];
  let finalbody: Stmt[] = [];
  const fin = peek(p);
  if (isKeyword(fin, 'finally')) {
    next(p);
    finalbody = parseBlock(p, "'finally' statement", fin, true);
  }
  if (!handlers.length && !finalbody.length) {
    const t = peek(p);
    const error = syntaxError("expected 'except' or 'finally' block", t.start, t.end);
    let k = 0;
    while (peek(p, k).type === 'DEDENT') k++;
    error.noCaret = peek(p, k).type === 'ENDMARKER';
    throw error;
  }
  const end = blockEnd(p);
  return { kind: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, start: kw.start, end };
}
