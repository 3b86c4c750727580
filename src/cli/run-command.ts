// `corral run FILE|-`: the same contract as `python3 FILE`. Script output streams to stdout/stderr
// as it is produced, an uncaught exception prints its CPython-shaped traceback to stderr, and the
// exit status is 0 or 1. Limits, policy violations and internal errors get one `corral:` verdict
// (policy: lint-style diagnostics). All the work is done by the public API.

import { parseArgs } from 'node:util';
import { Sandbox, formatDiagnostic, type Limits, type RunResult } from '../index.js';
import { type Io, UsageError, readScript } from './io.js';

export async function runCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      'max-ops': { type: 'string' },
      memory: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing FILE' : `unexpected argument '${positionals[1]}'`, 'run');
  }
  const limits: Partial<Limits> = {};
  if (values['max-ops'] !== undefined) limits.maxOps = integerFlag('--max-ops', values['max-ops'], 0);
  if (values.memory !== undefined) limits.memoryLimitMb = integerFlag('--memory', values.memory, 8);
  if (values.timeout !== undefined) limits.timeoutMs = integerFlag('--timeout', values.timeout, 1, 2 ** 31 - 1);

  const script = await readScript(io, positionals[0]!);
  const sandbox = new Sandbox({
    limits,
    filename: script.filename,
    print: (text, stream) => (stream === 'stdout' ? io.out(text) : io.err(text)),
  });
  try {
    return report(await sandbox.run(script.source), script, io);
  } finally {
    sandbox.dispose();
  }
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
