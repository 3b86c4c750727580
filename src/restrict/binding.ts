// The resolver's results: typed side tables keyed by AST node, never fields written into the AST.
// The code generator reads these to decide, for every name, which JavaScript variable or namespace
// slot it lives in. Modelled on starlark-go's resolve/binding.go.

import type * as ast from '../parser/ast.js';

/** Nodes that open a scope. Lambda and the four comprehension kinds are function-like scopes. */
export type ScopeNode =
  | ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef
  | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export interface Scope {
  kind: ScopeKind;
  node: ScopeNode;
  /** The lexically enclosing scope; null for the module. */
  parent: Scope | null;
  /** The Python name of the code object: `<module>`, the function or class name, `<lambda>`, `<listcomp>`, ... */
  name: string;
  /** Dotted qualified name as CPython's __qualname__ (`Outer.method.<locals>.inner`). */
  qualname: string;
  /** Every name bound or declared in this scope, in first-seen order. */
  symbols: Map<string, Symbol>;
  children: Scope[];
  /** Contains `yield` or `yield from` (function scopes; a GeneratorExp scope is always a generator). */
  isGenerator: boolean;
  /** Declared with `async def`. */
  isAsync: boolean;
  /** Uses zero-argument `super()` or the name `__class__`: the enclosing class must provide its cell. */
  needsClassCell: boolean;
}

/**
 * How a symbol is bound in its scope.
 * - local: assigned, a parameter, imported, or a def/class target in this scope (and not declared global/nonlocal).
 * - global: declared `global` here, or any binding at module level.
 * - nonlocal: declared `nonlocal` here; `target` is the enclosing function's symbol.
 * - free: used here, bound in an enclosing function scope (a closure reference); `target` as above.
 */
export type SymbolKind = 'local' | 'global' | 'nonlocal' | 'free';

export interface Symbol {
  /** The name as written in the source (the key in `Scope.symbols`). */
  name: string;
  /**
   * The name after CPython's private name mangling: `__x` written inside class `C` (or a scope
   * nested in it) is `_C__x` (restrict/mangle.ts); otherwise equal to `name`. CPython's symtable
   * keys symbols by it. Foundation codegen uses `name` consistently (attributes unmangled too);
   * switch both together when private names get CPython's behaviour.
   */
  privateName: string;
  scope: Scope;
  kind: SymbolKind;
  /** For nonlocal/free symbols: the symbol in the enclosing function scope that owns the binding. */
  target: Symbol | null;
  isParam: boolean;
  /** Some nested scope reads or writes it as a free/nonlocal variable (CPython calls this a cell). */
  isCaptured: boolean;
  /** Assigned anywhere in this scope (including del, augmented assignment, imports, def, class). */
  isAssigned: boolean;
}

/**
 * Where a name use is looked up at run time.
 * - local: the symbol is a local of the function/comprehension scope it is used in.
 * - cell: the symbol lives in an enclosing function scope (free or nonlocal here).
 * - global: a module-level variable (declared global, bound at module level, or used in a
 *   function without a local binding and found among module-level bindings).
 * - builtin-or-global: not bound anywhere in the module: resolved at run time among inputs and builtins.
 * - class: a name in a class body: looked up in the class namespace first, then as `fallback` says.
 */
export type NameResolution =
  | { kind: 'local'; symbol: Symbol }
  | { kind: 'cell'; symbol: Symbol }
  | { kind: 'global'; name: string }
  | { kind: 'builtin-or-global'; name: string }
  | { kind: 'class'; name: string; fallback: Exclude<NameResolution, { kind: 'class' }> };

/** Nodes that bind or use a name: every Name, and the binding sites that are not Name nodes. */
export type NameSite =
  | ast.Name | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Arg | ast.Alias
  | ast.ExceptHandler | ast.MatchAs | ast.MatchStar | ast.MatchMapping;

export interface Resolution {
  /** The module scope; walk `children` for the rest. */
  module: Scope;
  /** Scope opened by each scope node. */
  scopes: Map<ScopeNode, Scope>;
  /** How each name site resolves, in the scope where the site occurs. */
  names: Map<NameSite, NameResolution>;
  /** Every module-level name: bound at module level or declared global anywhere. */
  moduleGlobals: Set<string>;
  /** Names used but bound nowhere in the module: builtins, inputs, or NameErrors at run time. */
  unresolved: Set<string>;
}
