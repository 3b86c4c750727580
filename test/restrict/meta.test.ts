// Keeps the rules, their registry entries, test tables, goldens and docs pages from drifting
// apart (typescript-eslint's docs test): one rule = one file + one test table + one doc page.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { RULES } from '../../src/restrict/rules/index.js';

const root = join(import.meta.dirname, '../..');

describe('rule metadata', () => {
  it('codes and names are unique', () => {
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });

  for (const rule of RULES) {
    describe(rule.name, () => {
      it('is registered under its code with the same name', () => {
        expect(CODES[rule.code].name).toBe(rule.name);
        expect(rule.description.length).toBeGreaterThan(10);
      });
      it('has a source file, a test table with goldens, and a docs page naming its code', () => {
        expect(existsSync(join(root, 'src/restrict/rules', `${rule.name}.ts`))).toBe(true);
        expect(existsSync(join(root, 'test/restrict/rules', `${rule.name}.py`))).toBe(true);
        const golden = join(root, 'test/restrict/goldens', `rules__${rule.name}.json`);
        expect(existsSync(golden)).toBe(true);
        const table = readFileSync(join(root, 'test/restrict/rules', `${rule.name}.py`), 'utf8');
        const recorded = (JSON.parse(readFileSync(golden, 'utf8')) as { source: string }[]).map((c) => c.source).join('---\n');
        expect(recorded, 'goldens are stale: run node scripts/update-restrict-goldens.mjs').toBe(table);
        expect(table).toContain(`### ${rule.code}`);
        const doc = readFileSync(join(root, 'docs/rules', `${rule.name}.md`), 'utf8');
        expect(doc.split('\n')[0]).toBe(`# ${rule.name} (${rule.code})`);
      });
    });
  }

  it('every rule file in src/restrict/rules is in the index', () => {
    const helpers = new Set(['index.ts', 'rule.ts', 'report.ts']);
    const files = readdirSync(join(root, 'src/restrict/rules')).filter((f) => f.endsWith('.ts') && !helpers.has(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(RULES.map((r) => r.name).sort());
  });

  it('every docs page belongs to a rule', () => {
    const pages = readdirSync(join(root, 'docs/rules')).filter((f) => f.endsWith('.md'));
    expect(pages.map((f) => f.replace(/\.md$/, '')).sort()).toEqual(RULES.map((r) => r.name).sort());
  });
});
