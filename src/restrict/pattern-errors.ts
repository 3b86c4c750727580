// The compile-time errors CPython 3.11 raises for `match` patterns (compile.c, compiler_match and
// compiler_pattern_*), worded and placed as CPython places them: the compiler stops at the first
// error, which points at the pattern it was compiling last (`SET_LOC` on every compiled pattern),
// so this walk visits patterns in CPython's compile order and tracks that location. One match
// statement yields at most one diagnostic; nested match statements are checked on their own.
//
// What it finds: an irrefutable pattern (`case x:` / `case _:`, or such an alternative of an OR
// pattern) that is not last; a name bound twice in one pattern; alternatives binding different
// names; several starred names in a sequence pattern; duplicate literal keys in a mapping pattern;
// a keyword attribute repeated in a class pattern.

import type * as ast from '../parser/ast.js';
import { constantRepr } from '../parser/dump.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { scopeError } from './scope-errors.js';

/** The part of CPython's pattern_context the checks need. */
interface PatternContext {
  /** Names captured so far, in store order. */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here (last alternative of a last or guarded case). */
  allowIrrefutable: boolean;
  /** The pattern compiled last: where an error points. */
  loc: Span;
}

class PatternError {
  constructor(readonly span: Span, readonly message: string) {}
}

/** The first compile error in a match statement's patterns, or null. */
export function matchPatternError(node: ast.Match): Diagnostic | null {
  const n = node.cases.length;
  const last = node.cases[n - 1]!;
  // A final bare `case _:` is compiled as a default without visiting its pattern.
  const hasDefault = isWildcard(last.pattern) && n > 1 ? 1 : 0;
  try {
    for (let i = 0; i < n - hasDefault; i++) {
      const c = node.cases[i]!;
      const pc: PatternContext = { stores: [], allowIrrefutable: c.guard !== null || i === n - 1, loc: c.pattern };
      pattern(pc, c.pattern);
    }
  } catch (e) {
    if (e instanceof PatternError) return scopeError(e.span, e.message);
    throw e;
  }
  return null;
}

const isWildcard = (p: ast.Pattern): boolean => p.kind === 'MatchAs' && p.pattern === null && p.name === null;
const isStarWildcard = (p: ast.Pattern): boolean => p.kind === 'MatchStar' && p.name === null;

function fail(pc: PatternContext, message: string): never {
  throw new PatternError(pc.loc, message);
}

function pattern(pc: PatternContext, p: ast.Pattern): void {
  pc.loc = p;
  switch (p.kind) {
    case 'MatchValue':
    case 'MatchSingleton':
      return;
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          fail(pc, p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable');
        }
        return store(pc, p.name);
      }
      pattern(pc, p.pattern);
      return store(pc, p.name);
    case 'MatchStar':
      return store(pc, p.name);
    case 'MatchSequence': return sequence(pc, p);
    case 'MatchMapping': return mapping(pc, p);
    case 'MatchClass': return classPattern(pc, p);
    case 'MatchOr': return orPattern(pc, p);
  }
}

/** A sub-pattern may be irrefutable whatever its parent allows. */
function subpattern(pc: PatternContext, p: ast.Pattern): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(pc, p);
  pc.allowIrrefutable = allow;
}

function store(pc: PatternContext, name: string | null): void {
  if (name === null) return;
  if (pc.stores.includes(name)) fail(pc, `multiple assignments to name '${name}' in pattern`);
  pc.stores.push(name);
}

function sequence(pc: PatternContext, p: ast.MatchSequence): void {
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  p.patterns.forEach((sub, i) => {
    if (sub.kind === 'MatchStar') {
      if (star >= 0) fail(pc, 'multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
    } else onlyWildcard &&= isWildcard(sub);
  });
  if (onlyWildcard) return;
  // With a `*_`, CPython indexes the subject and skips the wildcards; otherwise it unpacks and
  // compiles every sub-pattern.
  for (const sub of p.patterns) {
    if (starWildcard && (isWildcard(sub) || isStarWildcard(sub))) continue;
    subpattern(pc, sub);
  }
}

function mapping(pc: PatternContext, p: ast.MatchMapping): void {
  const seen = new Set<string>();
  for (const key of p.keys) {
    const folded = foldConstant(key);
    if (folded === null) continue;
    const k = constantKey(folded);
    if (seen.has(k)) fail(pc, `mapping pattern checks duplicate key (${constantRepr(folded)})`);
    seen.add(k);
  }
  for (const sub of p.patterns) subpattern(pc, sub);
  store(pc, p.rest);
}

function classPattern(pc: PatternContext, p: ast.MatchClass): void {
  p.kwd_attrs.forEach((attr, i) => {
    pc.loc = p.kwd_patterns[i]!;
    const j = p.kwd_attrs.indexOf(attr, i + 1);
    if (j >= 0) {
      pc.loc = p.kwd_patterns[j]!;
      fail(pc, `attribute name repeated in class pattern: ${attr}`);
    }
  });
  for (const sub of [...p.patterns, ...p.kwd_patterns]) if (!isWildcard(sub)) subpattern(pc, sub);
}

function orPattern(pc: PatternContext, p: ast.MatchOr): void {
  const outer = pc.stores;
  const allow = pc.allowIrrefutable;
  let control: string[] | null = null;
  for (let i = 0; i < p.patterns.length; i++) {
    const alt = p.patterns[i]!;
    pc.loc = alt;
    const stores: string[] = [];
    pc.stores = stores;
    pc.allowIrrefutable = i === p.patterns.length - 1 && allow;
    pattern(pc, alt);
    if (control === null) control = stores;
    else if (control.length !== stores.length || control.some((n) => !stores.includes(n))) {
      fail(pc, 'alternative patterns bind different names');
    }
  }
  pc.stores = outer;
  pc.allowIrrefutable = allow;
  for (const name of control ?? []) store(pc, name);
}

/** A mapping key as CPython's AST optimizer folds it: a literal, or a negated number literal. */
function foldConstant(e: ast.ExprNode): ast.ConstantValue | null {
  if (e.kind === 'Constant') return e.value;
  if (e.kind === 'UnaryOp' && e.op === 'USub' && e.operand.kind === 'Constant') {
    const v = e.operand.value;
    if (v.type === 'int') return { type: 'int', value: -v.value };
    if (v.type === 'float') return { type: 'float', value: -v.value };
  }
  return null;
}

/** Equal keys under Python's set semantics share a key: `1`, `1.0` and `True` are one key. */
function constantKey(v: ast.ConstantValue): string {
  switch (v.type) {
    case 'bool': return `n${v.value ? 1 : 0}`;
    case 'int': return `n${v.value}`;
    case 'float':
      return Number.isInteger(v.value) ? `n${BigInt(v.value)}` : `f${v.value}`;
    case 'str': return `s${v.value}`;
    case 'bytes': return `b${Array.from(v.value).join(',')}`;
    default: return v.type;
  }
}
