// Policy rules, one test table per rule: test/restrict/rules/<rule-name>.py holds chunks of
// accepted and refused code; `### E200` at the end of a line expects that diagnostic there (a
// code once per expected diagnostic). Every diagnostic restrict() reports must be expected, and
// every expectation met. A chunk may open with `# policy: {json}` to change the test policy.

import { describe, expect, it } from 'vitest';
import { restrict } from '../../src/restrict/index.js';
import { RULES } from '../../src/restrict/rules/index.js';
import { LineIndex } from '../../src/diagnostics/line-index.js';
import type { Policy } from '../../src/types.js';
import { loadGolden } from './golden-cases.js';

const basePolicy: Policy = { modules: ['math', 'json', 're'], allowOpen: false };

function chunkPolicy(source: string): Policy {
  const match = /^# policy: (.*)$/m.exec(source);
  return match ? { ...basePolicy, ...(JSON.parse(match[1]!) as Partial<Policy>) } : basePolicy;
}

function expected(source: string): string[] {
  const out: string[] = [];
  source.split('\n').forEach((line, i) => {
    const marker = line.split('###')[1];
    if (marker) for (const code of marker.trim().split(/\s+/)) out.push(`${i + 1}:${code}`);
  });
  return out.sort();
}

for (const rule of RULES) {
  describe(`rule ${rule.name} (${rule.code})`, () => {
    for (const [i, item] of loadGolden('rules', rule.name).entries()) {
      it(`chunk ${i}: ${item.source.split('\n')[0]}`, () => {
        const { diagnostics } = restrict(item.ast, { policy: chunkPolicy(item.source), source: item.source });
        const lines = new LineIndex(item.source);
        const got = diagnostics.map((d) => `${lines.position(d.span.start).line}:${d.code}`).sort();
        expect(got, diagnostics.map((d) => d.message).join('\n')).toEqual(expected(item.source));
        for (const d of diagnostics.filter((d) => d.data?.pyType === undefined)) { // CPython SyntaxErrors keep CPython's exact text
          expect(d.message).toContain(`[${RULE_NAMES.get(d.code)}]`);
        }
      });
    }
  });
}

const RULE_NAMES = new Map(RULES.map((r) => [r.code, r.name]));
