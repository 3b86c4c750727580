// Regenerates test/runtime/expected.json: runs every case's Python snippet under CPython (python3)
// and records its stdout, plus `Type: message` for an uncaught exception (the last traceback line).
// Run: node test/runtime/gen-expected.mjs. Tests never need python3; they read the checked-in file.

import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wrapper = `
import sys
src = sys.stdin.read()
try:
    exec(compile(src, 'script.py', 'exec'), {'__name__': '__main__'})
except BaseException as e:
    msg = str(e)
    sys.stdout.write(type(e).__name__ + (': ' + msg if msg else '') + '\\n')
`;

const expected = {};
for (const file of readdirSync(join(here, 'cases')).filter((f) => f.endsWith('.cases.mjs')).sort()) {
  const { cases } = await import(join(here, 'cases', file));
  for (const c of cases) {
    const key = `${file.replace('.cases.mjs', '')}: ${c.name}`;
    if (key in expected) throw new Error(`duplicate case ${key}`);
    // A case may state its expectation when Corral deliberately differs from CPython (documented there).
    expected[key] = c.expect ?? execFileSync('python3', ['-c', wrapper], { input: c.py, encoding: 'utf8' });
  }
}
writeFileSync(join(here, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
console.log(`wrote ${Object.keys(expected).length} expectations`);
