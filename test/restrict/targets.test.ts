// Closure links: a name site resolved as a cell points, through its symbol's `target`, at the
// symbol that owns the binding — in the scope `## name -> qualname` expects (cases/targets.py).
// Class scopes are skipped, except as the owner of the implicit `__class__` cell.

import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/restrict/resolve.js';
import { LineIndex } from '../../src/diagnostics/line-index.js';
import { walk } from '../../src/restrict/walk.js';
import { loadGolden } from './golden-cases.js';

describe('cell targets', () => {
  for (const [i, item] of loadGolden('cases', 'targets').entries()) {
    it(`chunk ${i}`, () => {
      const { resolution, diagnostics } = resolve(item.ast);
      expect(diagnostics).toEqual([]);
      const lines = new LineIndex(item.source);
      const expectations = item.source.split('\n').flatMap((text, index) => {
        const m = /## (\w+) -> (\S+)/.exec(text);
        return m ? [{ line: index + 1, name: m[1]!, owner: m[2]! }] : [];
      });
      expect(expectations.length).toBeGreaterThan(0);
      for (const { line, name, owner } of expectations) {
        let found = 0;
        walk(item.ast, (node) => {
          if (node.kind !== 'Name' || node.id !== name || lines.position(node.start).line !== line) return;
          const r = resolution.names.get(node);
          expect(r?.kind).toBe('cell');
          if (r?.kind !== 'cell') return;
          expect(r.symbol.target?.scope.qualname).toBe(owner);
          expect(r.symbol.target?.isCaptured).toBe(true);
          expect(r.symbol.target?.kind).toBe('local');
          found++;
        });
        expect(found, `${name} on line ${line}`).toBeGreaterThan(0);
      }
    });
  }
});
