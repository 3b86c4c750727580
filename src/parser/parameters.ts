// Parameter lists of `def` (with annotations) and `lambda` (without): positional-only before `/`,
// `*args` or a bare `*`, keyword-only, `**kwargs`, defaults, with CPython's ordering errors.

import type { Arg, Arguments, ExprNode, Lambda } from './ast.js';
import { syntaxError } from './errors.js';
import { parseExpression, parseStarExpression } from './expressions.js';
import { atOp, eatOp, enter, expectOp, isName, isOp, leave, next, peek, prev, unexpected, type ParserState } from './state.js';
import type { Token } from './token.js';

/** `lambda params: body` (the current token is `lambda`). */
export function parseLambda(p: ParserState): Lambda {
  const kw = next(p);
  enter(p, kw.start);
  try {
    const args = parseParameters(p, ':', false);
    expectOp(p, ':');
    const body = parseExpression(p);
    return { kind: 'Lambda', args, body, start: kw.start, end: prev(p).end };
  } finally {
    leave(p);
  }
}

/** Parses parameters up to (not including) `close`: `)` for def, `:` for lambda. */
export function parseParameters(p: ParserState, close: ')' | ':', annotated: boolean): Arguments {
  const start = peek(p).start;
  const posonlyargs: Arg[] = [];
  const args: Arg[] = [];
  const defaults: ExprNode[] = [];
  const kwonlyargs: Arg[] = [];
  const kw_defaults: (ExprNode | null)[] = [];
  let vararg: Arg | null = null;
  let kwarg: Arg | null = null;
  let sawStar: Token | null = null;
  let sawSlash = false;

  while (!atOp(p, close)) {
    const t = peek(p);
    if (kwarg) throw syntaxError('arguments cannot follow var-keyword argument', t.start, t.end);
    if (isOp(t, '/')) {
      if (sawSlash) throw syntaxError('/ may appear only once', t.start, t.end);
      if (sawStar) throw syntaxError('/ must be ahead of *', t.start, t.end);
      if (!args.length) {
        if (isOp(peek(p, 1), ',')) throw syntaxError('at least one argument must precede /', t.start, t.end);
        throw unexpected(p);
      }
      next(p);
      sawSlash = true;
      posonlyargs.push(...args.splice(0));
    } else if (isOp(t, '*')) {
      if (sawStar) throw syntaxError('* argument may appear only once', t.start, t.end);
      next(p);
      sawStar = t;
      if (isName(peek(p))) {
        vararg = parseParam(p, annotated, true);
        if (atOp(p, '=')) throw syntaxError('var-positional argument cannot have default value', peek(p).start, peek(p).end);
      } else if (atOp(p, close) || atOp(p, '**') || (atOp(p, ',') && isBareStarEnd(p, close))) {
        // def points at the `*`; lambda at the token that shows nothing named follows.
        const at = close === ':' ? (atOp(p, ',') ? peek(p, 1) : peek(p)) : t;
        throw syntaxError('named arguments must follow bare *', at.start, at.end);
      }
    } else if (isOp(t, '**')) {
      next(p);
      kwarg = parseParam(p, annotated, false);
      if (atOp(p, '=')) throw syntaxError('var-keyword argument cannot have default value', peek(p).start, peek(p).end);
    } else if (isName(t)) {
      const param = parseParam(p, annotated, false);
      let value: ExprNode | null = null;
      const eq = eatOp(p, '=');
      if (eq && (atOp(p, ')') || atOp(p, ','))) throw syntaxError('expected default value expression', eq.start, eq.end);
      if (eq) value = parseExpression(p);
      if (sawStar) {
        kwonlyargs.push(param);
        kw_defaults.push(value);
      } else {
        if (!value && defaults.length) throw syntaxError('non-default argument follows default argument', param.start, param.end);
        args.push(param);
        if (value) defaults.push(value);
      }
    } else if (isOp(t, '(')) {
      throw parenthesizedParameter(p, close === ':');
    } else {
      throw unexpected(p);
    }
    if (atOp(p, close)) break;
    if (!eatOp(p, ',')) throw unexpected(p);
  }
  if (sawStar && !vararg && !kwonlyargs.length) throw syntaxError('named arguments must follow bare *', sawStar.start, sawStar.end);
  const end = p.pos > 0 ? Math.max(start, prev(p).end) : start;
  return { kind: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults, start, end };
}

/** `def f((a)):`: CPython 3.11 names the mistake, spanning the parentheses. */
function parenthesizedParameter(p: ParserState, lambda: boolean): Error {
  const open = peek(p);
  let depth = 0;
  for (let k = 0; ; k++) {
    const t = peek(p, k);
    if (t.type === 'ENDMARKER' || t.type === 'NEWLINE') return unexpected(p);
    if (isOp(t, '(')) depth++;
    if (isOp(t, ')') && --depth === 0) {
      const what = lambda ? 'Lambda expression parameters' : 'Function parameters';
      return syntaxError(`${what} cannot be parenthesized`, open.start, t.end);
    }
  }
}

/** After a bare `*` and a comma: does only `**kwargs` or the end follow (so no keyword-only names)? */
function isBareStarEnd(p: ParserState, close: string): boolean {
  const after = peek(p, 1);
  return isOp(after, close) || isOp(after, '**');
}

function parseParam(p: ParserState, annotated: boolean, star: boolean): Arg {
  const name = next(p);
  if (!isName(name)) throw unexpected(p, name);
  let annotation: ExprNode | null = null;
  if (annotated && eatOp(p, ':')) annotation = star ? parseStarExpression(p) : parseExpression(p);
  return { kind: 'arg', arg: name.value, annotation, start: name.start, end: prev(p).end };
}
