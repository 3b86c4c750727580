// The restriction pass: scope resolution, then the policy rules, then the capability manifest.
// Sits between the parser and the code generator: restrict(module) → { resolution, diagnostics,
// manifest }. Pure: reads the AST, never rewrites it; user errors come back as diagnostics.

import type * as ast from '../parser/ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Policy } from '../types.js';
import type { Resolution } from './binding.js';
import { resolve } from './resolve.js';
import { runRules } from './rules/index.js';
import { buildManifest, type Manifest } from './manifest.js';
import { MAX_TREE_DEPTH, tooDeepNode } from './depth.js';

export type { Manifest } from './manifest.js';
export type * from './binding.js';
export { mangle, privateClassName } from './mangle.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rules/rule.js';

export interface RestrictOptions {
  policy: Policy;
  /** The script's text, for rules that quote it. */
  source: string;
}

export interface RestrictResult {
  resolution: Resolution;
  /** Scope errors (E204) and policy violations (E2xx, E101), sorted by position. */
  diagnostics: Diagnostic[];
  manifest: Manifest;
}

export function restrict(module: ast.Module, options: RestrictOptions): RestrictResult {
  const deep = tooDeepNode(module);
  if (deep) {
    return tooDeep(module, deep.start,
      `too many nested expressions or blocks: the syntax tree nests more than ${MAX_TREE_DEPTH} levels deep (Corral's limit); ` +
        'split long operator chains, elif chains and nested expressions into smaller steps');
  }
  try {
    const { resolution, diagnostics: scopeDiagnostics } = resolve(module);
    const ruleDiagnostics = runRules({ module, resolution, policy: options.policy, source: options.source });
    const diagnostics = [...scopeDiagnostics, ...ruleDiagnostics].sort((a, b) => a.span.start - b.span.start);
    return { resolution, diagnostics, manifest: buildManifest(module, resolution) };
  } catch (error) {
    // The parser bounds nesting, so this is a backstop: a stack overflow on some pathological
    // tree becomes a diagnostic rather than a host crash.
    if (!(error instanceof RangeError)) throw error;
    return tooDeep(module, module.start, 'the script nests too deeply to be checked; split deeply nested expressions into smaller steps');
  }
}

function tooDeep(module: ast.Module, at: number, message: string): RestrictResult {
  const scope: Resolution['module'] = {
    kind: 'module', node: module, parent: null, name: '<module>', qualname: '<module>', symbols: new Map(),
    children: [], isGenerator: false, isAsync: false, needsClassCell: false,
  };
  const resolution: Resolution = {
    module: scope, scopes: new Map([[module, scope]]), names: new Map(), moduleGlobals: new Set(), unresolved: new Set(),
  };
  return {
    resolution,
    diagnostics: [diagnostic('E102', { start: at, end: at }, message, { data: { pyType: 'SyntaxError' } })],
    manifest: { modules: [], fromImports: [], builtins: [], unresolved: [], usesOpen: false },
  };
}
