// Corral's only public entry point. compile() transpiles once, Sandbox runs many times, run() is
// the one-shot convenience, lint() checks a script without running it. Everything the CLI does
// goes through these functions.

import { parse } from './parser/index.js';
import { restrict, type Manifest } from './restrict/index.js';
import { resolvePolicy } from './pipeline.js';
import { Sandbox, type RunOptions, type SandboxOptions } from './host/sandbox.js';
import type { CompileOptions, Diagnostic, RunResult } from './types.js';

export { compile } from './pipeline.js';
export { Sandbox } from './host/sandbox.js';
export type { RunOptions, SandboxOptions } from './host/sandbox.js';
export { DEFAULT_LIMITS } from './host/limits.js';
export { MarshalError } from './host/marshal.js';
export { formatDiagnostic, formatSyntaxError } from './diagnostics/format.js';
export { CODES } from './diagnostics/codes.js';
export type { Manifest } from './restrict/index.js';
export type {
  CompileOptions, Diagnostic, LimitKind, Limits, Policy, Program, PyException, RunError, RunResult,
  SourceMapV3, TracebackFrame,
} from './types.js';

/**
 * Runs a script once: creates a Sandbox with `options`, runs, and disposes it, so nothing is
 * shared between calls (no default Sandbox lives in the module). Use a Sandbox to run many scripts.
 */
export async function run(source: string, options: SandboxOptions & RunOptions = {}): Promise<RunResult> {
  const { inputs, ...sandboxOptions } = options;
  const sandbox = new Sandbox(sandboxOptions);
  try {
    return await sandbox.run(source, { inputs, filename: options.filename });
  } finally {
    sandbox.dispose();
  }
}

export interface LintResult {
  /** Parse and restrict diagnostics, in source order. */
  diagnostics: Diagnostic[];
  /** What the script would use (modules, builtins, capabilities); null when it does not parse. */
  manifest: Manifest | null;
}

/** Parses and checks a script against the policy. Nothing runs. */
export function lint(source: string, options: CompileOptions = {}): LintResult {
  const filename = options.filename ?? '<script>';
  const parsed = parse(source, { filename });
  if (!parsed.module) return { diagnostics: [...parsed.diagnostics], manifest: null };
  const checked = restrict(parsed.module, { policy: resolvePolicy(options.policy), source });
  const diagnostics = [...parsed.diagnostics, ...checked.diagnostics].sort((a, b) => a.span.start - b.span.start);
  return { diagnostics, manifest: checked.manifest };
}
