// The contract between the host (src/host) and the runtime bundle running inside the isolate.
// Type-only: both sides import it. Everything that crosses is plain data copied by isolated-vm;
// the host trusts none of it (security invariant 1) and re-checks sizes and kinds on arrival.
//
// Sequence for one run:
//   1. host: new context; run the runtime bundle script in it. The bundle defines
//      `globalThis.$corral: CorralEntry` and nothing else on the global object.
//   2. host: run the compiled program script (codegen output, a function expression `(function
//      $module($rt) {...})`) in the same context with `{ reference: true }`.
//   3. host: `$corral.run(moduleFn, request, write, opsCounter)` via applySync with the function
//      reference derefInto()'d, the request copied in, `write` an ivm.Callback and `opsCounter` a
//      SharedArrayBuffer shared with the host. The runtime calls the module function with its ABI
//      object and returns a RunOutcome, copied out.

/** What the host passes to `$corral.run`. */
export interface RunRequest {
  /** The script's file name as tracebacks show it (`script.py`, `<stdin>`). */
  filename: string;
  /** The generated JS's file name inside the isolate; stack frames are filtered to it. */
  jsFilename: string;
  maxOps: number;
  maxRecursion: number;
  maxOutputBytes: number;
  /**
   * The isolate's heap limit in MiB. V8 can abort the whole process on one large allocation near
   * the limit (a big Map/array rehash) before isolated-vm stops the isolate, so the runtime may
   * account large allocations against this and end the run with the 'memory' limit first.
   */
  memoryLimitMb?: number;
  /** The byte budget for one value (Limits.maxBytes): larger results raise MemoryError before allocating. */
  maxBytes?: number;
  /** Input globals, already converted to marshal form by the host (see Marshalled). */
  inputs: Record<string, Marshalled>;
  /**
   * `sandbox.call`: after the module has run to its end without raising, call its global `name`
   * (read as generated code reads a global: the module's binding, else the input, else the builtin,
   * else NameError) with these arguments, converted by the host like inputs (keyword names are
   * Python identifiers). The outcome's value is then the call's return value instead of the last
   * expression's. Plain data only: nothing new is visible to the script.
   */
  call?: { name: string; args: Marshalled[]; kwargs: [string, Marshalled][] };
}

/** The host's output sink: called with (stream, text) as output is flushed. 1 = stdout, 2 = stderr. */
export type WriteCallback = (stream: 1 | 2, text: string) => void;

/**
 * Plain data as it crosses the boundary (both ways). Python values that cannot cross
 * (functions, classes, instances, generators, modules) become `{ $unsupported: typeName }`.
 */
export type Marshalled =
  | null | boolean | number | bigint | string
  | Marshalled[]
  | { $type: 'tuple'; items: Marshalled[] }
  | { $type: 'float'; value: number }
  | { $type: 'dict'; entries: [Marshalled, Marshalled][] }
  | { $type: 'set' | 'frozenset'; items: Marshalled[] }
  | { $type: 'bytes'; data: Uint8Array }
  | { $unsupported: string };

/** One traceback frame as captured inside the isolate, in generated-JS coordinates (1-based). */
export interface RawFrame {
  /** The JS function name: the mangled Python name, `$module`, `$lambda`, `$listcomp`, ... */
  fn: string;
  line: number;
  column: number;
  /**
   * Set when the call at this position failed while looking up the method (`obj.meth(...)` whose
   * `obj.meth` raised): CPython shows the span of the callee, not of the whole call.
   */
  callee?: true;
}

/** A Python exception as it leaves the isolate. */
export interface RaisedException {
  /** Qualified type name as a traceback prints it (`ValueError`, `__main__.MyError` → `MyError` for builtins and script classes as CPython shows). */
  type: string;
  /** str(exc): the message after `Type: `, empty when none. */
  message: string;
  /** Frames from the outermost to the innermost (where it was raised). */
  frames: RawFrame[];
  /** Explicit `raise ... from cause` (printed first, "direct cause"). */
  cause: RaisedException | null;
  /** Implicit context ("During handling of the above exception"), unless suppressed. */
  context: RaisedException | null;
  suppressContext: boolean;
  /** Set for SystemExit and its subclasses: what `python3` does when it reaches the top. */
  exit?: SystemExitInfo;
}

/** SystemExit at the top: exit quietly with `code`, printing `message` (str of a non-int code) first. */
export interface SystemExitInfo {
  code: number;
  message: string | null;
}

export type LimitKind = 'ops' | 'output' | 'memory' | 'timeout' | 'recursion-internal';

export type RunOutcome =
  | { status: 'ok'; value: Marshalled; ops: number }
  | { status: 'exception'; error: RaisedException; ops: number }
  | { status: 'limit'; limit: LimitKind; ops: number }
  /**
   * `cause: 'result'`: the script's value cannot leave the sandbox (a cycle, too deep); `message`
   * says why in Corral's words. Otherwise a runtime bug: `detail` (JS error text and stack) is for
   * the host's opt-in debugging hook only and never reaches a RunResult.
   */
  | { status: 'internal'; message: string; cause?: 'result'; detail?: string; ops: number };

export interface CorralEntry {
  /**
   * `opsCounter`: a SharedArrayBuffer of at least 8 bytes, shared with the host. The runtime keeps
   * the ops used so far in it as a Float64 (refreshed at least once per op slice), so a run killed
   * by the wall clock or the memory limit still reports how far it got.
   */
  run(moduleFn: unknown, request: RunRequest, write: WriteCallback, opsCounter?: unknown): RunOutcome;
}
