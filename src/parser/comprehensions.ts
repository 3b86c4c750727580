// Comprehension clauses shared by list/set/dict comprehensions and generator expressions:
// `[async] for target in disjunction (if disjunction)*`, repeated.

import type { Comprehension } from './ast.js';
import { missingCommaOrUnexpected } from './recovery.js';
import { parseDisjunction } from './expressions.js';
import { atKeyword, eatKeyword, expectKeyword, isKeyword, next, peek, prev, type ParserState } from './state.js';
import { parseTargetList } from './targets.js';

export function parseComprehensionTail(p: ParserState): Comprehension[] {
  const generators: Comprehension[] = [];
  for (;;) {
    const t = peek(p);
    const isAsync = isKeyword(t, 'async') && isKeyword(peek(p, 1), 'for');
    if (!isAsync && !isKeyword(t, 'for')) break;
    if (isAsync) next(p);
    next(p);
    const target = parseTargetList(p, 'for');
    if (!atKeyword(p, 'in')) {
      const last = target.kind === 'Tuple' && !p.parenthesized.has(target) ? target.elts[target.elts.length - 1]! : target;
      throw missingCommaOrUnexpected(p, last);
    }
    expectKeyword(p, 'in');
    const iter = parseDisjunction(p);
    const ifs = [];
    while (eatKeyword(p, 'if')) ifs.push(parseDisjunction(p));
    generators.push({ kind: 'comprehension', target, iter, ifs, is_async: isAsync, start: t.start, end: prev(p).end });
  }
  return generators;
}
