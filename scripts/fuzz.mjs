#!/usr/bin/env node
// The long fuzz run (`npm run fuzz -- --minutes 10`), and the tools to reproduce and shrink a finding.
// See docs/fuzzing.md. Workers run the built library (dist/), so build first (`npm run fuzz` does).
//
//   node scripts/fuzz.mjs [--minutes M | --cases N] [--seed S] [--from I] [--workers W]
//   node scripts/fuzz.mjs --seed S --case I [--print]     rerun (or print) one case
//   node scripts/fuzz.mjs --file x.py [--minimize]         run a file through the checks; shrink it

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCase } from '../test/fuzz/cases.mjs';
import { FUZZ_LIMITS, FuzzWorker, fuzz, minimize } from '../test/fuzz/harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FINDINGS = join(ROOT, 'test/fuzz/findings');
/** Findings with the same kind and the same normalised detail are one bug; keep a few of each. */
const KEEP_PER_SIGNATURE = 3;

const { values: opts } = parseArgs({
  options: {
    minutes: { type: 'string' }, cases: { type: 'string' }, seed: { type: 'string' }, from: { type: 'string' },
    workers: { type: 'string' }, case: { type: 'string' }, print: { type: 'boolean' }, file: { type: 'string' },
    minimize: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  },
});

if (opts.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 8).join('\n').replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}

const seed = opts.seed !== undefined ? Number(opts.seed) : Math.floor(Math.random() * 2 ** 31);

/** @param {string} detail */
function signature(kind, detail) {
  return `${kind}: ${detail.replace(/\n */g, ' | ').replace(/run \d:? ?/g, '').replace(/UNREACHABLE_\d+/g, 'UNREACHABLE_n').replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 200)}`;
}

/** @param {string} text */
function comment(text) {
  return text.split('\n').map((l) => `#   ${l}`).join('\n');
}

/** @param {{ kind: string, detail: string }[]} problems */
function report(problems) {
  for (const p of problems) console.log(`  ${p.kind}: ${p.detail.split('\n').join('\n    ')}`);
}

/** Does `source` still show a problem of this kind? @param {FuzzWorker} worker @param {string} kind */
function sameKind(worker, kind) {
  return async (/** @type {string} */ source) => (await worker.run(source)).problems.some((p) => p.kind === kind);
}

if (opts.file !== undefined || opts.case !== undefined) {
  // One case: from a file or regenerated from (seed, index).
  const c = opts.file !== undefined ? null : makeCase(seed, Number(opts.case));
  const source = c ? c.source : readFileSync(/** @type {string} */ (opts.file), 'utf8');
  if (opts.print) {
    process.stdout.write(source);
    process.exit(0);
  }
  const worker = new FuzzWorker();
  const r = await worker.run(source);
  console.log(`${c ? `seed ${seed} case ${c.index} (${c.generator} ${c.origin})` : opts.file}: ${r.outcome}, ${r.ops} ops, ${r.ms} ms, ${r.problems.length} problem(s)`);
  report(r.problems);
  if (opts.minimize && r.problems.length > 0) {
    const kind = /** @type {string} */ (r.problems[0]?.kind);
    const small = await minimize(source, sameKind(worker, kind));
    const out = opts.out ?? (opts.file ? String(opts.file).replace(/\.py$/, '') + '.min.py' : join(FINDINGS, `${kind}-${seed}-${opts.case}.min.py`));
    writeFileSync(out, small.endsWith('\n') ? small : `${small}\n`);
    console.log(`minimised to ${small.split('\n').length} lines (still ${kind}): ${relative(process.cwd(), out)}`);
  }
  worker.kill();
  process.exit(r.problems.length > 0 ? 1 : 0);
}

const minutes = opts.minutes !== undefined ? Number(opts.minutes) : opts.cases !== undefined ? Infinity : 1;
const count = opts.cases !== undefined ? Number(opts.cases) : Infinity;
const workers = opts.workers !== undefined ? Number(opts.workers) : 2;
const from = opts.from !== undefined ? Number(opts.from) : 0;
const started = Date.now();
const deadline = started + minutes * 60_000;
console.log(`fuzz: seed ${seed}, ${Number.isFinite(minutes) ? `${minutes} min` : `${count} cases`}, ${workers} workers, limits ${JSON.stringify(FUZZ_LIMITS)}`);

/** @type {Map<string, number>} */
const seen = new Map();
let done = 0;
let saved = 0;
let slowest = { ms: 0, index: -1 };
/** @type {Record<string, number>} */
const byGenerator = {};
mkdirSync(FINDINGS, { recursive: true });

const progress = setInterval(() => {
  const s = (Date.now() - started) / 1000;
  console.log(`  ${s.toFixed(0)} s: ${done} cases (${(done / s).toFixed(1)}/s), ${seen.size} distinct finding(s)`);
}, 15_000);

const { findings, outcomes, ran } = await fuzz({
  seed, count, from, deadline, workers,
  onResult(c, r) {
    done++;
    byGenerator[c.generator] = (byGenerator[c.generator] ?? 0) + 1;
    if (r.ms > slowest.ms) slowest = { ms: r.ms, index: c.index };
    for (const p of r.problems) {
      const sig = signature(p.kind, p.detail);
      const n = seen.get(sig) ?? 0;
      seen.set(sig, n + 1);
      if (n === 0) console.log(`  NEW ${p.kind} at case ${c.index} (${c.generator} ${c.origin}): ${p.detail.split('\n').slice(0, 2).join(' | ').slice(0, 240)}`);
      if (n >= KEEP_PER_SIGNATURE) continue;
      const file = join(FINDINGS, `${p.kind}-${seed}-${c.index}.py`);
      const header = [
        `# fuzz finding: ${p.kind}`,
        `# seed ${seed} case ${c.index} (${c.generator}: ${c.origin}), limits ${JSON.stringify(FUZZ_LIMITS)}`,
        '# observed:',
        comment(p.detail),
        `# reproduce: node --no-node-snapshot scripts/fuzz.mjs --seed ${seed} --case ${c.index}   (or --file this file)`,
      ].join('\n');
      writeFileSync(file, `${header}\n${c.source}`);
      saved++;
    }
  },
});
clearInterval(progress);

const secs = (Date.now() - started) / 1000;
console.log(`\nfuzz: seed ${seed}: ${ran} cases in ${secs.toFixed(0)} s (${JSON.stringify(byGenerator)}), slowest case ${slowest.index} (${slowest.ms} ms)`);
console.log(`outcomes: ${Object.entries(outcomes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (findings.length === 0) {
  console.log('no findings');
} else {
  console.log(`${findings.length} finding(s), ${seen.size} distinct, ${saved} saved under ${relative(process.cwd(), FINDINGS)}:`);
  for (const [sig, n] of [...seen].sort((a, b) => b[1] - a[1])) console.log(`  ${n}x ${sig}`);
}
process.exit(findings.length > 0 ? 1 : 0);
