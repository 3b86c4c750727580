// The resolver's first pass keeps its working state here: per scope, the CPython-style flags of
// every name it mentions (symtable.c's DEF_* bits), the span of each global/nonlocal declaration,
// and every name site in the order met. The state lives in one object created per `resolve()`
// call: nothing is module-level, so several scripts can be resolved at once.

import type * as ast from '../parser/ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { NameSite, Scope, ScopeKind, ScopeNode } from './binding.js';
import { scopeError, scopeMessages } from './scope-errors.js';

/** symtable.c's DEF_* bits, the same meanings. */
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_IMPORT = 32;
export const DEF_ANNOT = 64;
export const DEF_COMP_ITER = 128;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export interface ScopeInfo {
  scope: Scope;
  /** Flags of every name this scope mentions in first-seen order. */
  flags: Map<string, number>;
  /** Where each name was declared global or nonlocal (errors found later point there). */
  directives: Map<string, Span>;
  /** Depth of comprehension-iterable expressions being visited (walrus is refused there). */
  compIterExpr: number;
  /** Inside a comprehension target (its names get DEF_COMP_ITER). */
  compIterTarget: boolean;
  /** A comprehension that awaits: `async for`, `await`, or a nested asynchronous list/set/dict comprehension. */
  isCoroutine: boolean;
  /** `return <value>` statements met in this function (an async generator may not have any). */
  valueReturns: Span[];
}

export interface Site {
  node: NameSite;
  name: string;
  info: ScopeInfo;
}

export interface CollectState {
  infos: Map<Scope, ScopeInfo>;
  scopes: Map<ScopeNode, Scope>;
  sites: Site[];
  diagnostics: Diagnostic[];
}

/** Where a statement or expression is visited: its scope and whether `break`/`continue` are legal. */
export interface Ctx {
  info: ScopeInfo;
  inLoop: boolean;
}

export function newState(): CollectState {
  return { infos: new Map(), scopes: new Map(), sites: [], diagnostics: [] };
}

/**
 * Opens the scope for `node` under `parent` (null for the module). The qualname follows
 * compile.c's compiler_set_qualname: a function or class declared `global` in its parent gets
 * its bare name; below a function or lambda the parent's qualname gains `.<locals>`; below a
 * class or comprehension it does not.
 */
export function openScope(
  state: CollectState, parent: ScopeInfo | null, node: ScopeNode, kind: ScopeKind, name: string,
): ScopeInfo {
  const p = parent?.scope ?? null;
  let qualname = name;
  if (p && p.kind !== 'module') {
    const declaredGlobal = (kind === 'function' || kind === 'class') && node.kind !== 'Lambda'
      && (flagsOf(parent!, name) & DEF_GLOBAL) !== 0;
    if (!declaredGlobal) {
      const base = p.kind === 'function' && p.node.kind !== 'Module' ? `${p.qualname}.<locals>` : p.qualname;
      qualname = `${base}.${name}`;
    }
  }
  const scope: Scope = {
    kind, node, parent: p, name, qualname, symbols: new Map(), children: [],
    isGenerator: node.kind === 'GeneratorExp', isAsync: node.kind === 'AsyncFunctionDef', needsClassCell: false,
  };
  p?.children.push(scope);
  const info: ScopeInfo = { scope, flags: new Map(), directives: new Map(), compIterExpr: 0, compIterTarget: false, isCoroutine: false, valueReturns: [] };
  state.infos.set(scope, info);
  state.scopes.set(node, scope);
  return info;
}

/** The flags `name` has so far in `info`. */
export function flagsOf(info: ScopeInfo, name: string): number {
  return info.flags.get(name) ?? 0;
}

/** Adds flags for `name` in `info` (symtable_add_def), reporting a repeated parameter. */
export function addDef(state: CollectState, info: ScopeInfo, name: string, flag: number, at: Span): void {
  const old = info.flags.get(name) ?? 0;
  if ((flag & DEF_PARAM) && (old & DEF_PARAM)) {
    state.diagnostics.push(scopeError(at, scopeMessages.duplicateArgument(name)));
  }
  info.flags.set(name, old | flag);
}

/** Records a name site together with the flags it contributes to its scope. */
export function addSite(state: CollectState, info: ScopeInfo, node: NameSite, name: string, flag: number): void {
  addDef(state, info, name, flag, node);
  state.sites.push({ node, name, info });
}

/** The code-object name CPython gives a comprehension scope. */
export function comprehensionName(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp): string {
  switch (node.kind) {
    case 'ListComp': return '<listcomp>';
    case 'SetComp': return '<setcomp>';
    case 'DictComp': return '<dictcomp>';
    case 'GeneratorExp': return '<genexpr>';
  }
}

/** How CPython names a comprehension in "'yield' inside ..." errors. */
export function comprehensionDescription(node: ScopeNode): string {
  switch (node.kind) {
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    default: return 'generator expression';
  }
}
