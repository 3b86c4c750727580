// Runs every case in test/runtime/cases/*.cases.mjs through the runtime bundle and compares the
// output with CPython's, recorded in expected.json by gen-expected.mjs.

import { describe, test, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runModule, mod } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const expected: Record<string, string> = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8'));

function actual(js: string): string {
  const r = runModule(mod(js));
  const o = r.outcome;
  if (o.status === 'ok') return r.stdout;
  if (o.status === 'exception') return r.stdout + o.error.type + (o.error.message ? `: ${o.error.message}` : '') + '\n';
  return r.stdout + `<${o.status}: ${JSON.stringify(o)}>\n`;
}

for (const file of readdirSync(join(here, 'cases')).filter((f) => f.endsWith('.cases.mjs')).sort()) {
  const area = file.replace('.cases.mjs', '');
  const { cases } = (await import(join(here, 'cases', file))) as { cases: { name: string; py: string; js: string }[] };
  describe(area, () => {
    for (const c of cases) {
      test(c.name, () => {
        const key = `${area}: ${c.name}`;
        expect(expected[key], `no expectation for ${key}: run node test/runtime/gen-expected.mjs`).toBeDefined();
        expect(actual(c.js)).toBe(expected[key]);
      });
    }
  });
}
