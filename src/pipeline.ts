// The compile pipeline in a few lines: parse → restrict → codegen (+ verify). Pure: the same
// source and options give the same Program; user errors come back as diagnostics, never thrown.

import { parse } from './parser/index.js';
import { restrict } from './restrict/index.js';
import { generate } from './codegen/index.js';
import { hasErrors } from './diagnostics/diagnostic.js';
import type { CompileOptions, Policy, Program } from './types.js';

/** Modules a script may import when the caller's policy does not say otherwise. */
export const DEFAULT_MODULES: readonly string[] = [];

export function resolvePolicy(policy: Partial<Policy> = {}): Policy {
  return { modules: policy.modules ?? DEFAULT_MODULES, allowOpen: policy.allowOpen ?? false };
}

export function compile(source: string, options: CompileOptions = {}): Program {
  const filename = options.filename ?? '<script>';
  const failed = (diagnostics: Program['diagnostics']): Program => ({
    filename, source, js: '', sourceMap: null, codeNames: {}, diagnostics, ok: false,
  });
  const parsed = parse(source, { filename });
  if (!parsed.module || hasErrors(parsed.diagnostics)) return failed(parsed.diagnostics);
  const checked = restrict(parsed.module, { policy: resolvePolicy(options.policy), source });
  const diagnostics = [...parsed.diagnostics, ...checked.diagnostics];
  if (hasErrors(diagnostics)) return failed(diagnostics);
  const out = generate(parsed.module, checked.resolution, { filename, source });
  const all = [...diagnostics, ...out.diagnostics];
  if (hasErrors(all)) return failed(all);
  return { filename, source, js: out.js, sourceMap: out.sourceMap, codeNames: out.codeNames, diagnostics: all, ok: true };
}
