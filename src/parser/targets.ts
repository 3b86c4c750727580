// Assignment, deletion and loop targets. Targets are parsed as expressions and then converted to
// Store/Del context here, as CPython's pegen does; an invalid target gets CPython's message naming
// the first offending sub-expression (`cannot assign to function call`, `cannot delete literal`).

import type { ExprNode } from './ast.js';
import { syntaxError } from './errors.js';
import { describe, parseBitwiseOr, parseStarred, startsExpression, tuple } from './expressions.js';
import { atOp, eatOp, peek, prev, type ParserState } from './state.js';

export type TargetUse = 'assign' | 'for' | 'del' | 'with';

/** star_targets for `for` loops and comprehensions: stops before `in`. */
export function parseTargetList(p: ParserState, use: TargetUse): ExprNode {
  const item = (): ExprNode => (atOp(p, '*') ? parseStarred(p) : parseBitwiseOr(p));
  const start = peek(p).start;
  const first = item();
  let target = first;
  if (atOp(p, ',')) {
    const elts = [first];
    while (eatOp(p, ',')) {
      if (!startsExpression(p)) break;
      elts.push(item());
    }
    target = tuple(elts, start, prev(p).end);
  }
  return toStore(target, use);
}

/** The first sub-expression that cannot be a target (CPython's _PyPegen_get_invalid_target), or null. */
export function invalidTarget(e: ExprNode, use: TargetUse): ExprNode | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, use);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return use === 'del' ? e : invalidTarget(e.value, use);
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Converts a parsed expression into a target (ctx Store, or Del for `del`), or throws CPython's error. */
export function toStore<T extends ExprNode>(e: T, use: TargetUse): T {
  const bad = invalidTarget(e, use);
  if (bad) {
    const verb = use === 'del' ? 'delete' : 'assign to';
    throw syntaxError(`cannot ${verb} ${describe(bad)}`, bad.start, bad.end);
  }
  setContext(e, use === 'del' ? 'Del' : 'Store');
  return e;
}

function setContext(e: ExprNode, ctx: 'Store' | 'Del'): void {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      e.ctx = ctx;
      return;
    default:
      return;
  }
}
