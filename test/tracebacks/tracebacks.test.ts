// Uncaught-exception tracebacks compared byte for byte with CPython 3.11: every NAME.py here runs as
// `corral run NAME.py` (cwd test/tracebacks) and must print NAME.stdout and NAME.stderr, which
// scripts/update-traceback-goldens.mjs took from `python3 NAME.py` (%DIR% stands for this folder's
// absolute path, which python3 prints in `File "..."` lines and so does corral).

import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBuilt, corral } from '../cli/cli-helpers.js';

const dir = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

beforeAll(() => assertBuilt());

describe('tracebacks as CPython 3.11 prints them', () => {
  it('has a golden pair for every script', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of names) {
    it(name, () => {
      const stdout = readFileSync(join(dir, `${name}.stdout`), 'utf8');
      const stderr = readFileSync(join(dir, `${name}.stderr`), 'utf8').split('File "%DIR%/').join(`File "${dir}/`);
      const r = corral(['run', `${name}.py`], { cwd: dir });
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status: 1 });
    });
  }
});
