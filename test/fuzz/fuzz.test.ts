// The fuzz harness in CI: unit tests of its parts (PRNG, generators, checks, crash and hang
// detection) and a short fixed-seed run that must have no findings. The long run is
// `npm run fuzz -- --minutes 10` (docs/fuzzing.md). Workers run the built library, dist/.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { makeCase, loadCorpus } from './cases.mjs';
import { checkRuns, findLeaks } from './checks.mjs';
import { generateProgram } from './grammar.mjs';
import { FuzzWorker, fuzz, minimize } from './harness.mjs';
import { mutate } from './mutate.mjs';
import { Rng } from './rng.mjs';

const CI_SEED = 20261121;
const CI_CASES = 200;

function result(stdout: string, error: unknown = null, ops = 10) {
  return { ok: error === null, value: null, stdout, stderr: '', ops, error };
}

describe('fuzz: PRNG', () => {
  it('is deterministic per (seed, stream) and differs across streams and seeds', () => {
    const draw = (seed: number, stream: number) => { const r = new Rng(seed, stream); return Array.from({ length: 8 }, () => r.next()); };
    expect(draw(1, 5)).toEqual(draw(1, 5));
    expect(draw(1, 5)).not.toEqual(draw(1, 6));
    expect(draw(1, 5)).not.toEqual(draw(2, 5));
  });

  it('int(n) stays in range and covers it', () => {
    const r = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const v = r.int(7);
      expect(v >= 0 && v < 7 && Number.isInteger(v)).toBe(true);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
  });
});

describe('fuzz: generators', () => {
  it('a case is a pure function of (seed, index)', () => {
    for (const i of [0, 1, 2, 3, 17]) expect(makeCase(9, i).source).toBe(makeCase(9, i).source);
    expect(makeCase(9, 0).source).not.toBe(makeCase(9, 1).source);
  });

  it('grammar programs mostly compile, and use the constructs the fuzzer is for', () => {
    const N = 100;
    let ok = 0;
    let syntaxErrors = 0;
    const all: string[] = [];
    for (let i = 0; i < N; i++) {
      const source = generateProgram(new Rng(CI_SEED, i));
      all.push(source);
      const program = compile(source, { filename: 'fuzz.py' });
      if (program.ok) ok++;
      if (program.diagnostics.some((d) => d.code === 'E100' || d.code === 'E104')) syntaxErrors++;
      expect(program.diagnostics.filter((d) => d.code === 'E300'), source).toEqual([]);
    }
    expect(ok / N).toBeGreaterThan(0.6);
    expect(syntaxErrors / N).toBeLessThan(0.1);
    const text = all.join('\n');
    for (const construct of ['UNREACHABLE_', 'match ', 'yield', 'class ', 'getattr(', 'with ', 'finally:', 'lambda', "f'", '.format(', 'nonlocal', ' := ']) {
      expect(text, construct).toContain(construct);
    }
  });

  it('mutations change the program and leave it mostly parseable', () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThan(200);
    let changed = 0;
    let ok = 0;
    for (let i = 0; i < 100; i++) {
      const rng = new Rng(CI_SEED, i);
      const file = rng.pick(corpus);
      const source = mutate(rng, file.source);
      if (source !== file.source) changed++;
      if (compile(source).ok) ok++;
    }
    expect(changed).toBeGreaterThan(90);
    expect(ok).toBeGreaterThan(30);
  });
});

describe('fuzz: checks', () => {
  const ok42 = result('42\n');

  it('flags JavaScript and host details the script did not write itself', () => {
    expect(findLeaks('x [object Object] y', 'print(x)', 'stdout')).toHaveLength(1);
    expect(findLeaks("TypeError: f is not a function", 'f()', 'message')).toHaveLength(1);
    expect(findLeaks('  at foo (/work/main/dist/x.js:1:2)', '', 'traceback').length).toBeGreaterThan(0);
    expect(findLeaks('[object Object]', "print('[object Object]')", 'stdout')).toEqual([]);
    expect(findLeaks("name 'x' is not defined", 'x', 'message')).toEqual([]);
    // A name the script built at run time is quoted by Python's message; a repr's address is no stack line.
    expect(findLeaks("'str' object has no attribute 'undefined'", "getattr(s, 'undef' + 'ined')", 'message')).toEqual([]);
    expect(findLeaks("'undefined' object is not callable", 'f()', 'message')).toHaveLength(1);
    expect(findLeaks('<__main__.Obj object at 0x7f0000001030> (1,)', 'print(o, t)', 'stdout')).toEqual([]);
    expect(findLeaks('    at Object.<anonymous> (corral:///runtime.js:1:2)', '', 'message').length).toBeGreaterThan(0);
    // Seed 3003's false positives: a path the script built and printed, its own source line echoed
    // in a traceback (a '#' inside an f-string spec must not hide it), a NameError message in stdout.
    expect(findLeaks('/home/bob/docs', 'root / "home" / "bob"', 'run 1 stdout')).toEqual([]);
    expect(findLeaks(`${process.cwd()}/x.py`, '', 'run 1 stdout')).toHaveLength(1);
    expect(findLeaks("    x = f'{n:#}{bs.undefined:e}'\nAttributeError: x", "x = f'{n:#}{bs.undefined:e}'", 'run 1 traceback')).toEqual([]);
    expect(findLeaks("  rollback (NameError: name 'q' is not defined)", 'print(e)', 'run 1 stdout')).toEqual([]);
    expect(findLeaks('ReferenceError: q is not defined', 'q', 'run 1 message').length).toBeGreaterThan(0);
    // The header comment of a saved finding does not hide the leak it reports.
    expect(findLeaks('undefined', '# observed: undefined\nprint(x)', 'stdout')).toHaveLength(1);
  });

  it('flags unreachable output, internal errors, a second run that differs and an unresponsive sandbox', () => {
    const clean = result('hi\n');
    expect(checkRuns('print(1)', clean, clean, ok42)).toEqual([]);
    const kinds = (first: unknown, second: unknown, after = ok42) => checkRuns('s', first, second, after).map((p) => p.kind);
    expect(kinds(result('UNREACHABLE_3\n'), result('UNREACHABLE_3\n'))).toEqual(['unreachable']);
    const internal = result('', { kind: 'internal', message: 'boom' });
    expect(kinds(internal, internal)).toEqual(['internal']);
    expect(kinds(result('1\n'), result('2\n'))).toEqual(['nondeterministic']);
    expect(kinds(result('1\n', null, 5), result('1\n', null, 6))).toEqual(['nondeterministic']);
    const timeout = (out: string) => result(out, { kind: 'limit', limit: 'timeout', message: 'time limit of 2000 ms exceeded' }, 0);
    expect(kinds(timeout('a'), timeout('ab'))).toEqual([]);
    expect(kinds(clean, clean, result(''))).toEqual(['unresponsive']);
  });
});

describe('fuzz: harness', () => {
  const fake = fileURLToPath(new URL('./fake-worker.mjs', import.meta.url));

  it('reports a worker that hangs, aborts or exits as a finding, and carries on with a new worker', async () => {
    const w = new FuzzWorker({ timeoutMs: 200 }, { workerPath: fake, graceMs: 500 });
    try {
      expect((await w.run('fine')).problems).toEqual([]);
      const hang = await w.run('hang');
      expect(hang.problems.map((p) => p.kind)).toEqual(['hang']);
      expect(hang.ms).toBeLessThan(20_000);
      const crash = await w.run('crash');
      expect(crash.problems.map((p) => p.kind)).toEqual(['crash']);
      expect(crash.problems[0]?.detail).toContain('SIGABRT');
      expect((await w.run('exit')).problems[0]?.detail).toContain('exit code 3');
      expect((await w.run('fine')).problems).toEqual([]);
    } finally {
      w.kill();
    }
  }, 60_000);

  it('minimize keeps only the lines the finding needs', async () => {
    const source = ['a = 1', 'b = 2', 'print(UNREACHABLE)', 'c = 3', 'd = 4'].join('\n');
    expect(await minimize(source, async (s) => s.includes('UNREACHABLE'))).toBe('print(UNREACHABLE)');
  });
});

describe('fuzz: short fixed-seed run', () => {
  it(`${CI_CASES} cases of seed ${CI_SEED} have no findings`, async () => {
    expect(existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url))), 'build first: npm run build').toBe(true);
    const started = Date.now();
    const { findings, outcomes, ran } = await fuzz({ seed: CI_SEED, count: CI_CASES, workers: 2 });
    const report = findings.map((f) => `${f.kind} (reproduce: node scripts/fuzz.mjs --seed ${CI_SEED} --case ${f.case.index}): ${f.detail}`);
    expect(report).toEqual([]);
    expect(ran).toBe(CI_CASES);
    // The run did run things: normal ends, Python exceptions and limit verdicts all occur.
    expect(outcomes.ok ?? 0).toBeGreaterThan(10);
    expect(Object.keys(outcomes).filter((k) => k.startsWith('exception ')).length).toBeGreaterThan(3);
    expect(Object.keys(outcomes).some((k) => k.startsWith('limit '))).toBe(true);
    console.log(`fuzz CI run: ${ran} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 180_000);
});
