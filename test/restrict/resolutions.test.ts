// Name-site resolution: every Name node and every binding site gets an entry in
// `resolution.names`, and the kinds are those `## name: kind` comments in cases/resolutions.py
// expect for the sites on their line (`class>fallback` for a class-body lookup).

import { describe, expect, it } from 'vitest';
import type * as ast from '../../src/parser/ast.js';
import { resolve } from '../../src/restrict/resolve.js';
import type { NameResolution, NameSite } from '../../src/restrict/binding.js';
import { LineIndex } from '../../src/diagnostics/line-index.js';
import { walk } from '../../src/restrict/walk.js';
import { loadGolden } from './golden-cases.js';

/** The name a site binds or uses, or null for nodes that are not name sites. */
function siteName(node: ast.Node): string | null {
  switch (node.kind) {
    case 'Name': return node.id;
    case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': return node.name;
    case 'arg': return node.arg;
    case 'alias': return node.name === '*' ? null : node.asname ?? node.name.split('.')[0]!;
    case 'ExceptHandler': case 'MatchAs': case 'MatchStar': return node.name;
    case 'MatchMapping': return node.rest;
    default: return null;
  }
}

function describeResolution(r: NameResolution): string {
  return r.kind === 'class' ? `class>${r.fallback.kind}` : r.kind;
}

describe('name sites resolve as expected', () => {
  for (const [i, item] of loadGolden('cases', 'resolutions').entries()) {
    it(`chunk ${i}: ${item.source.split('\n')[0]!.trim()}`, () => {
      const { resolution, diagnostics } = resolve(item.ast);
      expect(diagnostics).toEqual([]);
      const lines = new LineIndex(item.source);
      const seen = new Map<string, string[]>();
      walk(item.ast, (node) => {
        const name = siteName(node);
        if (name === null) return;
        const r = resolution.names.get(node as NameSite);
        expect(r, `${node.kind} ${name} has a resolution`).toBeDefined();
        const key = `${lines.position(node.start).line}:${name}`;
        seen.set(key, [...(seen.get(key) ?? []), describeResolution(r!)]);
      });
      let checked = 0;
      item.source.split('\n').forEach((text, index) => {
        const comment = text.split('##')[1];
        if (!comment) return;
        for (const [, name, kind] of comment.matchAll(/(\w+): ([\w>-]+)/g)) {
          expect(seen.get(`${index + 1}:${name}`), `line ${index + 1}, ${name}`).toContain(kind);
          checked++;
        }
      });
      expect(checked).toBeGreaterThan(0);
    });
  }
});

describe('every name site of every test source gets a resolution', () => {
  const sources = ['scopes', 'resolutions', 'manifest'].flatMap((name) => loadGolden('cases', name))
    .concat(['no-dunder-name', 'no-forbidden-builtin', 'unsupported-syntax'].flatMap((name) => loadGolden('rules', name)));
  it(`${sources.length} chunks`, () => {
    let sites = 0;
    for (const item of sources) {
      const { resolution } = resolve(item.ast);
      walk(item.ast, (node) => {
        if (siteName(node) === null) return;
        sites++;
        expect(resolution.names.has(node as NameSite), `${node.kind} at ${node.start} in:\n${item.source}`).toBe(true);
      });
      for (const scope of resolution.scopes.values()) expect(resolution.scopes.get(scope.node)).toBe(scope);
    }
    expect(sites).toBeGreaterThan(200);
  });
});
