// The parser's one state object and the token-level helpers every grammar file uses (peek, next,
// expect, the nesting-depth guard). Grammar files are plain functions taking this state, as
// acorn's are methods of one Parser; no module-level mutable state, so parses can run concurrently.

import { PySyntaxError, syntaxError } from './errors.js';
import { KEYWORDS } from './token.js';
import type { Token } from './token.js';
import type { Tokenizer } from './tokenizer.js';

export interface ParserState {
  readonly src: string;
  readonly tokenizer: Tokenizer;
  /**
   * Tokens fetched so far, from the start of the current top-level statement (parseModule drops
   * older ones); `pos` indexes the current one. Kept so the parser can look back and backtrack.
   */
  readonly tokens: Token[];
  pos: number;
  /** Current nesting of blocks and recursive expression forms, checked against 2 * maxDepth. */
  depth: number;
  readonly maxDepth: number;
  /** Expressions written inside their own parentheses `( )`: CPython's error rules treat them as atoms. */
  readonly parenthesized: WeakMap<object, { start: number; end: number }>;
  /**
   * The furthest `invalid syntax` a speculative parse (with-items, match subject) gave up at.
   * CPython reports a generic error at the furthest token its first pass reached; so do we.
   */
  furthest: { start: number; end: number } | null;
}

export function peek(p: ParserState, k = 0): Token {
  while (p.tokens.length <= p.pos + k) {
    const last = p.tokens[p.tokens.length - 1];
    if (last && last.type === 'ENDMARKER') return last;
    p.tokens.push(p.tokenizer.next());
  }
  return p.tokens[p.pos + k]!;
}

export function next(p: ParserState): Token {
  const t = peek(p);
  if (t.type !== 'ENDMARKER') p.pos++;
  return t;
}

/** The last token consumed (for node end offsets). */
export function prev(p: ParserState): Token {
  return p.tokens[p.pos - 1]!;
}

export function isOp(t: Token, value: string): boolean {
  return t.type === 'OP' && t.value === value;
}

export function isKeyword(t: Token, value: string): boolean {
  return t.type === 'NAME' && t.value === value;
}

/** A NAME token that is not a hard keyword. */
export function isName(t: Token): boolean {
  return t.type === 'NAME' && !KEYWORDS.has(t.value);
}

export function atOp(p: ParserState, value: string): boolean {
  return isOp(peek(p), value);
}

export function atKeyword(p: ParserState, value: string): boolean {
  return isKeyword(peek(p), value);
}

export function eatOp(p: ParserState, value: string): Token | null {
  return atOp(p, value) ? next(p) : null;
}

export function eatKeyword(p: ParserState, value: string): Token | null {
  return atKeyword(p, value) ? next(p) : null;
}

/** Consumes operator `value` or fails with `invalid syntax` at the current token. */
export function expectOp(p: ParserState, value: string): Token {
  const t = peek(p);
  if (isOp(t, value)) return next(p);
  throw unexpected(p);
}

export function expectKeyword(p: ParserState, value: string): Token {
  if (atKeyword(p, value)) return next(p);
  throw unexpected(p);
}

export function expectName(p: ParserState): Token {
  const t = peek(p);
  if (isName(t)) return next(p);
  throw unexpected(p);
}

/** Records where a speculative parse failed, if it is a plain `invalid syntax` past the last such point. */
export function noteFailure(p: ParserState, e: PySyntaxError): void {
  if (e.message !== 'invalid syntax' || e.code !== 'E100') return;
  if (!p.furthest || e.start > p.furthest.start) p.furthest = { start: e.start, end: e.end };
}

/** Whether an error may be recovered from by trying another alternative (a plain parser error). */
export function isRecoverable(e: unknown): e is PySyntaxError {
  return e instanceof PySyntaxError && !e.fromTokenizer && e.code === 'E100';
}

/** `invalid syntax` (or the indentation errors) at the current token, as CPython's generic error. */
export function unexpected(p: ParserState, t: Token = peek(p)): PySyntaxError {
  if (t.type === 'INDENT') {
    const at = Math.max(t.end - 1, t.start);
    return new PySyntaxError('unexpected indent', at, at, 'IndentationError');
  }
  if (t.type === 'DEDENT') return new PySyntaxError('unexpected unindent', t.start, t.start, 'IndentationError');
  return syntaxError('invalid syntax', t.start, t.end);
}

/**
 * Enters one nesting level (a bracket, block, unary operator, lambda, conditional, pattern, f-string
 * field). Brackets alone are capped at maxDepth by the tokenizer with CPython's message and blocks at
 * 100 indentation levels; all forms together may reach 2 * maxDepth, after which the parse stops
 * with E102 instead of overflowing the host's stack.
 */
export function enter(p: ParserState, at: number): void {
  if (++p.depth > p.maxDepth * 2) {
    throw new PySyntaxError(`too many nested expressions or blocks (Corral's limit is ${p.maxDepth * 2})`, at, at, 'SyntaxError', 'E102');
  }
}

export function leave(p: ParserState): void {
  p.depth--;
}

/**
 * Left-associative chains (a+b+..., a.b.c..., f()()...) nest the AST one level per link, and the
 * code generator nests its output as deep, so they get maxDepth*4 links. Flat operand lists
 * (`a and b and ...`, `a < b < ...`) are one node, but the generated code still nests per
 * operand; they get maxDepth*10. CPython accepts about 3000 links (docs/limitations/statements.md).
 */
export function checkChain(p: ParserState, links: number, at: number, flat = false): void {
  const limit = p.maxDepth * (flat ? 10 : 4);
  if (links > limit) {
    throw new PySyntaxError(`expression too long: more than ${limit} chained operations (Corral's limit)`, at, at, 'SyntaxError', 'E102');
  }
}
