// `corral run FILE|-`: the same contract as `python3 FILE`. Script output streams to stdout/stderr
// as it is produced, an uncaught exception prints its CPython-shaped traceback to stderr, and the
// exit status is 0 or 1. Limits, policy violations and internal errors get one `corral:` verdict
// (policy: lint-style diagnostics). All the work is done by the public API.
// `--input JSON` / `--input-file FILE` pass inputs (json-input.ts); `--json` prints the whole
// result as one JSON document instead (json-result.ts), with the same exit status.

import { parseArgs } from 'node:util';
import { Sandbox, formatDiagnostic, type Limits, type RunResult } from '../index.js';
import { type Io, UsageError, readScript } from './io.js';
import { SourceDecodeError } from './decode.js';
import { parseInputs } from './json-input.js';
import { resultJson } from './json-result.js';

export async function runCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      'max-ops': { type: 'string' },
      memory: { type: 'string' },
      timeout: { type: 'string' },
      input: { type: 'string' },
      'input-file': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing FILE' : `unexpected argument '${positionals[1]}'`, 'run');
  }
  const limits: Partial<Limits> = {};
  if (values['max-ops'] !== undefined) limits.maxOps = integerFlag('--max-ops', values['max-ops'], 0);
  if (values.memory !== undefined) limits.memoryLimitMb = integerFlag('--memory', values.memory, 8);
  if (values.timeout !== undefined) limits.timeoutMs = integerFlag('--timeout', values.timeout, 1, 2 ** 31 - 1);

  const file = positionals[0]!;
  const inputs = await readInputs(values.input, values['input-file'], file, io);

  const script = await readScript(io, file);
  const json = values.json === true;
  const sandbox = new Sandbox({
    limits,
    filename: script.filename,
    // With --json the output is only collected: it is printed inside the JSON document.
    ...(json ? {} : { print: (text: string, stream: 'stdout' | 'stderr') => (stream === 'stdout' ? io.out(text) : io.err(text)) }),
  });
  try {
    const result = await sandbox.run(script.source, inputs === undefined ? {} : { inputs });
    if (!json) return report(result, script, io);
    io.out(`${resultJson(result)}\n`);
    return exitStatus(result);
  } finally {
    sandbox.dispose();
  }
}

/** `--input JSON` or `--input-file FILE` (`-`: stdin) → the `inputs` option; usage errors as UsageError. */
async function readInputs(
  text: string | undefined, file: string | undefined, scriptFile: string, io: Io,
): Promise<Record<string, unknown> | undefined> {
  if (text !== undefined && file !== undefined) throw new UsageError('--input and --input-file cannot be used together', 'run');
  if (text !== undefined) return parseInputs(text, '--input');
  if (file === undefined) return undefined;
  if (file === '-' && scriptFile === '-') throw new UsageError('--input-file - and FILE - cannot both read stdin', 'run');
  // readScript: the path as typed in errors (OpenError, python3's wording), stdin for '-', UTF-8 only.
  let source: string;
  try {
    source = (await readScript(io, file)).source;
  } catch (e) {
    if (e instanceof SourceDecodeError) throw new UsageError(`--input-file '${file}' is not UTF-8 text`, 'run');
    throw e;
  }
  return parseInputs(source.replace(/^\uFEFF/, ''), `--input-file '${file}'`);
}

function exitStatus(result: RunResult): number {
  const error = result.error;
  if (error === null) return 0;
  if (error.kind === 'exception' && error.exit) return error.exit.code & 0xff;
  return 1;
}

function report(result: RunResult, script: { source: string; filename: string }, io: Io): number {
  const error = result.error;
  if (error === null) return 0;
  switch (error.kind) {
    case 'exception':
      // An uncaught SystemExit ends quietly, as python3 does: `exit(3)` → status 3, `exit('bye')` → 'bye', 1.
      if (error.exit) {
        if (error.exit.message !== null) io.err(`${error.exit.message}\n`);
        return error.exit.code & 0xff;
      }
      io.err(error.traceback);
      return 1;
    case 'limit':
      io.err(`corral: limit exceeded: ${error.message}\n`);
      return 1;
    case 'policy':
      for (const d of error.diagnostics) io.err(`${formatDiagnostic(d, script.source, script.filename).trimEnd()}\n`);
      return 1;
    case 'internal':
      io.err(`corral: internal error: ${error.message}\n`);
      return 1;
  }
}

function integerFlag(name: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${name} expects an integer ${range}, got '${text}'`, 'run');
  }
  return n;
}
