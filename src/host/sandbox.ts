// The Sandbox: the public object that runs scripts. It owns limits, policy, the print sink and one
// IsolateHost (a pool can take its place later without changing this API). `run` compiles a
// source string (or takes a Program from compile()), converts inputs, and executes in a fresh
// context; every way a run can end comes back as a RunResult, never as a thrown script error.
// Only caller mistakes reject: bad inputs (MarshalError), a disposed sandbox, a `print` that throws
// (its own error), a missing runtime bundle. Even a bug of ours comes back as an `internal` result.

import { compile } from '../pipeline.js';
import { originalPositionFor, type OriginalSpan } from '../codegen/source-map.js';
import type { Limits, Policy, Program, RunResult } from '../types.js';
import { compileFailure } from './compile-errors.js';
import { INTERNAL_MESSAGES, type InternalErrorHook, SandboxDisposed, execute, reportInternal } from './execute.js';
import { IsolateHost } from './isolate-host.js';
import { resolveLimits } from './limits.js';
import { MarshalError, marshalInputs } from './marshal.js';
import type { Marshalled, RunRequest } from '../runtime/protocol.js';
import { assertNoNodeSnapshot } from './node-flags.js';
import { PrintCallbackFailed, type PrintFn } from './output.js';
import { RuntimeBundleMissing } from './runtime-source.js';
import type { PositionMapper } from './traceback.js';

export interface SandboxOptions {
  limits?: Partial<Limits>;
  policy?: Partial<Policy>;
  /** Called with each piece of output as the script produces it (in addition to RunResult.stdout/stderr). */
  print?: PrintFn;
  /** File name for scripts given as source text. Default `<script>`. */
  filename?: string;
  /**
   * Debugging opt-in: called with the raw detail (JavaScript error text and stack) of an internal
   * error. RunResult only ever carries a fixed message; this detail stays with the host.
   */
  onInternalError?: InternalErrorHook;
}

export interface RunOptions {
  /** Globals the script sees, converted as docs/api.md describes. */
  inputs?: Record<string, unknown>;
  /** File name shown in tracebacks; defaults to the Program's, or the Sandbox's for source text. */
  filename?: string;
}

export class Sandbox {
  readonly limits: Readonly<Limits>;
  private readonly policy: Partial<Policy>;
  private readonly print: PrintFn | undefined;
  private readonly filename: string;
  private readonly onInternalError: InternalErrorHook | undefined;
  private host: IsolateHost | null;
  /** Settles when the last queued run has finished. */
  private queue: Promise<void> = Promise.resolve();

  constructor(options: SandboxOptions = {}) {
    assertNoNodeSnapshot();
    this.limits = Object.freeze(resolveLimits(options.limits));
    this.policy = { ...options.policy };
    this.print = options.print;
    this.filename = options.filename ?? '<script>';
    this.onInternalError = options.onInternalError;
    this.host = new IsolateHost(this.limits.memoryLimitMb);
  }

  /**
   * Runs one script. Runs of one Sandbox are queued one after another: its isolate runs one script
   * at a time, and a `print` callback that starts another run (re-entrance) gets it afterwards.
   */
  run(programOrSource: Program | string, options: RunOptions = {}): Promise<RunResult> {
    const result = this.queue.then(() => this.runNow(programOrSource, options));
    this.queue = result.then(() => undefined, () => undefined);
    return result;
  }

  /**
   * Runs the script as `run` does (fresh context, same limits and inputs), then calls the function
   * it bound to the module-level name `name` with `args` and `kwargs`, converted like inputs. The
   * result's value is the call's return value. If the module raises, the call is not made. Every
   * limit covers the module and the call together. Bad arguments reject with MarshalError.
   */
  call(
    programOrSource: Program | string, name: string, args: readonly unknown[] = [],
    kwargs: Record<string, unknown> = {}, options: RunOptions = {},
  ): Promise<RunResult> {
    const result = this.queue.then(() => this.runNow(programOrSource, options, { name, args, kwargs }));
    this.queue = result.then(() => undefined, () => undefined);
    return result;
  }

  private async runNow(programOrSource: Program | string, options: RunOptions, callSpec?: CallSpec): Promise<RunResult> {
    const host = this.host;
    if (host === null) throw new Error('this Sandbox has been disposed');
    const inputs = marshalInputs(options.inputs);
    const call = callSpec === undefined ? undefined : marshalCall(callSpec);
    let program: Program;
    try {
      program = typeof programOrSource === 'string'
        ? compile(programOrSource, { filename: options.filename ?? this.filename, policy: this.policy })
        : programOrSource;
    } catch (e) {
      // The compiler promises never to throw for a bad script; if it does anyway, that is our bug.
      reportInternal(this.onInternalError, `compiler: ${errorDetail(e)}`);
      return internalResult(INTERNAL_MESSAGES.compiler);
    }
    const filename = options.filename ?? program.filename;
    if (!program.ok) {
      return { ok: false, value: null, stdout: '', stderr: '', ops: 0, error: compileFailure(program, filename) };
    }
    try {
      return await execute(host, program, {
        filename, inputs, call, limits: this.limits, print: this.print, mapPosition: positionMapper(program),
        onInternalError: this.onInternalError,
      });
    } catch (e) {
      if (e instanceof PrintCallbackFailed) throw e.error; // the caller's own error, unchanged
      if (e instanceof RuntimeBundleMissing || e instanceof SandboxDisposed) throw e;
      host.dispose();
      reportInternal(this.onInternalError, `host: ${errorDetail(e)}`);
      return internalResult(INTERNAL_MESSAGES.sandbox);
    }
  }

  /** Frees the isolate. The sandbox cannot run again afterwards. */
  dispose(): void {
    this.host?.dispose();
    this.host = null;
  }
}

interface CallSpec {
  name: string;
  args: readonly unknown[];
  kwargs: Record<string, unknown>;
}

/**
 * Converts a call's name and arguments with the inputs' marshalling (its caps, its refusals),
 * rewording its errors for arguments: `argument 0 ...`, `keyword argument 'k' ...`.
 */
function marshalCall(spec: CallSpec): NonNullable<RunRequest['call']> {
  const { name, args, kwargs } = spec;
  if (typeof name !== 'string') throw new MarshalError('the function name must be a string');
  if (!Array.isArray(args)) throw new MarshalError('call arguments must be an array');
  if (kwargs === null || typeof kwargs !== 'object' || Array.isArray(kwargs)) throw new MarshalError('keyword arguments must be an object');
  const positional: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  args.forEach((a, i) => { positional[`arg${i}`] = a; });
  let margs: Record<string, Marshalled>;
  try {
    margs = marshalInputs(positional);
  } catch (e) {
    if (e instanceof MarshalError) throw new MarshalError(e.message.replace(/^input 'arg(\d+)'/, 'argument $1'));
    throw e;
  }
  let mkw: Record<string, Marshalled>;
  try {
    mkw = marshalInputs(kwargs);
  } catch (e) {
    if (e instanceof MarshalError) throw new MarshalError(e.message.replace(/^input (name )?/, 'keyword argument $1'));
    throw e;
  }
  return {
    name,
    args: args.map((_, i) => margs[`arg${i}`]!),
    kwargs: Object.keys(mkw).map((k) => [k, mkw[k]!] as [string, Marshalled]),
  };
}

function errorDetail(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : 'a non-Error value was thrown';
}

function internalResult(message: string): RunResult {
  return { ok: false, value: null, stdout: '', stderr: '', ops: 0, error: { kind: 'internal', message } };
}

/** Source-map lookups, memoised per run: a deep recursion repeats the same few positions. */
function positionMapper(program: Program): PositionMapper {
  const map = program.sourceMap;
  if (map === null) return () => null;
  const seen = new Map<string, OriginalSpan | null>();
  return (line, column) => {
    const key = `${line}:${column}`;
    let pos = seen.get(key);
    if (pos === undefined) {
      pos = originalPositionFor(map, line, column);
      seen.set(key, pos);
    }
    return pos;
  };
}
