#!/usr/bin/env node
// Regenerates test/tracebacks/NAME.stdout and NAME.stderr by running `python3 NAME.py` (CPython
// 3.11, the oracle) with cwd test/tracebacks, exactly as test/tracebacks/tracebacks.test.ts runs
// `corral run NAME.py`. python3 prints the script's absolute path in `File "..."` lines; the golden
// stores it as %DIR% so the checkout can live anywhere. Review the diff before committing.
// Usage: node scripts/update-traceback-goldens.mjs [NAME ...]

import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../test/tracebacks');
const version = spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim();
if (!version.startsWith('Python 3.11.')) {
  console.error(`python3 is ${version || 'missing'}; the goldens come from CPython 3.11`);
  process.exit(1);
}
const wanted = process.argv.slice(2);
const names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3))
  .filter((n) => wanted.length === 0 || wanted.includes(n)).sort();
for (const name of names) {
  const r = spawnSync('python3', [`${name}.py`], { cwd: dir, encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
  const stderr = r.stderr.split(`File "${dir}/`).join('File "%DIR%/');
  writeFileSync(join(dir, `${name}.stdout`), r.stdout);
  writeFileSync(join(dir, `${name}.stderr`), stderr);
  if (r.status !== 1) console.warn(`${name}: python3 exited with ${r.status}, expected an uncaught exception`);
}
console.log(`${names.length} traceback goldens written`);
