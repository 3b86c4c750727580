// The restriction pass: scope resolution, then the policy rules, then the capability manifest.
// Sits between the parser and the code generator: restrict(module) → { resolution, diagnostics,
// manifest }. Pure: reads the AST, never rewrites it; user errors come back as diagnostics.

import type * as ast from '../parser/ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Policy } from '../types.js';
import type { Resolution } from './binding.js';
import { resolve } from './resolve.js';
import { runRules } from './rules/index.js';
import { buildManifest, type Manifest } from './manifest.js';

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
  const { resolution, diagnostics: scopeDiagnostics } = resolve(module);
  const ruleDiagnostics = runRules({ module, resolution, policy: options.policy, source: options.source });
  const diagnostics = [...scopeDiagnostics, ...ruleDiagnostics].sort((a, b) => a.span.start - b.span.start);
  return { resolution, diagnostics, manifest: buildManifest(module, resolution) };
}
