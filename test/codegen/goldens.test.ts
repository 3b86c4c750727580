// Golden tests: each test/codegen/samples/<name>/input.py is compiled and the output compared with
// expected.js next to it. Regenerate with `node scripts/update-codegen-goldens.mjs` (which sets
// CORRAL_UPDATE_GOLDENS=1); a normal run never writes them.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/codegen/index.js';
import { compileOk } from './compile.js';

const dir = fileURLToPath(new URL('./samples', import.meta.url));
const update = process.env.CORRAL_UPDATE_GOLDENS === '1';
const samples = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'input.py'))).sort();

describe('codegen goldens', () => {
  it('has samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of samples) {
    it(name, async () => {
      const source = readFileSync(join(dir, name, 'input.py'), 'utf8');
      const out = await compileOk(source, { filename: 'input.py' } as never);
      expect(verify(out.js)).toEqual([]);
      const expectedFile = join(dir, name, 'expected.js');
      if (update) writeFileSync(expectedFile, out.js + '\n');
      expect(existsSync(expectedFile), `${expectedFile} missing: run scripts/update-codegen-goldens.mjs`).toBe(true);
      expect(out.js + '\n').toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
