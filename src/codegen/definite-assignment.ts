// Definite assignment: which reads of function locals can skip the unbound check
// (`x$ !== undefined ? x$ : $rt.unboundLocal('x')` becomes plain `x$`). A pure pre-pass over each
// function body that returns the set of safe Name nodes; lowering consults it (names.ts).
//
// Soundness rests on one simplification: names that can ever become unbound again — `del x`,
// `except ... as x`, or captured by a nested scope (which could `nonlocal x; del x`) — are never
// tracked. Every other local only goes from unbound to bound, so the set of bound names grows
// along every path: a loop's entry state is a subset of the state at each back edge, and reads
// in a loop test or body may rely on it. Statements are walked in order with the set of names
// assigned on every path so far (null after return/raise/break/continue: unreachable); branches
// meet by intersection. Walrus targets and short-circuit paths are ignored (they only keep checks).

import type * as ast from '../parser/ast.js';
import type { Resolution, Scope } from '../restrict/binding.js';

type State = Set<string> | null;

interface Pass {
  safe: Set<ast.Name>;
  tracked: (name: string) => boolean;
}

const meet = (a: State, b: State): State => (a === null ? b : b === null ? a : new Set([...a].filter((n) => b.has(n))));
const copy = (s: State): State => (s === null ? null : new Set(s));

/** Names bound by an assignment target (not the reads inside attribute/subscript targets). */
function targetNames(t: ast.ExprNode, out: string[] = []): string[] {
  if (t.kind === 'Name') out.push(t.id);
  else if (t.kind === 'Tuple' || t.kind === 'List') for (const e of t.elts) targetNames(e, out);
  else if (t.kind === 'Starred') targetNames(t.value, out);
  return out;
}

/** Names a match pattern captures. */
function patternNames(pat: ast.Pattern, out: string[] = []): string[] {
  switch (pat.kind) {
    case 'MatchAs':
      if (pat.pattern) patternNames(pat.pattern, out);
      if (pat.name !== null) out.push(pat.name);
      break;
    case 'MatchStar':
      if (pat.name !== null) out.push(pat.name);
      break;
    case 'MatchSequence': case 'MatchOr':
      for (const x of pat.patterns) patternNames(x, out);
      break;
    case 'MatchMapping':
      for (const x of pat.patterns) patternNames(x, out);
      if (pat.rest !== null) out.push(pat.rest);
      break;
    case 'MatchClass':
      for (const x of [...pat.patterns, ...pat.kwd_patterns]) patternNames(x, out);
      break;
    default: break;
  }
  return out;
}

function bind(p: Pass, s: State, names: string[]): State {
  if (s === null) return s;
  for (const n of names) if (p.tracked(n)) s.add(n);
  return s;
}

/** Marks safe reads inside an expression evaluated in state `s` (nested scopes are skipped). */
function scan(p: Pass, s: State, e: ast.ExprNode | null | undefined): void {
  if (!e || s === null) return;
  switch (e.kind) {
    case 'Name':
      if (s.has(e.id)) p.safe.add(e);
      return;
    case 'Lambda':
      e.args.defaults.forEach((d) => scan(p, s, d));
      e.args.kw_defaults.forEach((d) => scan(p, s, d));
      return;
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      scan(p, s, e.generators[0]!.iter);
      return;
    case 'Call':
      scan(p, s, e.func);
      e.args.forEach((a) => scan(p, s, a));
      e.keywords.forEach((k) => scan(p, s, k.value));
      return;
    default:
      for (const v of Object.values(e)) {
        if (Array.isArray(v)) v.forEach((x) => isExpr(x) && scan(p, s, x));
        else if (isExpr(v)) scan(p, s, v);
      }
  }
}

function isExpr(v: unknown): v is ast.ExprNode {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string'
    && /^[A-Z]/.test((v as { kind: string }).kind) && 'start' in v;
}

function stmts(p: Pass, s: State, body: ast.Stmt[]): State {
  for (const st of body) s = stmt(p, s, st);
  return s;
}

function stmt(p: Pass, s: State, st: ast.Stmt): State {
  if (s === null) return null;
  switch (st.kind) {
    case 'Expr': scan(p, s, st.value); return s;
    case 'Assign':
      scan(p, s, st.value);
      st.targets.forEach((t) => t.kind !== 'Name' && scan(p, s, t));
      return bind(p, s, st.targets.flatMap((t) => targetNames(t)));
    case 'AugAssign':
      scan(p, s, st.target);
      scan(p, s, st.value);
      return bind(p, s, targetNames(st.target));
    case 'AnnAssign':
      if (!st.value) return s;
      scan(p, s, st.value);
      if (st.target.kind !== 'Name') scan(p, s, st.target);
      return bind(p, s, targetNames(st.target));
    case 'Delete': st.targets.forEach((t) => t.kind !== 'Name' && scan(p, s, t)); return s;
    case 'If': {
      scan(p, s, st.test);
      return meet(stmts(p, copy(s), st.body), stmts(p, copy(s), st.orelse));
    }
    case 'While':
      scan(p, s, st.test);
      stmts(p, copy(s), st.body);
      stmts(p, copy(s), st.orelse);
      return s;
    case 'For':
      scan(p, s, st.iter);
      stmts(p, bind(p, copy(s), targetNames(st.target)), st.body);
      stmts(p, copy(s), st.orelse);
      return s;
    case 'Try': {
      let end = stmts(p, stmts(p, copy(s), st.body), st.orelse);
      for (const h of st.handlers) {
        scan(p, s, h.type);
        end = meet(end, stmts(p, copy(s), h.body));
      }
      const fin = stmts(p, copy(s), st.finalbody);
      if (fin === null) return null;
      return end === null ? null : new Set([...end, ...fin]);
    }
    case 'With': {
      // An __exit__ that swallows an exception (even one from unpacking into the target) resumes
      // after the with, so nothing bound inside is sure afterwards.
      const inner = copy(s);
      for (const item of st.items) {
        scan(p, inner, item.context_expr);
        if (item.optional_vars) {
          if (item.optional_vars.kind !== 'Name') scan(p, inner, item.optional_vars);
          bind(p, inner, targetNames(item.optional_vars));
        }
      }
      stmts(p, inner, st.body);
      return s;
    }
    case 'FunctionDef': case 'AsyncFunctionDef':
      st.decorator_list.forEach((d) => scan(p, s, d));
      st.args.defaults.forEach((d) => scan(p, s, d));
      st.args.kw_defaults.forEach((d) => scan(p, s, d));
      return bind(p, s, [st.name]);
    case 'ClassDef':
      st.decorator_list.forEach((d) => scan(p, s, d));
      st.bases.forEach((d) => scan(p, s, d));
      st.keywords.forEach((k) => scan(p, s, k.value));
      return bind(p, s, [st.name]);
    case 'Import':
      return bind(p, s, st.names.map((a) => a.asname ?? a.name.split('.')[0]!));
    case 'ImportFrom':
      if (st.module === '__future__' && st.level === 0) return null;
      return bind(p, s, st.names.map((a) => a.asname ?? a.name));
    case 'Return': scan(p, s, st.value); return null;
    case 'Raise': scan(p, s, st.exc); scan(p, s, st.cause); return null;
    case 'Break': case 'Continue': return null;
    case 'Assert': scan(p, s, st.test); scan(p, s, st.msg); return s;
    case 'Global': case 'Nonlocal': case 'Pass': return s;
    case 'Match': {
      // A case body runs with its pattern's captures bound (they are stored before the guard); the
      // match may also end with no case taken, so what follows keeps only the state before it.
      scan(p, s, st.subject);
      for (const c of st.cases) {
        const inner = bind(p, copy(s), patternNames(c.pattern));
        scan(p, inner, c.guard);
        stmts(p, inner, c.body);
      }
      return s;
    }
    case 'AsyncFor': case 'AsyncWith': case 'TryStar': return s;
    default: return s;
  }
}

/**
 * Safe reads of locals in one function scope. `unbindable` are the names the body can unbind
 * (lower-functions.ts computes them for its own purpose too).
 */
export function safeReads(scope: Scope, params: string[], body: ast.Stmt[] | ast.ExprNode, unbindable: Set<string>): Set<ast.Name> {
  const tracked = (name: string): boolean => {
    const sym = scope.symbols.get(name);
    return sym !== undefined && sym.kind === 'local' && !sym.isCaptured && !unbindable.has(name);
  };
  const p: Pass = { safe: new Set(), tracked };
  const entry = bind(p, new Set(), params);
  if (Array.isArray(body)) stmts(p, entry, body);
  else scan(p, entry, body);
  return p.safe;
}

/** Safe reads of a comprehension's own loop variables (bound before any read but the first iterable). */
export function comprehensionSafeReads(resolution: Resolution, e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp): Set<ast.Name> {
  const scope = resolution.scopes.get(e);
  const p: Pass = {
    safe: new Set(),
    tracked: (name) => {
      const sym = scope?.symbols.get(name);
      return sym !== undefined && sym.kind === 'local' && !sym.isCaptured;
    },
  };
  const s: Set<string> = new Set();
  e.generators.forEach((g, i) => {
    if (i > 0) scan(p, s, g.iter);
    bind(p, s, targetNames(g.target));
    g.ifs.forEach((t) => scan(p, s, t));
  });
  if (e.kind === 'DictComp') {
    scan(p, s, e.key);
    scan(p, s, e.value);
  } else scan(p, s, e.elt);
  return p.safe;
}
