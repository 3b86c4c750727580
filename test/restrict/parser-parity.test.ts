// The restriction pass on the real parser's AST: every chunk of the CPython-generated goldens,
// parsed by src/parser, must give restrict() the same diagnostics (code, span) and the same
// resolution kinds at the same name sites as the AST CPython's `ast` module produced. This ties
// the hand-off between the two stages: spans and node shapes the rules and the resolver rely on.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.js';
import { restrict } from '../../src/restrict/index.js';
import type { Policy } from '../../src/types.js';
import { walk } from '../../src/restrict/walk.js';
import type * as ast from '../../src/parser/ast.js';
import type { NameSite, Resolution } from '../../src/restrict/binding.js';
import { loadGolden } from './golden-cases.js';

const policy: Policy = { modules: ['math', 'json', 're'], allowOpen: false };

const suites: [string, string][] = [
  ['cases', 'scopes'], ['cases', 'resolutions'], ['cases', 'scope-errors'], ['cases', 'manifest'], ['cases', 'targets'],
  ['rules', 'no-dunder-attribute'], ['rules', 'no-dunder-name'], ['rules', 'no-forbidden-builtin'],
  ['rules', 'no-internal-attribute'], ['rules', 'no-unoffered-import'], ['rules', 'unsupported-syntax'],
];

/** Resolution kinds by site position, so two ASTs of one source can be compared. */
function siteKinds(module: ast.Module, resolution: Resolution): string[] {
  const out: string[] = [];
  walk(module, (node) => {
    const r = resolution.names.get(node as NameSite);
    if (r) out.push(`${node.kind}@${node.start}:${r.kind === 'class' ? `class>${r.fallback.kind}` : r.kind}`);
  });
  return out.sort();
}

for (const [dir, name] of suites) {
  describe(`parser parity: ${dir}/${name}`, () => {
    for (const [i, item] of loadGolden(dir, name).entries()) {
      it(`chunk ${i}`, () => {
        const parsed = parse(item.source, { filename: '<case>' });
        expect(parsed.diagnostics).toEqual([]);
        const viaParser = restrict(parsed.module!, { policy, source: item.source });
        const viaCPython = restrict(item.ast, { policy, source: item.source });
        const shape = (r: typeof viaParser) => r.diagnostics.map((d) => `${d.code}@${d.span.start}-${d.span.end}: ${d.message}`);
        expect(shape(viaParser)).toEqual(shape(viaCPython));
        expect(siteKinds(parsed.module!, viaParser.resolution)).toEqual(siteKinds(item.ast, viaCPython.resolution));
        expect(viaParser.manifest).toEqual(viaCPython.manifest);
      });
    }
  });
}
