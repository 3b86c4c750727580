// Resolver pass 2: classifies every name of every scope (symtable.c's analyze_block and
// analyze_name), then resolves every recorded name site against the classification. See the
// essay in resolve.ts for the rules; this file is their direct transcription.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { NameResolution, NameSite, Resolution, Scope, Symbol, SymbolKind } from './binding.js';
import { DEF_BOUND, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, type CollectState, type ScopeInfo } from './collect-state.js';
import { scopeError, scopeMessages } from './scope-errors.js';
import { mangle } from './mangle.js';

export function analyze(state: CollectState, module: Scope): { resolution: Resolution; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const moduleGlobals = new Set<string>();
  for (const info of state.infos.values()) {
    for (const [name, flags] of info.flags) {
      if (flags & DEF_GLOBAL || (info.scope.kind === 'module' && flags & DEF_BOUND)) moduleGlobals.add(name);
    }
  }
  classify(state, module, new Set(), diagnostics);
  // As in CPython's symtable, a name declared global anywhere is a symbol of the module too.
  for (const name of moduleGlobals) {
    if (module.symbols.has(name)) continue;
    module.symbols.set(name, {
      name, privateName: name, scope: module, kind: 'global', target: null, isParam: false, isCaptured: false, isAssigned: false,
    });
  }
  const names = new Map<NameSite, NameResolution>();
  const unresolved = new Set<string>();
  for (const site of state.sites) {
    const resolved = resolveName(site.info.scope, site.name, moduleGlobals);
    names.set(site.node, resolved);
    // A class-body name the class itself binds is found in the class namespace, never outside.
    const boundInClass = resolved.kind === 'class' && site.info.scope.symbols.get(site.name)?.kind === 'local';
    const base = resolved.kind === 'class' ? resolved.fallback : resolved;
    if (base.kind === 'builtin-or-global' && !boundInClass) unresolved.add(site.name);
  }
  const resolution: Resolution = { module, scopes: state.scopes, names, moduleGlobals, unresolved };
  return { resolution, diagnostics };
}

/**
 * Gives every scope its symbols, parents before children. `bound` holds the names bound in the
 * enclosing function scopes and visible from `scope` (class scopes add nothing to it, which is
 * how nested functions skip class bodies; the module adds nothing because its names are globals).
 */
function classify(state: CollectState, scope: Scope, bound: Set<string>, diagnostics: Diagnostic[]): void {
  const reported = new Set(state.diagnostics.map((d) => d.span.start));
  const info = state.infos.get(scope)!;
  const local = new Set<string>();
  for (const [name, flags] of info.flags) {
    const kind = classifyName(info, name, flags, bound, diagnostics, reported);
    if (kind === null) continue;
    const symbol: Symbol = {
      name, privateName: mangle(name, scope), scope, kind, target: null, isParam: (flags & DEF_PARAM) !== 0, isCaptured: false,
      isAssigned: (flags & (DEF_LOCAL | DEF_IMPORT)) !== 0,
    };
    if (kind === 'local') local.add(name);
    if (kind === 'free' || kind === 'nonlocal') {
      symbol.target = owner(state, scope.parent, name);
      if (symbol.target) symbol.target.isCaptured = true;
      // Zero-argument super() and `__class__` read the cell of the class being defined.
      if (name === '__class__' && symbol.target?.scope.kind === 'class') scope.needsClassCell = true;
    }
    scope.symbols.set(name, symbol);
  }
  const childBound = new Set<string>();
  if (scope.kind === 'class') {
    for (const name of bound) childBound.add(name);
    childBound.add('__class__');
  } else if (scope.kind !== 'module') {
    for (const name of bound) if (!isDeclaredGlobal(info, name)) childBound.add(name);
    for (const name of local) childBound.add(name);
  }
  for (const child of scope.children) classify(state, child, childBound, diagnostics);
}

function isDeclaredGlobal(info: ScopeInfo, name: string): boolean {
  return ((info.flags.get(name) ?? 0) & DEF_GLOBAL) !== 0;
}

/** analyze_name: null means an implicit global (used here, bound nowhere around), which gets no symbol. */
function classifyName(
  info: ScopeInfo, name: string, flags: number, bound: Set<string>, diagnostics: Diagnostic[], reported: Set<number>,
): SymbolKind | null {
  const atModule = info.scope.kind === 'module';
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) diagnostics.push(scopeError(info.directives.get(name)!, scopeMessages.nonlocalAndGlobal(name)));
    return 'global';
  }
  if (flags & DEF_NONLOCAL) {
    // At module level the collector already reported the declaration itself.
    const at = info.directives.get(name) ?? info.scope.node;
    // One error per declaration, as CPython stops at the first: `def f(x): nonlocal x` is
    // reported as a parameter declared nonlocal, not also as a missing binding.
    if (!atModule && !bound.has(name) && !reported.has(at.start)) {
      diagnostics.push(scopeError(at, scopeMessages.nonlocalNoBinding(name)));
    }
    return 'nonlocal';
  }
  if (flags & DEF_BOUND) return atModule ? 'global' : 'local';
  if (!atModule && bound.has(name)) return 'free';
  return null;
}

/**
 * The symbol that owns the binding a free or nonlocal `name` refers to: the nearest enclosing
 * function or comprehension scope with a symbol for it, followed through its own target. Class
 * scopes are skipped, except that a class owns the implicit `__class__` cell its methods use.
 */
function owner(state: CollectState, from: Scope | null, name: string): Symbol | null {
  for (let scope = from; scope; scope = scope.parent) {
    if (scope.kind === 'module') return null;
    if (scope.kind === 'class') {
      if (name !== '__class__') continue;
      let cell = scope.symbols.get(name);
      if (!cell) {
        cell = { name, privateName: name, scope, kind: 'local', target: null, isParam: false, isCaptured: true, isAssigned: false };
        scope.symbols.set(name, cell);
      }
      return cell;
    }
    const symbol = scope.symbols.get(name);
    if (!symbol) continue;
    if (symbol.kind === 'local') return symbol;
    if (symbol.kind === 'free' || symbol.kind === 'nonlocal') return symbol.target;
    return null;
  }
  return null;
}

/** How a use or binding of `name` in `scope` is looked up at run time. */
function resolveName(scope: Scope, name: string, moduleGlobals: Set<string>): NameResolution {
  const symbol = scope.symbols.get(name);
  const global: NameResolution = moduleGlobals.has(name) ? { kind: 'global', name } : { kind: 'builtin-or-global', name };
  if (scope.kind === 'module') return global;
  if (scope.kind === 'class') {
    if (!symbol) return { kind: 'class', name, fallback: global };
    switch (symbol.kind) {
      case 'global': return global.kind === 'global' ? global : { kind: 'global', name };
      case 'nonlocal': return { kind: 'cell', symbol };
      case 'free': return { kind: 'class', name, fallback: { kind: 'cell', symbol } };
      case 'local': return { kind: 'class', name, fallback: global };
    }
  }
  if (!symbol) return global;
  switch (symbol.kind) {
    case 'local': return { kind: 'local', symbol };
    case 'free':
    case 'nonlocal':
      return { kind: 'cell', symbol };
    case 'global': return { kind: 'global', name };
  }
}
