// Keeps the examples on docs/rules/*.md honest: every ```python block under a page's
// `## Accepted` heading must lint clean, and every block under `## Rejected` must get exactly the
// diagnostics its comments announce, through the public lint().
//
// The convention every rule page follows:
// - `## Accepted` and `## Rejected` headings, each with at least one ```python block (prose between
//   blocks is fine; a block belongs to the nearest `##` heading above it).
// - In a rejected block, a line that must be refused ends with a comment naming the codes
//   (`eval("1")  # E201`, `__import__("os")  # E201 E203`); lines without one must not be refused.
//   The rule's own code must appear at least once per block.
// - A block may start with `# policy: {json}` to lint with that policy (e.g. offered modules).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { RULES } from '../../src/restrict/rules/index.js';
import type { Policy } from '../../src/types.js';

const docs = join(import.meta.dirname, '../../docs/rules');

interface Example {
  section: 'Accepted' | 'Rejected';
  code: string;
  /** 1-based line of the block's first code line in the page, for failure messages. */
  line: number;
}

function examples(markdown: string): Example[] {
  const out: Example[] = [];
  let section: string | null = null;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^## (.*)$/.exec(lines[i]!);
    if (heading) section = heading[1]!.trim();
    if (lines[i] !== '```python') continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1] !== '```') i++;
    const code = lines.slice(start, i + 1).join('\n') + '\n';
    i++;
    if (section === 'Accepted' || section === 'Rejected') out.push({ section, code, line: start + 1 });
  }
  return out;
}

function policyOf(code: string): Partial<Policy> {
  const m = /^# policy: (.*)$/.exec(code.split('\n')[0]!);
  return m ? (JSON.parse(m[1]!) as Partial<Policy>) : {};
}

/** `line:code` for every code named in a trailing `# E...` comment. */
function announced(code: string): string[] {
  return code.split('\n').flatMap((text, i) => {
    const comment = /#\s*((?:E\d{3}\b\s*)+)/.exec(text);
    return comment ? comment[1]!.trim().split(/\s+/).map((c) => `${i + 1}:${c}`) : [];
  });
}

function reported(code: string): string[] {
  const { diagnostics } = lint(code, { policy: policyOf(code) });
  return diagnostics.map((d) => {
    const line = code.slice(0, d.span.start).split('\n').length;
    return `${line}:${d.code}`;
  });
}

const pages = readdirSync(docs).filter((f) => f.endsWith('.md')).sort();

describe('docs/rules examples', () => {
  it('finds a page per rule', () => {
    expect(pages.length).toBe(RULES.length);
  });

  for (const page of pages) {
    const rule = RULES.find((r) => `${r.name}.md` === page);
    const found = examples(readFileSync(join(docs, page), 'utf8'));
    describe(page, () => {
      it('has accepted and rejected examples', () => {
        expect(rule, `${page} names no rule`).toBeDefined();
        expect(found.filter((e) => e.section === 'Accepted').length).toBeGreaterThan(0);
        expect(found.filter((e) => e.section === 'Rejected').length).toBeGreaterThan(0);
      });
      for (const example of found) {
        it(`${example.section.toLowerCase()} example at line ${example.line}`, () => {
          const got = reported(example.code).sort();
          if (example.section === 'Accepted') {
            expect(got, example.code).toEqual([]);
          } else {
            const want = announced(example.code).sort();
            expect(want.some((w) => w.endsWith(`:${rule!.code}`)), `no line announces ${rule!.code}`).toBe(true);
            expect(got, example.code).toEqual(want);
          }
        });
      }
    });
  }
});
