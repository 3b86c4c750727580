// Conformance: every test/conformance/NAME.py runs through the Corral CLI and must print exactly
// what CPython printed (NAME.out, byte for byte). When CPython ended in an uncaught exception,
// NAME.err holds the last traceback line and Corral must exit 1 with the same last stderr line;
// otherwise Corral must exit 0 with nothing on stderr. Expectations come from
// `npm run conformance:update`; this file only reads them.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformanceDir, createLimiter, lastLine, repoRoot, runCli } from './harness.js';

const files = readdirSync(conformanceDir);
const programs = files.filter((f) => f.endsWith('.py')).sort();

// Each run is a Node start-up plus an isolate; a few in parallel keeps the suite quick without
// starving the other test files on small machines.
const limit = createLimiter(Math.max(2, Math.min(4, availableParallelism())));
const PER_TEST_TIMEOUT_MS = 180_000; // includes time spent waiting for the limiter

describe('conformance corpus', () => {
  it('has a CPython expectation for every program and no orphans', () => {
    expect(programs.length).toBeGreaterThanOrEqual(70);
    // area__topic.py: the area groups failures in a report at a glance.
    expect(programs.filter((f) => !/^[a-z]+__[a-z0-9_]+\.py$/.test(f))).toEqual([]);
    const names = new Set(programs.map((f) => f.slice(0, -3)));
    const missingOut = [...names].filter((n) => !files.includes(`${n}.out`));
    expect(missingOut).toEqual([]);
    const orphans = files.filter((f) => /\.(out|err)$/.test(f) && !names.has(f.replace(/\.(out|err)$/, '')));
    expect(orphans).toEqual([]);
    for (const f of files.filter((f) => f.endsWith('.err'))) {
      const text = readFileSync(join(conformanceDir, f), 'utf8');
      expect(text, f).toMatch(/^[A-Za-z_][\w.]*(: .*)?\n$/);
    }
  });
});

describe.concurrent('conformance: corral run matches CPython', () => {
  for (const file of programs) {
    const base = file.slice(0, -3);
    it(
      file,
      async () => {
        const expectedOut = readFileSync(join(conformanceDir, `${base}.out`), 'utf8');
        const errPath = join(conformanceDir, `${base}.err`);
        const expectedErr = existsSync(errPath) ? readFileSync(errPath, 'utf8').replace(/\n$/, '') : null;
        const r = await limit(() => runCli(file, conformanceDir));
        // Name the stderr tail in the failure so a compile error or crash is visible at once.
        const context = `exit ${r.code ?? r.signal}; stderr tail:\n${r.stderr.split('\n').slice(-6).join('\n')}`;
        expect(r.stdout, context).toBe(expectedOut);
        if (expectedErr === null) {
          expect(r.stderr, context).toBe('');
          expect(r.code, context).toBe(0);
        } else {
          expect(lastLine(r.stderr), context).toBe(expectedErr);
          expect(r.code, context).toBe(1);
        }
      },
      PER_TEST_TIMEOUT_MS,
    );
  }
});

describe('examples', () => {
  it('examples/tour.py prints examples/tour.out and exits 0', async () => {
    const expected = readFileSync(join(repoRoot, 'examples', 'tour.out'), 'utf8');
    const r = await runCli('examples/tour.py', repoRoot);
    const context = `exit ${r.code ?? r.signal}; stderr tail:\n${r.stderr.split('\n').slice(-6).join('\n')}`;
    expect(r.stdout, context).toBe(expected);
    expect(r.stderr, context).toBe('');
    expect(r.code, context).toBe(0);
  }, PER_TEST_TIMEOUT_MS);
});
