// Uncaught-exception tracebacks compared byte for byte with CPython 3.11: every NAME.py here runs as
// `corral run NAME.py` (cwd test/tracebacks) and must print NAME.stdout and NAME.stderr, which
// scripts/update-traceback-goldens.mjs took from `python3 NAME.py` (%DIR% stands for this folder's
// absolute path, which python3 prints in `File "..."` lines; corral prints the path as typed, so
// the script never shows the host its own absolute path: docs/limitations/tracebacks.md).

import { beforeAll, describe, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, assertBuilt } from '../cli/cli-helpers.js';

const dir = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

beforeAll(() => assertBuilt());

/** `node bin/corral.js run NAME.py` without blocking, so the scripts run a few at a time. */
function run(name: string): Promise<{ stdout: string; stderr: string; status: number | null }> {
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'run', `${name}.py`], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err && typeof err.code === 'number' ? err.code : err ? null : 0;
      resolve({ stdout, stderr, status: code });
    });
  });
}

describe.concurrent('tracebacks as CPython 3.11 prints them', () => {
  it('has a golden pair for every script', ({ expect }) => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of names) {
    it(name, async ({ expect }) => {
      const stdout = readFileSync(join(dir, `${name}.stdout`), 'utf8');
      const stderr = readFileSync(join(dir, `${name}.stderr`), 'utf8').split('File "%DIR%/').join('File "');
      const r = await run(name);
      expect(r).toEqual({ stdout, stderr, status: 1 });
    });
  }
});
