// Definitions: `def` and `async def` (parameters in parameters.ts, optional `-> returns`),
// `class` with bases and keywords, and the decorators before either.

import type { ExprNode, Stmt } from './ast.js';
import { parseCallArguments } from './call-arguments.js';
import { syntaxError } from './errors.js';
import { parseExpression, parseNamedExpression, startsExpression } from './expressions.js';
import { parseParameters } from './parameters.js';
import { atOp, eatOp, expectName, expectOp, isKeyword, isOp, next, peek, unexpected, type ParserState } from './state.js';
import { blockEnd, parseBlock } from './statements.js';

export function parseDecorated(p: ParserState): Stmt {
  const decorators: ExprNode[] = [];
  while (eatOp(p, '@')) {
    decorators.push(parseNamedExpression(p));
    if (peek(p).type !== 'NEWLINE') throw unexpected(p);
    next(p);
  }
  const t = peek(p);
  if (isKeyword(t, 'def')) return parseFunction(p, decorators, null);
  if (isKeyword(t, 'class')) return parseClass(p, decorators);
  if (isKeyword(t, 'async') && isKeyword(peek(p, 1), 'def')) return parseFunction(p, decorators, next(p));
  throw unexpected(p);
}

export function parseFunction(p: ParserState, decorator_list: ExprNode[], asyncKw: { start: number } | null): Stmt {
  const kw = next(p);
  const name = expectName(p);
  const open = peek(p);
  if (!isOp(open, '(')) throw syntaxError("expected '('", open.start, open.end);
  next(p);
  const args = parseParameters(p, ')', true);
  expectOp(p, ')');
  const arrow = eatOp(p, '->');
  if (arrow && !startsExpression(p)) throw syntaxError("expected ':'", arrow.start, arrow.end);
  const returns = arrow ? parseExpression(p) : null;
  const body = parseBlock(p, 'function definition', kw, true);
  const start = asyncKw ? asyncKw.start : kw.start;
  const nameSpan = { start: name.start, end: name.end };
  return {
    kind: asyncKw ? 'AsyncFunctionDef' : 'FunctionDef', name: name.value, args, body, decorator_list, returns,
    nameSpan, start, end: blockEnd(p),
  };
}

export function parseClass(p: ParserState, decorator_list: ExprNode[]): Stmt {
  const kw = next(p);
  const name = expectName(p);
  let bases: ExprNode[] = [];
  let keywords: ReturnType<typeof parseCallArguments>['keywords'] = [];
  if (atOp(p, '(')) {
    const call = parseCallArguments(p);
    bases = call.args;
    keywords = call.keywords;
  }
  const body = parseBlock(p, 'class definition', kw);
  return {
    kind: 'ClassDef', name: name.value, bases, keywords, body, decorator_list,
    nameSpan: { start: name.start, end: name.end }, start: kw.start, end: blockEnd(p),
  };
}
