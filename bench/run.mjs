#!/usr/bin/env node
// Benchmarks Corral against CPython and against hand-written JavaScript in the same kind of
// isolate. For each bench/programs/NAME.py (with its twin NAME.js) it runs interleaved rounds of
// the three engines, checks that they print the same checksum line, and prints median times, the
// ratios Corral/CPython and Corral/JS, and their geometric means. See bench/README.md.
//
//   node --no-node-snapshot bench/run.mjs [--rounds N] [--only name[,name]]

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCorralRunner, createJsRunner, pythonAvailable, readProgram, runPython } from './lib/runners.mjs';
import { fmtMs, fmtRatio, geomean, median, table } from './lib/stats.mjs';

// isolated-vm needs --no-node-snapshot on Node 20+; re-run ourselves with it rather than crash.
if (!process.execArgv.includes('--no-node-snapshot')) {
  const r = spawnSync(process.execPath, ['--no-node-snapshot', ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}

const here = dirname(fileURLToPath(import.meta.url));
const programsDir = join(here, 'programs');

function parseArgs(argv) {
  const opts = { rounds: 5, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--rounds' || a.startsWith('--rounds=')) opts.rounds = Number(value());
    else if (a === '--only' || a.startsWith('--only=')) opts.only = value().split(',');
    else if (a === '--help' || a === '-h') {
      console.log('usage: node --no-node-snapshot bench/run.mjs [--rounds N] [--only name[,name]]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.rounds) || opts.rounds < 1) throw new Error('--rounds must be a positive integer');
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
let names = readdirSync(programsDir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
if (opts.only) {
  const unknown = opts.only.filter((n) => !names.includes(n));
  if (unknown.length) throw new Error(`unknown benchmark(s): ${unknown.join(', ')} (have: ${names.join(', ')})`);
  names = names.filter((n) => opts.only.includes(n));
}

const pyVersion = pythonAvailable();
console.log(`node ${process.version}, ${pyVersion ?? 'python3 not found (CPython column skipped)'}, ${opts.rounds} rounds`);

const corral = await createCorralRunner();
const js = await createJsRunner();
const results = [];
let mismatches = 0;

for (const name of names) {
  const pyPath = join(programsDir, `${name}.py`);
  const pySource = readProgram(pyPath);
  const jsSource = readProgram(join(programsDir, `${name}.js`));
  const times = { corral: [], cpython: [], js: [] };
  const errors = {};
  const outputs = {};
  let ops = null;
  const engines = {
    corral: () => corral.run(pySource, `${name}.py`),
    cpython: async () => (pyVersion ? runPython(pyPath) : { error: 'python3 not found' }),
    js: () => js.run(jsSource, `${name}.js`),
  };
  const order = Object.keys(engines);
  for (let round = 0; round < opts.rounds; round++) {
    // Rotate the order each round so no engine always runs right after another's garbage.
    for (let k = 0; k < order.length; k++) {
      const engine = order[(k + round) % order.length];
      if (errors[engine]) continue; // a program that failed once fails every time; don't wait for it
      const r = await engines[engine]();
      if (r.error) {
        errors[engine] = r.error;
        continue;
      }
      times[engine].push(r.ms);
      outputs[engine] ??= r.out;
      if (engine === 'corral') ops = r.ops ?? ops;
    }
  }
  const distinct = new Set(Object.values(outputs).map((o) => o.trimEnd()));
  const check = distinct.size <= 1 ? (Object.keys(outputs).length > 1 ? 'same' : 'n/a') : 'MISMATCH';
  if (check === 'MISMATCH') {
    mismatches++;
    for (const [engine, out] of Object.entries(outputs)) console.log(`  ${name} ${engine}: ${out.trimEnd()}`);
  }
  const med = { corral: median(times.corral), cpython: median(times.cpython), js: median(times.js) };
  const row = {
    name,
    med,
    ops,
    check,
    errors,
    vsPython: med.corral !== null && med.cpython !== null ? med.corral / med.cpython : null,
    vsJs: med.corral !== null && med.js !== null ? med.corral / med.js : null,
    checksum: (outputs.cpython ?? outputs.js ?? outputs.corral ?? '').trimEnd(),
  };
  results.push(row);
  console.log(`${name}: corral ${fmtMs(med.corral)} ms, cpython ${fmtMs(med.cpython)} ms, js ${fmtMs(med.js)} ms  [${check}] ${row.checksum}`);
}

corral.dispose();
js.dispose();

console.log();
const header = ['benchmark', 'corral ms', 'cpython ms', 'js ms', 'corral/cpython', 'corral/js', 'corral ops', 'output'];
const rows = results.map((r) => [
  r.name,
  fmtMs(r.med.corral),
  fmtMs(r.med.cpython),
  fmtMs(r.med.js),
  fmtRatio(r.vsPython),
  fmtRatio(r.vsJs),
  r.ops === null ? 'n/a' : r.ops.toLocaleString('en-US'),
  r.check,
]);
rows.push(['geomean', '', '', '', fmtRatio(geomean(results.map((r) => r.vsPython))), fmtRatio(geomean(results.map((r) => r.vsJs))), '', '']);
console.log(table(header, rows));
console.log('(median of rounds; ratio < 1 means Corral is faster)');

const failed = results.filter((r) => Object.keys(r.errors).length);
if (failed.length) {
  // Group identical errors (e.g. "dist/ not built" for every benchmark) into one line.
  const byError = new Map();
  for (const r of failed) {
    for (const [engine, e] of Object.entries(r.errors)) {
      const key = `${engine}: ${e}`;
      byError.set(key, [...(byError.get(key) ?? []), r.name]);
    }
  }
  console.log('\nnot measured:');
  for (const [key, benches] of byError) console.log(`  ${benches.join(', ')} / ${key}`);
}
if (mismatches) {
  console.log(`\n${mismatches} benchmark(s) printed different output across engines`);
  process.exitCode = 1;
}
