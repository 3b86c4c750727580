// End to end through the real runtime, in-process: parse → restrict → generate → run the emitted
// function with the runtime's `$corral.run` (no isolate: that is the host's part). Each
// test/codegen/e2e/<name>.py has <name>.out, its stdout under CPython 3.11.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/pipeline.js';
import type { CorralEntry } from '../../src/runtime/protocol.js';
import '../../src/runtime/index.js';

const dir = fileURLToPath(new URL('./e2e', import.meta.url));
const entry = (globalThis as unknown as { $corral: CorralEntry }).$corral;

describe('generated code on the real runtime', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
    it(file, () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const program = compile(source, { filename: file });
      expect(program.diagnostics).toEqual([]);
      const moduleFn = vm.runInThisContext(program.js, { filename: 'generated.js' }) as unknown;
      let stdout = '';
      const outcome = entry.run(moduleFn, {
        filename: file, jsFilename: 'generated.js', maxOps: 10_000_000, maxRecursion: 1000,
        maxOutputBytes: 1 << 20, inputs: {},
      }, (stream, text) => { if (stream === 1) stdout += text; });
      expect(outcome.status).toBe('ok');
      expect(stdout).toBe(readFileSync(join(dir, file.replace(/\.py$/, '.out')), 'utf8'));
    });
  }

  it('ends a runaway loop with the op limit: no except, finally or __exit__ runs after it', () => {
    const source = [
      'class CM:',
      '    def __enter__(self): return self',
      '    def __exit__(self, *a):',
      "        print('exit')",
      '        return True',
      'try:',
      '    with CM():',
      '        while True:',
      '            pass',
      'except BaseException:',
      "    print('except')",
      'finally:',
      "    print('finally')",
    ].join('\n');
    const program = compile(source, { filename: 'spin.py' });
    expect(program.ok).toBe(true);
    const moduleFn = vm.runInThisContext(program.js, { filename: 'generated.js' }) as unknown;
    let stdout = '';
    const outcome = entry.run(moduleFn, {
      filename: 'spin.py', jsFilename: 'generated.js', maxOps: 10_000, maxRecursion: 1000,
      maxOutputBytes: 1 << 20, inputs: {},
    }, (_stream, text) => { stdout += text; });
    expect(outcome).toMatchObject({ status: 'limit', limit: 'ops' });
    expect(stdout).toBe('');
  });
});
