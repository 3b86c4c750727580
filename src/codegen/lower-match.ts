// Lowering of the `match` statement. The subject is evaluated once into a temporary; each case
// becomes one JS boolean test built from the pattern, with the runtime's structural checks
// (src/runtime/ops/match.ts) writing extracted values into a fresh JS array that sub-patterns read
// by index. Captures go to per-name temporaries while the pattern is tested and are stored into
// the Python names only once the whole pattern matched (as CPython does), before the guard:
//
//   match p:                  $m1 = P;
//     case [x, 0]:            if ($rt.matchSequence($q2 = [], $m1, 2, -1) && ($c3 = $q2[0], true)
//       A                           && $rt.truthy($rt.eq($q2[1], 0))) { x$ = $c3; A }
//     case {"k": v}:          else if ($rt.matchMapping($m1, 1) && $rt.matchKeys($q4 = [], $m1, ["k"], false)
//       B                           && ($c5 = $q4[0], true)) { v$ = $c5; B }
//     case _:                 else { C }
//       C
//
// Without guards the cases form that if/else-if chain. With a guard, a failed guard must fall
// through to the next case, so every case tests a `$done` flag first and sets it on entering its
// body: `if (!$done6 && TEST) { BIND; if (GUARD) { $done6 = true; BODY } }`.
// The compile-time pattern errors are the resolver's (src/restrict/pattern-errors.ts).

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import { assertNever } from '../parser/ast.js';
import * as b from './builders.js';
import { temp, withLoc, type Ctx, type FnCtx } from './context.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerTest } from './lower-tests.js';
import { lowerBlock } from './lower-statements.js';
import { storeName } from './names.js';

/** One case's captures: Python name → the pattern node that binds it and its temporary. */
type CaptureSite = ast.MatchAs | ast.MatchStar | ast.MatchMapping;
type Captures = Map<string, { site: CaptureSite; temp: string }>;

export function lowerMatch(ctx: Ctx, fn: FnCtx, s: ast.Match): ES.Statement[] {
  const subject = temp(ctx, fn, 'm');
  const out: ES.Statement[] = [b.exprStmt(b.assign(b.id(subject), lowerExpr(ctx, fn, s.subject)))];
  const guarded = s.cases.some((c) => c.guard !== null);
  const done = guarded ? temp(ctx, fn, 'done') : null;
  if (done) out.push(b.exprStmt(b.assign(b.id(done), b.literal(false))));
  const lowered = s.cases.map((c) => {
    const captures: Captures = new Map();
    const test = withLoc(ctx, c.pattern, pattern(ctx, fn, c.pattern, b.id(subject), captures));
    const binds = [...captures.entries()].map(([name, { site, temp: t }]) =>
      withLoc(ctx, site, b.exprStmt(storeName(ctx, fn, site, name, b.id(t)))));
    return { c, test, binds };
  });
  if (done === null) {
    // An if/else-if chain, built from the last case up; an irrefutable last case is a plain else.
    let chain: ES.Statement[] | ES.IfStatement | undefined;
    for (let i = lowered.length - 1; i >= 0; i--) {
      const { c, test, binds } = lowered[i]!;
      const body = [...binds, ...lowerBlock(ctx, fn, c.body)];
      chain = isTrue(test) && chain === undefined ? body : withLoc(ctx, c, b.ifStmt(test, body, chain));
    }
    if (Array.isArray(chain)) out.push(b.block(chain));
    else if (chain) out.push(chain);
    return out;
  }
  for (const { c, test, binds } of lowered) {
    const enter = [b.exprStmt(b.assign(b.id(done), b.literal(true))), ...lowerBlock(ctx, fn, c.body)];
    const body = c.guard ? [...binds, withLoc(ctx, c.guard, b.ifStmt(lowerTest(ctx, fn, c.guard), enter))] : [...binds, ...enter];
    out.push(withLoc(ctx, c, b.ifStmt(and([b.unary('!', b.id(done)), test]), body)));
  }
  return out;
}

const TRUE = (): ES.Expression => b.literal(true);
const isTrue = (e: ES.Expression): boolean => e.type === 'Literal' && e.value === true;

/** `a && b`, dropping `true` operands. */
function and(parts: ES.Expression[]): ES.Expression {
  const kept = parts.filter((p) => !isTrue(p));
  return kept.length === 0 ? TRUE() : kept.reduce((l, r) => b.logical('&&', l, r));
}

/** A JS boolean expression testing `subject` (a pure expression) against the pattern. */
function pattern(ctx: Ctx, fn: FnCtx, p: ast.Pattern, subject: ES.Expression, caps: Captures): ES.Expression {
  switch (p.kind) {
    case 'MatchValue':
      return b.rtCall('truthy', [b.rtCall('eq', [subject, lowerExpr(ctx, fn, p.value)])]);
    case 'MatchSingleton':
      // None, True or False, compared by identity.
      return b.rtCall('is', [subject, b.literal(p.value.type === 'bool' ? p.value.value : null)]);
    case 'MatchAs': {
      const inner = p.pattern ? pattern(ctx, fn, p.pattern, subject, caps) : TRUE();
      return p.name === null ? inner : and([inner, capture(ctx, fn, p, p.name, subject, caps)]);
    }
    case 'MatchStar':
      return p.name === null ? TRUE() : capture(ctx, fn, p, p.name, subject, caps);
    case 'MatchOr':
      return p.patterns.map((alt) => pattern(ctx, fn, alt, subject, caps)).reduce((l, r) => b.logical('||', l, r));
    case 'MatchSequence': {
      const q = temp(ctx, fn, 'q');
      const star = p.patterns.findIndex((x) => x.kind === 'MatchStar');
      const check = b.rtCall('matchSequence', [b.assign(b.id(q), b.array([])), subject, b.literal(p.patterns.length), b.literal(star)]);
      return and([check, ...p.patterns.map((x, i) => pattern(ctx, fn, x, b.index(b.id(q), i), caps))]);
    }
    case 'MatchMapping': {
      const q = temp(ctx, fn, 'q');
      const keys = b.array(p.keys.map((k) => lowerExpr(ctx, fn, k)));
      const sub = p.patterns.map((x, i) => pattern(ctx, fn, x, b.index(b.id(q), i), caps));
      const rest = p.rest === null ? TRUE() : capture(ctx, fn, p, p.rest, b.index(b.id(q), p.patterns.length), caps);
      const check = b.rtCall('matchMapping', [subject, b.literal(p.keys.length)]);
      if (p.keys.length === 0 && p.rest === null) return check;
      const keysCheck = b.rtCall('matchKeys', [b.assign(b.id(q), b.array([])), subject, keys, b.literal(p.rest !== null)]);
      return and([check, keysCheck, ...sub, rest]);
    }
    case 'MatchClass': {
      const q = temp(ctx, fn, 'q');
      const all = [...p.patterns, ...p.kwd_patterns];
      const check = b.rtCall('matchClass', [
        b.assign(b.id(q), b.array([])), subject, lowerExpr(ctx, fn, p.cls), b.literal(p.patterns.length),
        b.array(p.kwd_attrs.map((a) => b.literal(a))),
      ]);
      return and([check, ...all.map((x, i) => pattern(ctx, fn, x, b.index(b.id(q), i), caps))]);
    }
    default: return assertNever(p, 'pattern');
  }
}

/** `($c = subject, true)`: remembers a capture until the whole pattern has matched. */
function capture(ctx: Ctx, fn: FnCtx, site: CaptureSite, name: string, subject: ES.Expression, caps: Captures): ES.Expression {
  let entry = caps.get(name);
  if (!entry) {
    entry = { site, temp: temp(ctx, fn, 'c') };
    caps.set(name, entry);
  }
  return b.seq([b.assign(b.id(entry.temp), subject), TRUE()]);
}
