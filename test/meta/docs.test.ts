// Keeps the language documentation from drifting away from the code (typescript-eslint's docs
// test, applied to the language page): every AST node kind, operator and literal type of
// src/parser/ast.ts, every builtin name and every refused construct is on docs/language.md; every
// policy rule has a page that docs/language.md links to; every per-area limitation file is listed
// in docs/limitations/README.md; every relative link in those pages points at a file.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON_BUILTINS } from '../../src/restrict/builtin-names.js';
import { RULES } from '../../src/restrict/rules/index.js';
import { UNSUPPORTED } from '../../src/restrict/rules/unsupported-syntax.js';

const root = join(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

const LANGUAGE = 'docs/language.md';
const LIMITATIONS = 'docs/limitations';
const language = read(LANGUAGE);

/** The `kind` tags of every node interface, and the members of the operator and literal unions. */
function astNames(): { kinds: string[]; operators: string[]; constants: string[] } {
  const text = read('src/parser/ast.ts');
  const kinds = [...text.matchAll(/\bkind: '(\w+)'/g)].map((m) => m[1]!);
  const operators = [...text.matchAll(/export type (?:BoolOpKind|OperatorKind|UnaryOpKind|CmpOpKind) =([^;]+);/g)]
    .flatMap((m) => [...m[1]!.matchAll(/'(\w+)'/g)].map((n) => n[1]!));
  // The union's members are object types with `;` inside, so it ends at the first blank line.
  const constantUnion = /export type ConstantValue =([\s\S]*?)\n\s*\n/.exec(text)?.[1] ?? '';
  const constants = [...constantUnion.matchAll(/type: '(\w+)'/g)].map((m) => m[1]!);
  return { kinds: [...new Set(kinds)], operators, constants };
}

/** Relative link targets of a markdown page (external links and anchors left out). */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!.replace(/#.*$/, ''))
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

const mentions = (page: string, name: string): boolean => page.includes(`\`${name}\``);

describe('docs/language.md covers the AST', () => {
  const { kinds, operators, constants } = astNames();

  it('finds the node kinds, operators and literal types in src/parser/ast.ts', () => {
    // Guards the extraction itself: if ast.ts changes shape, this test must not pass vacuously.
    expect(kinds).toContain('Module');
    expect(kinds).toContain('MatchOr');
    expect(kinds.length).toBeGreaterThan(60);
    expect(operators).toContain('FloorDiv');
    expect(operators).toContain('NotIn');
    expect(constants).toContain('Ellipsis');
  });

  it('names every node kind', () => {
    expect(kinds.filter((k) => !mentions(language, k)), `node kinds missing from ${LANGUAGE}`).toEqual([]);
  });

  it('names every operator', () => {
    expect(operators.filter((k) => !mentions(language, k)), `operators missing from ${LANGUAGE}`).toEqual([]);
  });

  it('names every literal type', () => {
    expect(constants.filter((k) => !mentions(language, k)), `literal types missing from ${LANGUAGE}`).toEqual([]);
  });
});

describe('docs/language.md covers the builtins and the refusals', () => {
  it('names every builtin of CPython 3.11', () => {
    const missing = [...PYTHON_BUILTINS].filter((name) => !mentions(language, name));
    expect(missing, `builtins missing from ${LANGUAGE}`).toEqual([]);
  });

  it('lists exactly the constructs unsupported-syntax (E101) refuses', () => {
    const section = /<!-- unsupported-syntax:start[^>]*-->([\s\S]*?)<!-- unsupported-syntax:end -->/.exec(language);
    expect(section, `${LANGUAGE} has no unsupported-syntax table`).not.toBeNull();
    const listed = [...section![1]!.matchAll(/^\| `([\w-]+)` \|/gm)].map((m) => m[1]!);
    expect(listed.sort(), `the E101 table in ${LANGUAGE} is out of date with UNSUPPORTED`)
      .toEqual(Object.keys(UNSUPPORTED).sort());
  });

  for (const rule of RULES) {
    it(`links the page of rule ${rule.name} (${rule.code})`, () => {
      expect(existsSync(join(root, 'docs/rules', `${rule.name}.md`))).toBe(true);
      expect(language).toContain(`](rules/${rule.name}.md)`);
      expect(language).toContain(rule.code);
    });
  }
});

describe('docs/limitations/README.md indexes the limitation files', () => {
  const index = read(`${LIMITATIONS}/README.md`);

  it('lists every file of docs/limitations', () => {
    const files = readdirSync(join(root, LIMITATIONS)).filter((f) => f !== 'README.md');
    expect(files.filter((f) => !index.includes(`](${f})`)), `files missing from ${LIMITATIONS}/README.md`).toEqual([]);
  });

  it('is linked from docs/language.md', () => {
    expect(language).toContain('](limitations/README.md)');
  });
});

describe('relative links resolve', () => {
  for (const page of [LANGUAGE, `${LIMITATIONS}/README.md`]) {
    it(page, () => {
      const base = dirname(join(root, page));
      const broken = relativeLinks(read(page)).filter((target) => !existsSync(resolve(base, target)));
      expect(broken).toEqual([]);
    });
  }
});
