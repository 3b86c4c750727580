#!/usr/bin/env node
// Regenerates the conformance expectations from CPython, the semantic oracle.
// For every test/conformance/NAME.py: NAME.out = stdout of `python3 NAME.py`; NAME.err = the last
// line of stderr when it exits non-zero (stale .err files are deleted). Also regenerates
// examples/tour.out. Run by hand (`npm run conformance:update`); CI never runs it, tests only read.

import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const confDir = join(root, 'test', 'conformance');
const python = process.env.PYTHON ?? 'python3';
const TIMEOUT_MS = 30_000;

/** Runs one script under CPython the same way for every file: cwd = its folder, fixed hash seed. */
function runPython(dir, file) {
  const r = spawnSync(python, [file], {
    cwd: dir,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  });
  if (r.error) throw new Error(`${file}: ${r.error.message}`);
  if (r.status === null) throw new Error(`${file}: killed by ${r.signal} (timeout?)`);
  return r;
}

/** The oracle is CPython 3.11: other versions word some messages differently (3.12 adds notes, 3.10 lacks some). */
function checkPythonVersion() {
  const r = spawnSync(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`cannot run ${python}: ${r.error?.message ?? r.stderr}`);
  const version = r.stdout.trim();
  if (version !== '3.11' && !process.env.CORRAL_ANY_PYTHON) {
    throw new Error(`${python} is ${version}; expectations come from CPython 3.11 (set CORRAL_ANY_PYTHON=1 to override)`);
  }
}

function lastLine(text) {
  const lines = text.split('\n').filter((l) => l.length > 0);
  return lines.length ? lines[lines.length - 1] : '';
}

checkPythonVersion();
let written = 0;
let failing = 0;
const pyFiles = readdirSync(confDir).filter((f) => f.endsWith('.py')).sort();
for (const file of pyFiles) {
  const base = file.slice(0, -3);
  const r = runPython(confDir, file);
  writeFileSync(join(confDir, `${base}.out`), r.stdout);
  const errPath = join(confDir, `${base}.err`);
  if (r.status !== 0) {
    writeFileSync(errPath, lastLine(r.stderr) + '\n');
    failing++;
  } else if (existsSync(errPath)) {
    unlinkSync(errPath);
  }
  written++;
}

// Orphan expectations (a .out/.err whose .py was deleted) would fail the meta-test; remove them.
const pySet = new Set(pyFiles.map((f) => f.slice(0, -3)));
for (const f of readdirSync(confDir)) {
  const m = /^(.*)\.(out|err)$/.exec(f);
  if (m && !pySet.has(m[1])) {
    unlinkSync(join(confDir, f));
    console.log(`removed orphan ${f}`);
  }
}

const examplesDir = join(root, 'examples');
const tour = runPython(examplesDir, 'tour.py');
if (tour.status !== 0) throw new Error(`examples/tour.py exited ${tour.status}:\n${tour.stderr}`);
writeFileSync(join(examplesDir, 'tour.out'), tour.stdout);

console.log(`conformance: ${written} programs (${failing} end in an uncaught exception); examples/tour.out updated`);
