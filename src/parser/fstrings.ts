// f-strings with Python 3.11's rules: the tokenizer hands over the whole literal, and this file
// splits it into literal text and replacement fields `{expr!conv:spec}` (spec nested at most one
// level), `{{`/`}}` escapes and the self-documenting `{expr=}` form, then parses each expression
// with a sub-parser over the same source text, so nodes get real offsets. Like CPython 3.11, the
// parts of a JoinedStr carry the span of the whole literal (atoms.ts sets it); errors are
// `f-string: ...` and sit at the token after the literal, as CPython reports them.

import type { ExprNode, FormattedValue, JoinedStr } from './ast.js';
import { PySyntaxError, syntaxError } from './errors.js';
import { parseStarNamedExpression, tuple } from './expressions.js';
import { parseComprehensionTail } from './comprehensions.js';
import { missingCommaOrUnexpected } from './recovery.js';
import { atOp, eatOp, enter, isKeyword, peek, unexpected, type ParserState } from './state.js';
import { parseYieldExpression } from './statements-simple.js';
import type { StringToken } from './strings.js';
import { decodeStr } from './strings.js';
import type { Token } from './token.js';
import { Tokenizer } from './tokenizer.js';

type Part = JoinedStr['values'][number];

interface FString {
  p: ParserState;
  /** The source text; the literal's body is src[bodyStart, bodyEnd). */
  src: string;
  bodyEnd: number;
  raw: boolean;
  errorAt: number;
  token: Token;
}

export function parseFStringToken(p: ParserState, token: Token, s: StringToken, errorAt: number): Part[] {
  const f: FString = { p, src: p.src, bodyEnd: s.bodyStart + s.body.length, raw: s.isRaw, errorAt, token };
  const { parts } = parseParts(f, s.bodyStart, 0);
  return parts;
}

function fail(f: FString, message: string): PySyntaxError {
  return syntaxError(`f-string: ${message}`, f.errorAt);
}

/** Literal text and fields from `i` until the end of the body or (in a format spec) a closing `}`. */
function parseParts(f: FString, i: number, level: number): { parts: Part[]; end: number } {
  const { src } = f;
  const parts: Part[] = [];
  let literal = '';
  const span = { start: f.token.start, end: f.token.end };
  const flush = (): void => {
    if (literal) parts.push({ kind: 'Constant', value: { type: 'str', value: decodeStr(literal, f.raw, f.errorAt) }, ...span });
    literal = '';
  };
  while (i < f.bodyEnd) {
    const c = src[i]!;
    if (c === '{') {
      if (level === 0 && src[i + 1] === '{') { literal += '{'; i += 2; continue; }
      flush();
      const field = parseField(f, i + 1, level);
      literal += field.documentation;
      flush();
      parts.push(field.node);
      i = field.end;
      continue;
    }
    if (c === '}') {
      if (level > 0) break;
      if (src[i + 1] === '}') { literal += '}'; i += 2; continue; }
      throw fail(f, "single '}' is not allowed");
    }
    if (c === '\\' && !f.raw) {
      // Keep escapes whole so `\N{...}` braces and an escaped quote are not read as fields.
      if (src[i + 1] === 'N' && src[i + 2] === '{') {
        const close = src.indexOf('}', i);
        const end = close < 0 || close >= f.bodyEnd ? f.bodyEnd : close + 1;
        literal += src.slice(i, end);
        i = end;
        continue;
      }
      // A backslash before a brace stays literal (3.11 warns) and the brace keeps its meaning.
      const n = src[i + 1];
      const width = n === '{' || n === '}' ? 1 : 2;
      literal += src.slice(i, i + width);
      i += width;
      continue;
    }
    literal += c;
    i++;
  }
  flush();
  return { parts, end: i };
}

interface Field { node: FormattedValue; documentation: string; end: number }

/** One replacement field; `start` is just after its `{`. */
function parseField(f: FString, start: number, level: number): Field {
  const { src } = f;
  if (level >= 2) throw fail(f, 'expressions nested too deeply');
  const exprEnd = scanExpression(f, start);
  const exprText = src.slice(start, exprEnd);
  if (!exprText.trim()) {
    if (src[exprEnd] === '=' || src[exprEnd] === ':' || src[exprEnd] === '!') {
      throw fail(f, `expression required before '${src[exprEnd]}'`);
    }
    throw fail(f, 'empty expression not allowed');
  }
  const value = parseFieldExpression(f, start, exprEnd);
  let i = exprEnd;
  let documentation = '';
  let conversion = -1;
  if (src[i] === '=') {
    i++;
    while (i < f.bodyEnd && /\s/.test(src[i]!)) i++;
    documentation = src.slice(start, i);
  }
  if (i >= f.bodyEnd) throw fail(f, "expecting '}'");
  if (src[i] === '!') {
    const conv = src[i + 1];
    if (conv === undefined || i + 1 >= f.bodyEnd) throw fail(f, "expecting '}'");
    if (conv !== 's' && conv !== 'r' && conv !== 'a') {
      throw fail(f, "invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = conv.charCodeAt(0);
    i += 2;
    if (i >= f.bodyEnd) throw fail(f, "expecting '}'");
    if (src[i] !== ':' && src[i] !== '}') throw fail(f, "expecting '}'");
  }
  let format_spec: JoinedStr | null = null;
  if (src[i] === ':') {
    const spec = parseParts(f, i + 1, level + 1);
    format_spec = { kind: 'JoinedStr', values: spec.parts, start: f.token.start, end: f.token.end };
    i = spec.end;
  }
  if (i >= f.bodyEnd || src[i] !== '}') throw fail(f, "expecting '}'");
  if (documentation && conversion === -1 && !format_spec) conversion = 'r'.charCodeAt(0);
  const node: FormattedValue = { kind: 'FormattedValue', value, conversion, format_spec, start: f.token.start, end: f.token.end };
  return { node, documentation, end: i + 1 };
}

/** End of the expression text of a field: the first top-level `!`, `:`, `=` (not `==`, `!=`, ...) or `}`. */
function scanExpression(f: FString, start: number): number {
  const { src } = f;
  const stack: string[] = [];
  let quote: string | null = null;
  let i = start;
  for (; i < f.bodyEnd; i++) {
    const c = src[i]!;
    if (c === '\\') throw syntaxError('f-string expression part cannot include a backslash', f.errorAt);
    if (quote) {
      if (src.startsWith(quote, i)) { i += quote.length - 1; quote = null; }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = src.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
      continue;
    }
    if (c === '[' || c === '(' || c === '{') {
      if (stack.length >= 200) throw fail(f, 'too many nested parenthesis');
      stack.push(c);
      continue;
    }
    if (c === ']' || c === ')' || (c === '}' && stack.length)) {
      const open = stack.pop();
      if (!open) throw fail(f, `unmatched '${c}'`);
      const want = open === '(' ? ')' : open === '[' ? ']' : '}';
      if (want !== c) throw fail(f, `closing parenthesis '${c}' does not match opening parenthesis '${open}'`);
      continue;
    }
    if (c === '#') throw syntaxError("f-string expression part cannot include '#'", f.errorAt);
    if (stack.length) continue;
    if (c === '}' || c === ':') break;
    const n = src[i + 1];
    if (c === '!' && n !== '=') break;
    if (c === '=' && n !== '=' && !'=!<>'.includes(src[i - 1] ?? '')) break;
    if (c === '=' && n === '=') i++;
  }
  if (quote) throw fail(f, 'unterminated string');
  if (stack.length) throw fail(f, `unmatched '${stack[stack.length - 1]}'`);
  if (i >= f.bodyEnd) throw fail(f, "expecting '}'");
  return i;
}

/**
 * Parses src[start, end) as CPython parses `(expr)`: a group, tuple, generator expression or yield.
 * Errors are prefixed `f-string: ` and, as in CPython 3.11, their column counts from the field.
 */
function parseFieldExpression(f: FString, start: number, end: number): ExprNode {
  const outer = f.p;
  const sub: ParserState = {
    src: outer.src, tokenizer: new Tokenizer(outer.src, Math.min(outer.maxDepth, 200), { start, end }), tokens: [], pos: 0,
    depth: outer.depth, maxDepth: outer.maxDepth, parenthesized: outer.parenthesized, furthest: null,
  };
  // A field nests like a bracket (f-strings inside fields recurse through here).
  enter(sub, start);
  try {
    let node: ExprNode;
    if (isKeyword(peek(sub), 'yield')) {
      node = parseYieldExpression(sub);
    } else {
      node = parseStarNamedExpression(sub);
      if (isKeyword(peek(sub), 'for') || isKeyword(peek(sub), 'async')) {
        const generators = parseComprehensionTail(sub);
        // CPython parses `(expr)`: the virtual parentheses sit on the braces.
        node = { kind: 'GeneratorExp', elt: node, generators, start: start - 1, end: end + 1 };
      } else if (atOp(sub, ',')) {
        const elts = [node];
        while (eatOp(sub, ',')) {
          if (peek(sub).type === 'ENDMARKER') break;
          elts.push(parseStarNamedExpression(sub));
        }
        node = tuple(elts, start - 1, end + 1);
      } else if (node.kind === 'Starred') {
        throw syntaxError('cannot use starred expression here', node.start, node.end);
      }
    }
    const t = peek(sub);
    if (t.type !== 'ENDMARKER') throw node.kind === 'GeneratorExp' ? unexpected(sub, t) : missingCommaOrUnexpected(sub, node);
    return node;
  } catch (e) {
    if (!(e instanceof PySyntaxError) || e.code !== 'E100') throw e;
    // CPython 3.11 parses the field as the string "(expr)" and reports columns within that text
    // (tokenizer messages keep their wording). The span stays in the real source, for lint and
    // editors; CPython's text and columns go along for formatSyntaxError.
    const message = e.fromTokenizer ? e.message : `f-string: ${e.message}`;
    const error = new PySyntaxError(message, e.start, Math.max(e.start, e.end), e.pyType, e.code);
    error.sourceText = `(${outer.src.slice(start, end)})`;
    error.textColumn = Math.max(1, e.start - start + 2);
    error.textEndColumn = Math.max(error.textColumn, e.end - start + 2);
    throw error;
  }
}
