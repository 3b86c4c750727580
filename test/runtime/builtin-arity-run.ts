// Runs the arity matrix (builtin-arity.golden.json, from scripts/update-arity-goldens.mjs) through a
// real Sandbox: many calls per run, each inside try/except printing `@@<index> Type: message`.
// Used by builtin-arity.test.ts.

import { readFileSync } from 'node:fs';
import type { Sandbox } from '../../src/index.js';

export interface Golden {
  python: string;
  prelude: string;
  calls: [string, string][];
}

export interface CallResult {
  index: number;
  call: string;
  expected: string;
  /** 'ok', 'Type: message', or `<internal ...>` / `<limit ...>` / `<refused ...>` / `<missing>` when the call did not report. */
  got: string;
}

const here = new URL('.', import.meta.url).pathname;

export function loadGolden(): Golden {
  return JSON.parse(readFileSync(here + 'builtin-arity.golden.json', 'utf8')) as Golden;
}

const ADDR = /0x[0-9a-f]+/g;

function wrap(call: string, index: number): string {
  return [
    'try:',
    `    ${call}`,
    "    r = 'ok'",
    'except BaseException as e:',
    "    r = type(e).__name__ + ': ' + str(e)",
    `print('@@${index} ' + r)`,
  ].join('\n');
}

/** Runs calls [from, to) in one script; a call that ends the run is reported and the rest re-run. */
export async function runCalls(sandbox: Sandbox, golden: Golden, from: number, to: number,
  onInternal?: (index: number, detail: string) => void): Promise<CallResult[]> {
  const results: CallResult[] = [];
  let start = from;
  while (start < to) {
    const body = [];
    for (let i = start; i < to; i++) body.push(wrap(golden.calls[i]![0], i));
    const source = `${golden.prelude}\n${body.join('\n')}\n`;
    const r = await sandbox.run(source, { filename: 'arity.py' });
    const got = new Map<number, string>();
    for (const line of r.stdout.split('\n')) {
      const m = /^@@(\d+) (.*)$/.exec(line);
      if (m) got.set(Number(m[1]), m[2]!.replace(ADDR, '0x?'));
    }
    let next = to;
    if (r.error !== null && r.error.kind !== 'exception') {
      // the call after the last one reported ended the run
      let last = start - 1;
      for (const k of got.keys()) last = Math.max(last, k);
      const culprit = last + 1;
      if (culprit < to) {
        const e = r.error;
        got.set(culprit, e.kind === 'policy' ? `<refused ${e.message}>` : `<${e.kind} ${e.message}>`);
        if (e.kind === 'internal' && onInternal) onInternal(culprit, '');
        next = culprit + 1;
      }
      if (e_isPolicy(r.error)) {
        // a compile-time refusal names no call: fall back to one call per run
        for (let i = start; i < to; i++) results.push(...await runOne(sandbox, golden, i));
        return results;
      }
    }
    for (let i = start; i < next; i++) {
      results.push({ index: i, call: golden.calls[i]![0], expected: golden.calls[i]![1], got: got.get(i) ?? '<missing>' });
    }
    start = next;
  }
  return results;
}

function e_isPolicy(e: { kind: string } | null): boolean {
  return e !== null && e.kind === 'policy';
}

async function runOne(sandbox: Sandbox, golden: Golden, i: number): Promise<CallResult[]> {
  const r = await sandbox.run(`${golden.prelude}\n${wrap(golden.calls[i]![0], i)}\n`, { filename: 'arity.py' });
  const m = /^@@(\d+) (.*)$/m.exec(r.stdout);
  const got = m ? m[2]!.replace(ADDR, '0x?') : r.error ? `<${r.error.kind} ${r.error.message}>` : '<missing>';
  return [{ index: i, call: golden.calls[i]![0], expected: golden.calls[i]![1], got }];
}
