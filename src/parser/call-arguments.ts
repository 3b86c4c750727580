// Call arguments: positional, `*iterable`, `name=value`, `**mapping`, and a lone unparenthesised
// generator expression (`f(x for x in y)`), with CPython's ordering errors.

import type { ExprNode, Keyword } from './ast.js';
import { missingCommaOrUnexpected } from './recovery.js';
import { parseComprehensionTail } from './comprehensions.js';
import { syntaxError } from './errors.js';
import { describe, parseExpression, parseNamedExpression } from './expressions.js';
import {
  atOp, eatOp, enter, expectOp, isKeyword, isName, isOp, leave, next, peek, prev, unexpected, type ParserState,
} from './state.js';

export interface CallArguments { args: ExprNode[]; keywords: Keyword[]; end: number }

export function parseCallArguments(p: ParserState): CallArguments {
  const open = next(p);
  enter(p, open.start);
  try {
    const args: ExprNode[] = [];
    const keywords: Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    let ordering: string | undefined;
    while (!atOp(p, ')')) {
      const t = peek(p);
      if (isOp(t, '**')) {
        next(p);
        const value = parseExpression(p);
        keywords.push({ kind: 'keyword', arg: null, value, start: t.start, end: prev(p).end });
        sawDoubleStar = true;
      } else if (isOp(t, '*')) {
        // In calls the star takes a whole expression (`f(*a or b)`), unlike in displays.
        next(p);
        const value = parseExpression(p);
        const starred: ExprNode = { kind: 'Starred', value, ctx: 'Load', start: t.start, end: prev(p).end };
        if (sawDoubleStar) {
          throw syntaxError('iterable argument unpacking follows keyword argument unpacking', t.start, t.end);
        }
        args.push(starred);
      } else if (isName(t) && isOp(peek(p, 1), '=')) {
        next(p);
        next(p);
        const value = parseExpression(p);
        keywords.push({ kind: 'keyword', arg: t.value, value, start: t.start, end: prev(p).end });
        sawKeyword = true;
      } else {
        const value = parseNamedExpression(p, false);
        if (atOp(p, '=')) {
          const eq = peek(p);
          if (value.kind === 'NamedExpr' && !p.parenthesized.has(value)) throw unexpected(p);
          if (value.kind === 'Constant' && (value.value.type === 'bool' || value.value.type === 'None')) {
            throw syntaxError(`cannot assign to ${describe(value)}`, value.start, eq.end);
          }
          throw syntaxError('expression cannot contain assignment, perhaps you meant "=="?', value.start, eq.end);
        }
        if (isKeyword(peek(p), 'for') || isKeyword(peek(p), 'async')) {
          const generators = parseComprehensionTail(p);
          const genexp: ExprNode = { kind: 'GeneratorExp', elt: value, generators, start: open.start, end: prev(p).end };
          if (atOp(p, ',') || ((args.length || keywords.length) && atOp(p, ')'))) {
            throw syntaxError('Generator expression must be parenthesized', value.start, prev(p).end);
          }
          if (atOp(p, ')')) {
            genexp.end = peek(p).end;
            args.push(genexp);
            continue;
          }
          throw unexpected(p);
        }
        // CPython reports these once all arguments are read, at the token after them.
        if (sawDoubleStar) ordering ??= 'positional argument follows keyword argument unpacking';
        else if (sawKeyword) ordering ??= 'positional argument follows keyword argument';
        args.push(value);
      }
      if (atOp(p, ')')) break;
      if (!eatOp(p, ',')) {
        const last = args.length && (!keywords.length || args[args.length - 1]!.end > keywords[keywords.length - 1]!.end)
          ? args[args.length - 1]! : keywords[keywords.length - 1]!.value;
        throw missingCommaOrUnexpected(p, last);
      }
    }
    const close = expectOp(p, ')');
    if (ordering) throw syntaxError(ordering, close.start, close.end);
    return { args, keywords, end: close.end };
  } finally {
    leave(p);
  }
}
