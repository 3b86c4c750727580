// The tokenizer: source text → tokens, pulled lazily by the parser (state.ts) as CPython's parser
// pulls from its tokenizer, so an earlier syntax error is reported before a later tokenizer error.
// It tracks indentation (INDENT/DEDENT, TabError via CPython's two tab sizes), brackets (implicit
// line joining, the nesting limit, unmatched/unclosed bracket errors) and backslash continuations.
// Literals are only delimited here; numbers.ts and strings.ts scan and decode them.

import { PySyntaxError, syntaxError } from './errors.js';
import { scanNumber } from './numbers.js';
import { scanString, stringPrefixLength } from './string-scan.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS, OPERATORS, type Token } from './token.js';
import { isPrintable, verifyIdentifier } from './identifiers.js';
import { hex4, isAsciiIdentifierChar, isDigit, isIdentifierStart, isNewline, lineOf, newlineLength } from './chars.js';

export { isNewline, lineOf };

/** OPERATORS grouped by first character, longest first, so the scanner tries only a few. */
const OPERATORS_BY_FIRST_CHAR: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const op of OPERATORS) map.set(op[0]!, [...(map.get(op[0]!) ?? []), op]);
  return map;
})();

/** CPython's MAXINDENT: deeper indentation is an IndentationError. */
const MAX_INDENT = 100;
const TAB_SIZE = 8;

interface OpenBracket { char: string; pos: number }

export class Tokenizer {
  private pos = 0;
  private atLineStart = true;
  private readonly indents: number[] = [0];
  /** Indentation measured with tab size 1; disagreement with `indents` is a TabError. */
  private readonly altIndents: number[] = [0];
  private readonly brackets: OpenBracket[] = [];
  private readonly pending: Token[] = [];
  private done = false;
  /** Whether the current logical line has produced a token (so EOF must emit a NEWLINE). */
  private lineHasTokens = false;

  /** Brackets that are not in the source: an f-string replacement field is tokenized as if parenthesised. */
  private readonly virtualBrackets: number;

  constructor(
    src: string,
    /** Deepest bracket nesting allowed (CPython: 200). */
    private readonly maxBrackets: number,
    /** Tokenize only src[start, end), inside virtual parentheses (an f-string replacement field). */
    fstringField?: { start: number; end: number },
  ) {
    this.src = fstringField ? src.slice(0, fstringField.end) : src;
    if (fstringField) {
      this.pos = fstringField.start;
      this.atLineStart = false;
      this.brackets.push({ char: '(', pos: fstringField.start });
      this.virtualBrackets = 1;
    } else {
      this.virtualBrackets = 0;
      if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
    }
  }

  readonly src: string;

  /** The next token; after ENDMARKER, ENDMARKER again. Throws PySyntaxError for tokenizer errors. */
  next(): Token {
    const queued = this.pending.shift();
    if (queued) return queued;
    if (this.done) return this.tok('ENDMARKER', '', this.src.length, this.src.length);
    try {
      return this.scan();
    } catch (e) {
      if (e instanceof PySyntaxError) {
        this.done = true;
        const wrapped = new PySyntaxError(e.message, e.start, e.end, e.pyType, e.code, true);
        wrapped.noCaret = e.noCaret;
        throw wrapped;
      }
      throw e;
    }
  }

  /** Innermost bracket still open, for the `'(' was never closed` check after a parser error. */
  openBracket(): OpenBracket | undefined {
    return this.brackets[this.brackets.length - 1];
  }

  private tok(type: Token['type'], value: string, start: number, end: number): Token {
    return { type, value, start, end };
  }

  private scan(): Token {
    const src = this.src;
    for (;;) {
      if (this.atLineStart && this.brackets.length === 0) {
        const t = this.indentation();
        this.atLineStart = false;
        if (t) return t;
      }
      this.atLineStart = false;
      // Whitespace, comments and backslash continuations between tokens.
      let c = src[this.pos];
      while (c === ' ' || c === '\t' || c === '\f') c = src[++this.pos];
      // CPython's NEWLINE token is empty, but starts at a comment that precedes it.
      let commentStart = -1;
      if (c === '#') {
        commentStart = this.pos;
        while (this.pos < src.length && !isNewline(src[this.pos]!)) this.pos++;
        c = src[this.pos];
      }
      const start = this.pos;
      if (c === undefined) return this.endOfFile();
      if (c === '\\') {
        const n = src[start + 1];
        if (n === '\n' || n === '\r') {
          this.pos = start + 1 + newlineLength(src, start + 1);
          if (this.pos >= src.length) {
            if (this.brackets.length > this.virtualBrackets) this.unclosed();
            throw syntaxError('unexpected EOF while parsing', start + 1);
          }
          continue;
        }
        if (n === undefined) {
          if (this.brackets.length) this.unclosed();
          throw syntaxError('unexpected EOF while parsing', start + 1);
        }
        throw syntaxError('unexpected character after line continuation character', start + 1);
      }
      if (isNewline(c)) {
        this.pos = start + newlineLength(src, start);
        if (this.brackets.length) continue;
        this.atLineStart = true;
        if (!this.lineHasTokens) continue;
        this.lineHasTokens = false;
        return this.tok('NEWLINE', '', commentStart >= 0 ? commentStart : start, start);
      }
      this.lineHasTokens = true;
      return this.token(start, c);
    }
  }

  private token(start: number, c: string): Token {
    const src = this.src;
    const code = c.charCodeAt(0);
    // Strings first: a prefix like `rb` would otherwise scan as a name.
    const prefix = stringPrefixLength(src, start);
    if (prefix >= 0) {
      this.pos = scanString(src, start, prefix);
      return this.tok('STRING', src.slice(start, this.pos), start, this.pos);
    }
    // Like CPython, take every non-ASCII character into the name and let verifyIdentifier decide.
    if (isIdentifierStart(code) || code >= 0x80) {
      let end = start;
      while (end < src.length) {
        const cp = src.codePointAt(end)!;
        if (cp < 0x80 && !isAsciiIdentifierChar(cp)) break;
        end += cp > 0xffff ? 2 : 1;
      }
      this.pos = end;
      return this.tok('NAME', verifyIdentifier(src, start, end), start, end);
    }
    if (code >= 0x30 && code <= 0x39 || (c === '.' && isDigit(src.charCodeAt(start + 1)))) {
      this.pos = scanNumber(src, start);
      return this.tok('NUMBER', src.slice(start, this.pos), start, this.pos);
    }
    for (const op of OPERATORS_BY_FIRST_CHAR.get(c) ?? []) {
      if (src.startsWith(op, start)) {
        this.pos = start + op.length;
        this.bracket(op, start);
        return this.tok('OP', op, start, this.pos);
      }
    }
    const cp = src.codePointAt(start)!;
    if (!isPrintable(cp)) {
      throw syntaxError(`invalid non-printable character U+${hex4(cp)}`, start);
    }
    this.pos = start + (cp > 0xffff ? 2 : 1);
    return this.tok('ERRORTOKEN', String.fromCodePoint(cp), start, this.pos);
  }

  private bracket(op: string, start: number): void {
    if (OPEN_BRACKETS[op]) {
      if (this.brackets.length >= this.maxBrackets) {
        throw new PySyntaxError('too many nested parentheses', start, start, 'SyntaxError', 'E102');
      }
      this.brackets.push({ char: op, pos: start });
    } else if (CLOSE_BRACKETS[op]) {
      const open = this.brackets.length > this.virtualBrackets ? this.brackets.pop() : undefined;
      if (!open) throw syntaxError(`unmatched '${op}'`, start);
      if (OPEN_BRACKETS[open.char] !== op) {
        const msg = `closing parenthesis '${op}' does not match opening parenthesis '${open.char}'`;
        const sameLine = !/[\r\n]/.test(this.src.slice(open.pos, start));
        throw syntaxError(sameLine ? msg : `${msg} on line ${lineOf(this.src, open.pos)}`, start);
      }
    }
  }

  /** Measures a new line's indentation; returns INDENT/DEDENT (queuing extra DEDENTs) or null. */
  private indentation(): Token | null {
    const src = this.src;
    for (;;) {
      const lineStart = this.pos;
      let col = 0;
      let alt = 0;
      let i = lineStart;
      for (; i < src.length; i++) {
        const c = src[i];
        if (c === ' ') { col++; alt++; }
        else if (c === '\t') { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; alt++; }
        else if (c === '\f') { col = 0; alt = 0; }
        else if (c === '\\' && isNewline(src[i + 1] ?? '')) {
          // CPython keeps counting the indentation across a backslash continuation.
          i += newlineLength(src, i + 1);
          if (i + 1 >= src.length) throw eofError(i);
        } else break;
      }
      const c = src[i];
      if (c === '#' || c === undefined || isNewline(c)) {
        // Blank and comment-only lines do not take part in indentation.
        if (c === undefined) { this.pos = i; return null; }
        if (c === '#') while (i < src.length && !isNewline(src[i]!)) i++;
        if (i >= src.length) { this.pos = i; return null; }
        this.pos = i + newlineLength(src, i);
        continue;
      }
      if (c === '\\') throw syntaxError('unexpected character after line continuation character', i + 1);
      this.pos = i;
      const top = this.indents[this.indents.length - 1]!;
      const altTop = this.altIndents[this.altIndents.length - 1]!;
      if (col === top) {
        if (alt !== altTop) throw this.tabError(lineStart);
        return null;
      }
      if (col > top) {
        if (this.indents.length >= MAX_INDENT) {
          throw new PySyntaxError('too many levels of indentation', lineStart, lineStart, 'IndentationError', 'E102');
        }
        if (alt <= altTop) throw this.tabError(lineStart);
        this.indents.push(col);
        this.altIndents.push(alt);
        return this.tok('INDENT', '', lineStart, i);
      }
      const dedents: Token[] = [];
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.altIndents.pop();
        dedents.push(this.tok('DEDENT', '', i, i));
      }
      if (col !== this.indents[this.indents.length - 1]) {
        let eol = i;
        while (eol < src.length && !isNewline(src[eol]!)) eol++;
        throw new PySyntaxError('unindent does not match any outer indentation level', eol, eol, 'IndentationError');
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) throw this.tabError(lineStart);
      this.pending.push(...dedents.slice(1));
      return dedents[0]!;
    }
  }

  private tabError(lineStart: number): PySyntaxError {
    return new PySyntaxError('inconsistent use of tabs and spaces in indentation', lineStart, lineStart, 'TabError');
  }

  private unclosed(): never {
    const open = this.brackets[this.brackets.length - 1]!;
    throw syntaxError(`'${open.char}' was never closed`, open.pos);
  }

  private endOfFile(): Token {
    // CPython places the end-of-file tokens on the last line, at its newline character.
    const src = this.src;
    const end = src.endsWith('\r\n') ? src.length - 2 : /[\r\n]$/.test(src) ? src.length - 1 : src.length;
    if (this.brackets.length > this.virtualBrackets) this.unclosed();
    this.done = true;
    if (this.virtualBrackets) return this.tok('ENDMARKER', '', end, end);
    if (this.lineHasTokens) {
      this.lineHasTokens = false;
      this.pending.push(...this.indents.slice(1).map(() => this.tok('DEDENT', '', end, end)));
      this.indents.length = 1;
      return this.tok('NEWLINE', '', end, end);
    }
    const dedents = this.indents.slice(1).map(() => this.tok('DEDENT', '', end, end));
    this.indents.length = 1;
    this.pending.push(...dedents, this.tok('ENDMARKER', '', end, end));
    return this.pending.shift()!;
  }
}

/** `unexpected EOF while parsing` for a final line that is only a backslash: python3 shows no caret. */
function eofError(at: number): PySyntaxError {
  const error = syntaxError('unexpected EOF while parsing', at);
  error.noCaret = true;
  return error;
}
