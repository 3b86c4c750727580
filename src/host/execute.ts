// Runs one compiled, runnable Program on an IsolateHost and turns what happened into a RunResult:
// builds the RunRequest, collects output through an OutputSink, checks the outcome (outcome.ts),
// unmarshals the value, maps exceptions to tracebacks, and maps kills to limit verdicts. Compile
// errors and input marshalling happen before this (sandbox.ts); this file never sees a failed Program.

import type { Marshalled, RunRequest } from '../runtime/protocol.js';
import type { Limits, LimitKind, Program, RunResult } from '../types.js';
import type { IsolateHost } from './isolate-host.js';
import { limitMessage } from './limits.js';
import { MarshalError, unmarshal } from './marshal.js';
import { MalformedOutcome, checkOutcome } from './outcome.js';
import { OutputSink, PrintCallbackFailed, type PrintFn } from './output.js';
import { jsFilenameFor, sanitizeMessage } from './sanitize.js';
import { type PositionMapper, formatTraceback, mapException } from './traceback.js';

export interface ExecuteOptions {
  /** The file name tracebacks show (defaults to the program's). */
  filename: string;
  inputs: Record<string, Marshalled>;
  /** sandbox.call: the function to call after the module, with its converted arguments. */
  call?: RunRequest['call'];
  limits: Limits;
  print: PrintFn | undefined;
  mapPosition: PositionMapper;
  /** SandboxOptions.onInternalError: the raw detail of an internal error, for debugging only. */
  onInternalError: InternalErrorHook | undefined;
}

export type InternalErrorHook = (detail: string) => void;

/**
 * What RunResult says about internal errors: fixed wording (invariant 9). JavaScript and
 * isolated-vm texts go only to the caller's onInternalError hook, if there is one.
 */
export const INTERNAL_MESSAGES = {
  runtime: 'the runtime failed (a bug in Corral)',
  program: 'the compiled program could not be loaded (a bug in Corral)',
  sandbox: 'the sandbox failed (a bug in Corral)',
  malformed: 'the runtime returned a malformed outcome (a bug in Corral)',
  compiler: 'the compiler failed (a bug in Corral)',
} as const;

/** How RunResult words a result that cannot leave the sandbox (outcome `cause: 'result'`). */
const UNCONVERTIBLE = "the script's result could not be converted: ";

/** Calls the caller's debugging hook; its failures are its own business, never the run's. */
export function reportInternal(hook: InternalErrorHook | undefined, detail: string): void {
  if (hook === undefined) return;
  try {
    hook(detail);
  } catch {
    // a debugging aid must not change how the run ends
  }
}

export async function execute(host: IsolateHost, program: Program, options: ExecuteOptions): Promise<RunResult> {
  const { filename, limits } = options;
  const jsFilename = jsFilenameFor(filename);
  const request: RunRequest = {
    filename,
    jsFilename,
    maxOps: limits.maxOps,
    maxRecursion: limits.maxRecursion,
    maxOutputBytes: limits.maxOutputBytes,
    memoryLimitMb: limits.memoryLimitMb,
    maxBytes: limits.maxBytes,
    inputs: options.inputs,
    ...(options.call !== undefined ? { call: options.call } : {}),
  };
  const sink = new OutputSink(limits.maxOutputBytes, options.print);
  const execution = await host.execute(program.js, jsFilename, request, sink.write, limits.timeoutMs);
  if (sink.printError !== null) throw new PrintCallbackFailed(sink.printError.error);
  const base = { stdout: sink.stdout, stderr: sink.stderr };
  const limit = (kind: LimitKind, ops: number): RunResult => ({
    ok: false, value: null, ...base, ops, error: { kind: 'limit', limit: kind, message: limitMessage(kind, limits) },
  });
  const internal = (message: string, ops: number, detail: string | null = null): RunResult => {
    if (detail !== null) reportInternal(options.onInternalError, detail);
    return { ok: false, value: null, ...base, ops, error: { kind: 'internal', message } };
  };

  if (execution.kind === 'disposed') throw new SandboxDisposed();
  if (execution.kind === 'killed') return limit(execution.limit, execution.ops);
  if (execution.kind === 'failed') {
    const what = execution.stage === 'program' ? INTERNAL_MESSAGES.program : INTERNAL_MESSAGES.sandbox;
    return internal(what, execution.ops, `${execution.stage}: ${execution.detail}`);
  }
  let outcome;
  try {
    outcome = checkOutcome(execution.outcome);
  } catch (e) {
    if (e instanceof MalformedOutcome) return internal(INTERNAL_MESSAGES.malformed, 0, e.message);
    throw e;
  }
  // The host's own output count wins over whatever the runtime reports (invariant 1).
  if (sink.overflowed) return limit('output', outcome.ops);
  switch (outcome.status) {
    case 'ok':
      try {
        return { ok: true, value: unmarshal(outcome.value), ...base, ops: outcome.ops, error: null };
      } catch (e) {
        if (e instanceof MarshalError) return internal(`${UNCONVERTIBLE}${sanitizeMessage(e.message)}`, outcome.ops);
        throw e;
      }
    case 'limit':
      return limit(outcome.limit, outcome.ops);
    case 'internal':
      // Only the runtime's one non-bug wording is passed on; anything else gets the fixed text.
      return outcome.result
        ? internal(`${UNCONVERTIBLE}${sanitizeMessage(outcome.message)}`, outcome.ops)
        : internal(INTERNAL_MESSAGES.runtime, outcome.ops, outcome.detail ?? outcome.message);
    case 'exception': {
      const exc = mapException(outcome.error, {
        filename, source: program.source, codeNames: program.codeNames, mapPosition: options.mapPosition,
      });
      return {
        ok: false, value: null, ...base, ops: outcome.ops,
        error: { kind: 'exception', ...exc, traceback: formatTraceback(exc, program.source) },
      };
    }
  }
}

/** The Sandbox was disposed while this run was executing: the run's promise rejects with it. */
export class SandboxDisposed extends Error {
  constructor() {
    super('this Sandbox was disposed during the run');
    this.name = 'SandboxDisposed';
  }
}
