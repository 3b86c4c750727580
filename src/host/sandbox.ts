// The Sandbox: the public object that runs scripts. It owns limits, policy, the print sink and one
// IsolateHost (a pool can take its place later without changing this API). `run` compiles a
// source string (or takes a Program from compile()), converts inputs, and executes in a fresh
// context; every way a run can end comes back as a RunResult, never as a thrown script error.
// Only caller mistakes reject: bad inputs (MarshalError), a disposed sandbox, a `print` that throws.

import { compile } from '../pipeline.js';
import { originalPositionFor } from '../codegen/source-map.js';
import type { Limits, Policy, Program, RunResult } from '../types.js';
import { compileFailure } from './compile-errors.js';
import { execute } from './execute.js';
import { IsolateHost } from './isolate-host.js';
import { resolveLimits } from './limits.js';
import { marshalInputs } from './marshal.js';
import { assertNoNodeSnapshot } from './node-flags.js';
import type { PrintFn } from './output.js';
import type { PositionMapper } from './traceback.js';

export interface SandboxOptions {
  limits?: Partial<Limits>;
  policy?: Partial<Policy>;
  /** Called with each piece of output as the script produces it (in addition to RunResult.stdout/stderr). */
  print?: PrintFn;
  /** File name for scripts given as source text. Default `<script>`. */
  filename?: string;
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
  private host: IsolateHost | null;

  constructor(options: SandboxOptions = {}) {
    assertNoNodeSnapshot();
    this.limits = Object.freeze(resolveLimits(options.limits));
    this.policy = { ...options.policy };
    this.print = options.print;
    this.filename = options.filename ?? '<script>';
    this.host = new IsolateHost(this.limits.memoryLimitMb);
  }

  async run(programOrSource: Program | string, options: RunOptions = {}): Promise<RunResult> {
    if (this.host === null) throw new Error('this Sandbox has been disposed');
    const program = typeof programOrSource === 'string'
      ? compile(programOrSource, { filename: options.filename ?? this.filename, policy: this.policy })
      : programOrSource;
    const filename = options.filename ?? program.filename;
    if (!program.ok) {
      return { ok: false, value: null, stdout: '', stderr: '', ops: 0, error: compileFailure(program, filename) };
    }
    const inputs = marshalInputs(options.inputs);
    return execute(this.host, program, {
      filename, inputs, limits: this.limits, print: this.print, mapPosition: positionMapper(program),
    });
  }

  /** Frees the isolate. The sandbox cannot run again afterwards. */
  dispose(): void {
    this.host?.dispose();
    this.host = null;
  }
}

function positionMapper(program: Program): PositionMapper {
  const map = program.sourceMap;
  return map === null ? () => null : (line, column) => originalPositionFor(map, line, column);
}
