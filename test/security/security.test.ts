// The adversarial suite: every test/security/CATEGORY/NAME.py is a hostile script whose header says
// how it must end (README.md). Besides its own expectation, every case is checked for leaks of
// JavaScript or host details, for output from code a limit must not let run, for fresh state and
// determinism (each case runs twice in one Sandbox), and for a host that still works afterwards.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/index.js';
import type { Limits, RunResult } from '../../src/index.js';

const root = new URL('.', import.meta.url).pathname;

const SUITE_LIMITS: Partial<Limits> = { maxOps: 2_000_000, timeoutMs: 3000, memoryLimitMb: 64 };

/** Things that must never reach the script's output or the returned error. */
const LEAKS: [string, RegExp][] = [
  ['an [object ...] string', /\[object [A-Z]\w*\]/],
  ['a host path', /(?:\/(?:work|home|tmp|usr|root|opt)\/)|node_modules|[A-Za-z]:\\\\/],
  ['isolated-vm wording', /isolated-vm|\bisolate\b|ivm\b/i],
  ['a JavaScript stack line', /\bat [\w$.<>]+ \(|\.(?:js|mjs|cjs|ts):\d+:\d+/],
  // JS says `x is not defined`; Python says `name 'x' is not defined` (a quote before " is"), and
  // Python quotes a script's own names (`'undefined'`), which are not JS wording.
  ['JavaScript error wording', /is not a function|Cannot read propert|Cannot set propert|undefined is not|[\w$] is not defined|\bRangeError\b|\bReferenceError\b|Maximum call stack|Invalid array length|Invalid string length|(?<!')\bundefined\b(?!')|\bNaN is\b|\[native code\]/],
];

type Expectation =
  | { kind: 'rejected'; code: string }
  | { kind: 'error'; type: string; message: string | null }
  | { kind: 'limit'; limit: string }
  | { kind: 'ok' };

interface Case {
  name: string;
  source: string;
  expect: Expectation;
  limits: Partial<Limits>;
  stdout: string | null;
}

function parseHeader(name: string, source: string): Pick<Case, 'expect' | 'limits'> {
  const expectLine = /^# expect: (.*)$/m.exec(source)?.[1]?.trim();
  if (expectLine === undefined) throw new Error(`${name}: no '# expect:' line`);
  const limits: Partial<Limits> = { ...SUITE_LIMITS };
  const limitsLine = /^# limits: (.*)$/m.exec(source)?.[1];
  for (const pair of limitsLine?.trim().split(/\s+/) ?? []) {
    const [key, value] = pair.split('=');
    (limits as Record<string, number>)[key!] = Number(value);
  }
  const [word, ...rest] = expectLine.split(' ');
  const detail = rest.join(' ');
  switch (word) {
    case 'rejected':
      return { expect: { kind: 'rejected', code: detail }, limits };
    case 'limit':
      return { expect: { kind: 'limit', limit: detail }, limits };
    case 'ok':
      return { expect: { kind: 'ok' }, limits };
    case 'error': {
      const colon = detail.indexOf(': ');
      const type = colon < 0 ? detail : detail.slice(0, colon);
      return { expect: { kind: 'error', type, message: colon < 0 ? null : detail.slice(colon + 2) }, limits };
    }
    default:
      throw new Error(`${name}: unknown expectation '${expectLine}'`);
  }
}

function loadCases(): Map<string, Case[]> {
  const byCategory = new Map<string, Case[]>();
  for (const category of readdirSync(root).sort()) {
    const dir = join(root, category);
    if (!statSync(dir).isDirectory()) continue;
    const cases: Case[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
      const source = readFileSync(join(dir, file), 'utf8');
      const outPath = join(dir, file.replace(/\.py$/, '.out'));
      const name = `${category}/${file}`;
      cases.push({ name, source, ...parseHeader(name, source), stdout: existsSync(outPath) ? readFileSync(outPath, 'utf8') : null });
    }
    byCategory.set(category, cases);
  }
  return byCategory;
}

function describeResult(r: RunResult): string {
  const e = r.error;
  if (e === null) return `ok, stdout ${JSON.stringify(r.stdout.slice(0, 300))}`;
  if (e.kind === 'exception') return `exception ${e.type}: ${e.message}\n${e.traceback}`;
  if (e.kind === 'policy') return `policy ${e.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`;
  if (e.kind === 'limit') return `limit ${e.limit}`;
  return `internal ${e.message}`;
}

function checkExpectation(c: Case, r: RunResult): void {
  const got = describeResult(r);
  const e = r.error;
  switch (c.expect.kind) {
    case 'rejected':
      expect(e?.kind === 'policy' ? e.diagnostics.map((d) => d.code) : [], got).toContain(c.expect.code);
      break;
    case 'error':
      expect(e?.kind === 'exception' ? e.type : null, got).toBe(c.expect.type);
      if (c.expect.message !== null && e?.kind === 'exception') expect(e.message, got).toBe(c.expect.message);
      break;
    case 'limit':
      expect(e?.kind === 'limit' ? e.limit : null, got).toBe(c.expect.limit);
      break;
    case 'ok':
      expect(e, got).toBeNull();
      if (c.stdout !== null) expect(r.stdout, got).toBe(c.stdout);
      break;
  }
}

function checkInvariants(c: Case, r: RunResult): void {
  const got = describeResult(r);
  expect(r.error?.kind, got).not.toBe('internal');
  expect(r.stdout.includes('UNREACHABLE'), `unreachable code ran: ${got}`).toBe(false);
  const e = r.error;
  const texts = [r.stderr, e === null ? '' : e.message, e?.kind === 'exception' ? e.traceback : ''];
  // stdout is the script's own text; it is checked for host details, not for wording it printed itself.
  for (const [what, pattern] of LEAKS) {
    for (const text of texts) expect(pattern.test(text) ? text : '', `${what} leaked: ${got}`).toBe('');
    if (what !== 'JavaScript error wording') expect(pattern.test(r.stdout) ? r.stdout : '', `${what} leaked: ${got}`).toBe('');
  }
}

const categories = loadCases();

describe('adversarial suite', () => {
  it('has at least 120 cases across its categories', () => {
    const total = [...categories.values()].reduce((n, cs) => n + cs.length, 0);
    expect(total).toBeGreaterThanOrEqual(120);
  });
});

for (const [category, cases] of categories) {
  describe(`security: ${category}`, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const sandbox = new Sandbox({ limits: c.limits, filename: 'attack.py' });
        try {
          const first = await sandbox.run(c.source);
          checkExpectation(c, first);
          checkInvariants(c, first);
          const second = await sandbox.run(c.source);
          expect(describeResult(second), 'second run differs: state survived a run').toBe(describeResult(first));
          const nondeterministic = first.error?.kind === 'limit' && (first.error.limit === 'timeout' || first.error.limit === 'memory');
          if (!nondeterministic) expect(second.ops, 'op count differs between runs').toBe(first.ops);
          const after = await sandbox.run('print(6 * 7)');
          expect(after.stdout, describeResult(after)).toBe('42\n');
        } finally {
          sandbox.dispose();
        }
      }, 60_000);
    }
  });
}
