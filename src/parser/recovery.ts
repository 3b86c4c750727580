// Error recovery that mirrors CPython's second (error-reporting) pass: where its `invalid_*`
// grammar rules would read on past the failing token, we read on too, so the same error wins
// (`Perhaps you forgot a comma?`, `Missing parentheses in call to 'print'`, or an unclosed
// bracket the extra reading runs into).

import type { ExprNode } from './ast.js';
import { PySyntaxError, syntaxError } from './errors.js';
import { parseDisjunction, parseExpression, startsExpression } from './expressions.js';
import { isKeyword, isRecoverable, peek, unexpected, type ParserState } from './state.js';

/**
 * Inside brackets, two expressions in a row get CPython's `Perhaps you forgot a comma?`; anything
 * else is `invalid syntax` at the unexpected token.
 */
export function missingCommaOrUnexpected(p: ParserState, element: ExprNode): PySyntaxError {
  const t = peek(p);
  // In `*a b` the rule sees the expression after the star.
  const before = element.kind === 'Starred' ? element.value : element;
  // CPython skips the rule when the element starts `NAME STRING` or with a soft keyword, and its
  // soft-keyword test matches any prefix of `match`/`case` (`m`, `ca`, ...): reproduced here.
  let k = p.pos - 1;
  while (k > 0 && p.tokens[k]!.start > before.start) k--;
  const first = p.tokens[k]!;
  const second = p.tokens[k + 1];
  const exempt = first.start === before.start && first.type === 'NAME' &&
    (second?.type === 'STRING' || isSoftKeywordPrefix(first.value));
  const legacy = before.kind === 'Name' && (before.id === 'print' || before.id === 'exec');
  const opOk = t.type !== 'OP' || t.value === '{' || t.value === '...';
  if (startsExpression(p) && opOk && !exempt && !isKeyword(t, 'not')) {
    const save = p.pos;
    try {
      const after = parseExpressionOrPrefix(p);
      if (legacy) {
        const name = (before as { id: string }).id;
        return syntaxError(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, before.start, after.end);
      }
      return syntaxError('invalid syntax. Perhaps you forgot a comma?', before.start, after.end);
    } catch (e) {
      if (e instanceof PySyntaxError && e.fromTokenizer) return e;
    } finally {
      p.pos = save;
    }
  }
  return unexpected(p, t);
}

/** An expression, or (as PEG backtracking would settle for) the disjunction it starts with. */
function parseExpressionOrPrefix(p: ParserState): ExprNode {
  const save = p.pos;
  try {
    return parseExpression(p);
  } catch (e) {
    if (!isRecoverable(e)) throw e;
    p.pos = save;
    return parseDisjunction(p);
  }
}

function isSoftKeywordPrefix(name: string): boolean {
  return name === '_' || 'match'.startsWith(name) || 'case'.startsWith(name);
}
