// Scope resolution: decides, for every name in a script, which variable it denotes. The output
// is the typed side tables of binding.ts; the AST is never written to.
//
// THE ALGORITHM
//
// Python's scoping is static: whether `x` inside a function is a local, a closure variable or a
// global is fixed at compile time by where `x` is bound, not by what happens at run time. CPython
// computes it in symtable.c, in two passes, and so do we (the same passes, the same flags, the
// same error messages), because the code generator needs the answer before it emits anything and
// because a script must see the errors CPython would show.
//
// Pass 1 (collect.ts, collect-expr.ts) walks the tree once and builds the scope tree. A scope is
// opened by the module, each def and lambda (function scopes), each class body, and each list/
// set/dict comprehension and generator expression (function-like scopes of their own, as in
// CPython 3.11). In each scope every name mentioned gets a set of flags: bound here (assignment
// target at any depth of unpacking, for/with/except targets, augmented and annotated assignment,
// del, import, def, class, match capture, walrus), a parameter, used (read), declared global,
// declared nonlocal. Pass 1 also records every name site in the order met, and reports the errors
// that depend only on order within one scope: a declaration after a use or binding, a parameter
// declared global, a duplicate parameter, and the compiler's placement errors ('return' outside
// function, 'break' outside loop, ...).
//
// Several expressions are evaluated in a different scope than the one they appear in:
// - decorators, default values and annotations of a def or lambda: in the enclosing scope;
// - class bases and keywords: in the enclosing scope;
// - the first iterable of a comprehension: in the enclosing scope (it is evaluated before the
//   comprehension's function is called); later iterables, targets, conditions and the element
//   inside the comprehension;
// - the target of a walrus inside a comprehension: bound in the nearest enclosing function or
//   module scope (skipping comprehensions; a class body there is an error), and seen by the
//   comprehension as nonlocal (or global at module level).
//
// Pass 2 (analyze.ts) classifies the names of each scope, parents before children, carrying
// `bound`: the names bound in the enclosing function scopes that are visible here. For a name:
// declared global → global; declared nonlocal → nonlocal, and an error unless it is in `bound`;
// bound here → local (at module level, global); used here and in `bound` → free; otherwise an
// implicit global (no symbol: looked up among module globals, then inputs and builtins). A
// function scope adds its locals to the `bound` it passes down; a class scope adds none of its
// names (methods do not see class attributes as variables) but does add `__class__`, the implicit
// cell that zero-argument `super()` and `__class__` read; the module adds nothing, its names being
// globals. A free or nonlocal symbol's `target` is the symbol in the enclosing function scope that
// owns the binding; that symbol is marked captured (a cell, in CPython's words).
//
// Finally each recorded site is resolved against its scope's symbols: a local, a cell, a global, a
// builtin-or-global (bound nowhere in the module), or, in a class body, the class namespace first
// with one of the others as the fallback (CPython's LOAD_NAME / LOAD_CLASSDEREF).
//
// Private names: CPython's symtable keys symbols by their mangled name (inside class C, `__x` is
// `_C__x`). Symbols here are keyed by the name as written, which is equivalent unless a class
// spells both `__x` and `_C__x`, and each symbol carries its `privateName` (mangle.ts) for when
// the code generator applies mangling to names and attributes alike.

import type * as ast from '../parser/ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Resolution } from './binding.js';
import { collect } from './collect.js';
import { analyze } from './analyze.js';
import { checkDebugName } from './debug-name.js';

export function resolve(module: ast.Module): { resolution: Resolution; diagnostics: Diagnostic[] } {
  const state = collect(module);
  const moduleScope = state.scopes.get(module)!;
  const analyzed = analyze(state, moduleScope);
  const diagnostics = [...state.diagnostics, ...analyzed.diagnostics, ...checkDebugName(module)].sort((a, b) => a.span.start - b.span.start);
  return { resolution: analyzed.resolution, diagnostics };
}
