// The data that flows between stages and out of the public API, written down in one place.
// parse → (Module, Diagnostic[]) → restrict → (Resolution, Diagnostic[]) → codegen → Program.
// Stage-internal types live with their stage: AST in parser/ast.ts, scopes in restrict/binding.ts,
// the runtime ABI in runtime/abi.ts, the host↔isolate protocol in runtime/protocol.ts.

import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { LimitKind } from './runtime/protocol.js';

export type { Diagnostic, LimitKind };

/** What a script may use. Everything not granted is denied. */
export interface Policy {
  /** Module names a script may import (host modules are added by the host). */
  modules: readonly string[];
  /** Whether `open` is available (set by the host when a file capability is granted). */
  allowOpen: boolean;
}

export interface CompileOptions {
  /** Shown in tracebacks and diagnostics. Default `<script>`. */
  filename?: string;
  policy?: Partial<Policy>;
}

/** A Source Map v3 object. */
export interface SourceMapV3 {
  version: 3;
  file?: string;
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
  /** Corral's extension: the end of each mapped Python span, for traceback markers (codegen/source-map.ts). */
  x_corral_ends?: string;
}

/** The output of compile(): transpiled once, run many times. Immutable. */
export interface Program {
  readonly filename: string;
  readonly source: string;
  /** Generated JavaScript: a function expression `(function $module($rt) { ... })`. Empty when !ok. */
  readonly js: string;
  readonly sourceMap: SourceMapV3 | null;
  /** JS function name → Python code name (`f$` → `f`, `$module` → `<module>`, `$lambda` → `<lambda>`). */
  readonly codeNames: Readonly<Record<string, string>>;
  /** Parse and restrict diagnostics; any error makes the program not runnable. */
  readonly diagnostics: readonly Diagnostic[];
  readonly ok: boolean;
}

export interface Limits {
  /** Op budget: loop iterations, calls and builtin work. Default 200,000,000. */
  maxOps: number;
  /** isolated-vm heap limit in MiB. Default 128. */
  memoryLimitMb: number;
  /** Wall clock for one run in ms. Default 10,000. */
  timeoutMs: number;
  /** Python call depth before RecursionError. Default 1000, as CPython. */
  maxRecursion: number;
  /** Bytes of stdout+stderr a run may produce. Default 10 MiB. */
  maxOutputBytes: number;
  /**
   * The byte budget for one value: a string, bytes, list or int that an operation would build
   * larger than this (estimated before anything is allocated: `'x' * n`, `10 ** n`, `'{:>999999999}'`,
   * `join`, `replace`, ...) raises MemoryError instead. Default: an eighth of memoryLimitMb;
   * at most a quarter of it.
   */
  maxBytes: number;
}

/** One traceback frame, mapped back to the script. */
export interface TracebackFrame {
  filename: string;
  /** 1-based line in the script. */
  line: number;
  /** 1-based column in code points, when known. */
  column: number | null;
  /** Where the failing expression ends, when known: 1-based line and the 1-based code-point column just past it. */
  endLine: number | null;
  endColumn: number | null;
  /** The code name: `<module>`, a function name, `<lambda>`, ... */
  name: string;
}

export interface PyException {
  /** Exception type name, e.g. `ValueError`. */
  type: string;
  message: string;
  frames: TracebackFrame[];
  cause: PyException | null;
  context: PyException | null;
  /** For SystemExit (`exit(3)`, `raise SystemExit('bye')`): the status python3 would exit with, and the text it would print. */
  exit?: { code: number; message: string | null };
}

export type RunError =
  | ({ kind: 'exception'; /** CPython-shaped traceback text, ending in a newline. */ traceback: string } & PyException)
  | { kind: 'limit'; limit: LimitKind; message: string }
  | { kind: 'policy'; message: string; diagnostics: Diagnostic[] }
  | { kind: 'internal'; message: string };

export interface RunResult {
  ok: boolean;
  /** The value of the script's last expression statement as plain data (null when none). */
  value: unknown;
  stdout: string;
  stderr: string;
  /** Ops charged by the run. */
  ops: number;
  error: RunError | null;
}
