// The match statement (PEP 634) and its patterns. `match` and `case` are soft keywords: a line
// starting with `match` is a match statement only if `match subject:` NEWLINE parses, otherwise it
// is re-read as ordinary statement (`match = 1`, `match(x)`), as CPython's PEG parser backtracks.

import type { Constant, ExprNode, Match, MatchCase, Pattern } from './ast.js';
import { parseAtom } from './atoms.js';
import { PySyntaxError, syntaxError } from './errors.js';
import { parseNamedExpression, parseStarNamedExpression, startsExpression, tuple } from './expressions.js';
import { blockEnd, parseBlock } from './statements.js';
import {
  atOp, eatKeyword, eatOp, enter, expectName, expectOp, isKeyword, isName, isOp, isRecoverable, leave, next,
  noteFailure, peek, prev, unexpected, type ParserState,
} from './state.js';

/**
 * A match statement, or (when the line is not one) the error to prefer if the line fails as an
 * ordinary statement too: `match x` followed by a line end is CPython's `expected ':'`.
 */
export function tryParseMatch(p: ParserState): Match | { colonError: PySyntaxError | null } {
  const save = p.pos;
  const kw = next(p);
  let subject: ExprNode;
  let colonError: PySyntaxError | null = null;
  try {
    if (!startsExpression(p)) throw unexpected(p);
    subject = parseSubject(p);
    const t = peek(p);
    if (t.type === 'NEWLINE') colonError = syntaxError("expected ':'", t.start, t.end);
    if (!isOp(t, ':')) throw unexpected(p);
    if (peek(p, 1).type !== 'NEWLINE') throw unexpected(p, peek(p, 1));
  } catch (e) {
    if (!isRecoverable(e)) throw e;
    noteFailure(p, e);
    p.pos = save;
    return { colonError };
  }
  next(p);
  next(p);
  const indent = peek(p);
  if (indent.type !== 'INDENT') {
    throw new PySyntaxError(`expected an indented block after 'match' statement on line ${lineNumber(p, kw.start)}`, indent.start, indent.end, 'IndentationError');
  }
  next(p);
  enter(p, indent.start);
  try {
    const cases: MatchCase[] = [];
    while (peek(p).type !== 'DEDENT' && peek(p).type !== 'ENDMARKER') {
      const c = peek(p);
      if (!isKeyword(c, 'case')) throw unexpected(p);
      next(p);
      const pattern = parsePatterns(p);
      const guard = eatKeyword(p, 'if') ? parseNamedExpression(p) : null;
      const body = parseBlock(p, "'case' statement", c);
      cases.push({ kind: 'match_case', pattern, guard, body, start: c.start, end: blockEnd(p) });
    }
    next(p);
    return { kind: 'Match', subject, cases, start: kw.start, end: blockEnd(p) };
  } finally {
    leave(p);
  }
}

function lineNumber(p: ParserState, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (p.src[i] === '\n') line++;
  return line;
}

/** subject_expr: `a, *b` (a Tuple) or a named expression. */
function parseSubject(p: ParserState): ExprNode {
  const first = parseStarNamedExpression(p);
  if (!atOp(p, ',')) {
    if (first.kind === 'Starred') throw unexpected(p);
    return first;
  }
  const elts = [first];
  while (eatOp(p, ',')) {
    if (!startsExpression(p)) break;
    elts.push(parseStarNamedExpression(p));
  }
  return tuple(elts, first.start, prev(p).end);
}

/** patterns: an open sequence `a, b` (MatchSequence) or one pattern. */
function parsePatterns(p: ParserState): Pattern {
  const first = parseMaybeStar(p);
  if (!atOp(p, ',')) {
    if (first.kind === 'MatchStar') return { kind: 'MatchSequence', patterns: [first], start: first.start, end: first.end };
    return first;
  }
  const patterns = [first];
  while (eatOp(p, ',')) {
    if (atOp(p, ':') || isKeyword(peek(p), 'if')) break;
    patterns.push(parseMaybeStar(p));
  }
  return { kind: 'MatchSequence', patterns, start: first.start, end: prev(p).end };
}

function parseMaybeStar(p: ParserState): Pattern {
  const t = peek(p);
  if (!isOp(t, '*')) return parsePattern(p);
  next(p);
  const name = expectName(p);
  return { kind: 'MatchStar', name: name.value === '_' ? null : name.value, start: t.start, end: name.end };
}

/** pattern: or_pattern ['as' NAME]. */
function parsePattern(p: ParserState): Pattern {
  const start = peek(p).start;
  enter(p, start);
  try {
    const first = parseClosedPattern(p);
    let pattern: Pattern = first;
    if (atOp(p, '|')) {
      const patterns = [first];
      while (eatOp(p, '|')) patterns.push(parseClosedPattern(p));
      pattern = { kind: 'MatchOr', patterns, start, end: prev(p).end };
    }
    if (eatKeyword(p, 'as')) {
      const name = peek(p);
      if (isName(name) && name.value === '_') throw syntaxError("cannot use '_' as a target", name.start, name.end);
      expectName(p);
      return { kind: 'MatchAs', pattern, name: name.value, start, end: name.end };
    }
    return pattern;
  } finally {
    leave(p);
  }
}

function parseClosedPattern(p: ParserState): Pattern {
  const t = peek(p);
  const span = { start: t.start, end: t.end };
  if (t.type === 'NAME') {
    if (t.value === 'None') { next(p); return { kind: 'MatchSingleton', value: { type: 'None' }, ...span }; }
    if (t.value === 'True' || t.value === 'False') {
      next(p);
      return { kind: 'MatchSingleton', value: { type: 'bool', value: t.value === 'True' }, ...span };
    }
    if (!isName(t)) throw unexpected(p);
    next(p);
    let cls: ExprNode = { kind: 'Name', id: t.value, ctx: 'Load', ...span };
    let dotted = false;
    while (atOp(p, '.')) {
      next(p);
      const attr = expectName(p);
      cls = { kind: 'Attribute', value: cls, attr: attr.value, ctx: 'Load', attrSpan: { start: attr.start, end: attr.end }, start: t.start, end: attr.end };
      dotted = true;
    }
    if (atOp(p, '(')) return parseClassPattern(p, cls);
    if (dotted) return { kind: 'MatchValue', value: cls, start: cls.start, end: cls.end };
    return { kind: 'MatchAs', pattern: null, name: t.value === '_' ? null : t.value, ...span };
  }
  if (t.type === 'NUMBER' || t.type === 'STRING' || isOp(t, '-')) {
    const value = parseLiteralExpression(p);
    return { kind: 'MatchValue', value, start: value.start, end: value.end };
  }
  if (isOp(t, '(') || isOp(t, '[')) return parseSequencePattern(p);
  if (isOp(t, '{')) return parseMappingPattern(p);
  throw unexpected(p);
}

/** Number (signed, or `real ± imaginary`) or string literal, as pattern values and mapping keys. */
function parseLiteralExpression(p: ParserState): ExprNode {
  const t = peek(p);
  if (t.type === 'STRING') {
    const value = parseAtom(p);
    if (value.kind === 'JoinedStr') throw syntaxError('patterns may only match literals and attribute lookups', value.start, value.end);
    return value;
  }
  let left: ExprNode;
  if (isOp(t, '-')) {
    next(p);
    const n = peek(p);
    if (n.type !== 'NUMBER') throw unexpected(p);
    const operand = parseAtom(p);
    left = { kind: 'UnaryOp', op: 'USub', operand, start: t.start, end: operand.end };
  } else {
    if (t.type !== 'NUMBER') throw unexpected(p);
    left = parseAtom(p);
  }
  const op = peek(p);
  if (isOp(op, '+') || isOp(op, '-')) {
    next(p);
    if (peek(p).type !== 'NUMBER') throw unexpected(p);
    const right = parseAtom(p) as Constant;
    if (right.value.type !== 'complex') throw syntaxError('imaginary number required in complex literal', right.start, right.end);
    const real = left.kind === 'UnaryOp' ? left.operand : left;
    if (real.kind === 'Constant' && real.value.type === 'complex') {
      throw syntaxError('real number required in complex literal', real.start, real.end);
    }
    return { kind: 'BinOp', left, op: isOp(op, '+') ? 'Add' : 'Sub', right, opSpan: { start: op.start, end: op.end }, start: left.start, end: right.end };
  }
  return left;
}

function parseSequencePattern(p: ParserState): Pattern {
  const open = next(p);
  const close = open.value === '(' ? ')' : ']';
  const patterns: Pattern[] = [];
  let sawComma = false;
  while (!atOp(p, close)) {
    patterns.push(parseMaybeStar(p));
    if (!eatOp(p, ',')) break;
    sawComma = true;
  }
  const end = expectOp(p, close).end;
  // `(p)` is a group: the pattern itself, with its own span.
  if (open.value === '(' && patterns.length === 1 && !sawComma && patterns[0]!.kind !== 'MatchStar') return patterns[0]!;
  return { kind: 'MatchSequence', patterns, start: open.start, end };
}

function parseMappingPattern(p: ParserState): Pattern {
  const open = next(p);
  const keys: ExprNode[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  while (!atOp(p, '}')) {
    if (eatOp(p, '**')) {
      rest = expectName(p).value;
      eatOp(p, ',');
      break;
    }
    const t = peek(p);
    let key: ExprNode;
    if (t.type === 'NAME' && (t.value === 'None' || t.value === 'True' || t.value === 'False')) key = parseAtom(p);
    else if (isName(t)) {
      key = parseAtom(p);
      if (!atOp(p, '.')) throw unexpected(p);
      while (eatOp(p, '.')) {
        const attr = expectName(p);
        key = { kind: 'Attribute', value: key, attr: attr.value, ctx: 'Load', attrSpan: { start: attr.start, end: attr.end }, start: key.start, end: attr.end };
      }
    } else key = parseLiteralExpression(p);
    keys.push(key);
    expectOp(p, ':');
    patterns.push(parsePattern(p));
    if (!eatOp(p, ',')) break;
  }
  const close = expectOp(p, '}');
  return { kind: 'MatchMapping', keys, patterns, rest, start: open.start, end: close.end };
}

function parseClassPattern(p: ParserState, cls: ExprNode): Pattern {
  next(p);
  const patterns: Pattern[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: Pattern[] = [];
  while (!atOp(p, ')')) {
    const t = peek(p);
    if (isName(t) && isOp(peek(p, 1), '=')) {
      next(p);
      next(p);
      kwd_attrs.push(t.value);
      kwd_patterns.push(parsePattern(p));
    } else {
      const pat = parsePattern(p);
      if (kwd_attrs.length) throw syntaxError('positional patterns follow keyword patterns', pat.start, pat.end);
      patterns.push(pat);
    }
    if (!eatOp(p, ',')) break;
  }
  const close = expectOp(p, ')');
  return { kind: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, start: cls.start, end: close.end };
}
