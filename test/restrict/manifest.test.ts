// The capability manifest restrict() returns: modules, names imported from them, builtins used,
// names that must come from inputs, and whether `open` is used.

import { describe, expect, it } from 'vitest';
import { restrict } from '../../src/restrict/index.js';
import { loadGolden } from './golden-cases.js';

const [full, empty] = loadGolden('cases', 'manifest');
const policy = { modules: ['math', 'json', 'os'], allowOpen: true };

describe('manifest', () => {
  it('lists modules, from-imports, builtins, unresolved names and open', () => {
    const { manifest, diagnostics } = restrict(full!.ast, { policy, source: full!.source });
    expect(diagnostics).toEqual([]);
    expect(manifest).toEqual({
      modules: ['math', 'os.path', 'json'],
      fromImports: [{ module: 'json', names: ['dumps', 'loads'] }],
      builtins: ['len', 'open', 'print', 'sum'],
      unresolved: ['limit', 'order', 'threshold'],
      usesOpen: true,
    });
  });

  it('is empty for a script that uses nothing', () => {
    const { manifest } = restrict(empty!.ast, { policy, source: empty!.source });
    expect(manifest).toEqual({ modules: [], fromImports: [], builtins: [], unresolved: [], usesOpen: false });
  });
});
