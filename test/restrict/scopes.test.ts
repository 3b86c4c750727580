// Scope resolution against CPython 3.11's symtable: for every chunk of cases/scopes.py, each
// scope's symbols must be classified as symtable classifies them (local, cell, free, nonlocal,
// global, parameter), and the scopes' qualnames and generator flags must equal the code objects'.

import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/restrict/resolve.js';
import type { Scope } from '../../src/restrict/binding.js';
import { loadGolden, type SymtableGolden } from './golden-cases.js';

/** Our scope tree in the shape the goldens script gives symtable's. */
function classify(scope: Scope): SymtableGolden {
  const symbols: Record<string, string> = {};
  for (const s of scope.symbols.values()) {
    // The class's implicit __class__ cell is not a symbol in CPython's class table.
    if (scope.kind === 'class' && s.name === '__class__' && !s.isAssigned) continue;
    let kind: string = s.kind;
    if (s.kind === 'local') kind = s.isCaptured ? 'cell' : 'local';
    if (s.kind === 'global' && scope.kind === 'module') kind = 'local';
    // CPython's symtable keys symbols by their mangled private name.
    symbols[s.privateName] = s.isParam ? `${kind}+param` : kind;
  }
  const type = scope.kind === 'comprehension' ? 'function' : scope.kind;
  const name = scope.kind === 'module' ? 'top' : scope.name.replace(/^<(.*)>$/, '$1');
  return { type, name, symbols, children: scope.children.map(classify) };
}

/** CPython also flags a module-level name `global` when some function declares it so; same thing. */
function normalize(table: SymtableGolden): SymtableGolden {
  // `.0` is the hidden iterator parameter of CPython's comprehension functions.
  const symbols = Object.fromEntries(Object.entries(table.symbols).filter(([name]) => !name.startsWith('.')).map(([name, kind]) =>
    [name, table.type === 'module' ? kind.replace(/^global/, 'local') : kind]));
  return { ...table, symbols, children: table.children.map(normalize) };
}

function codes(scope: Scope, out: string[] = []): string[] {
  out.push(scope.qualname + (scope.isGenerator ? ' gen' : ''));
  for (const child of scope.children) codes(child, out);
  return out;
}

describe('scope resolution matches CPython symtable', () => {
  for (const [i, item] of loadGolden('cases', 'scopes').entries()) {
    it(`chunk ${i}: ${item.source.split('\n')[0]}`, () => {
      const { resolution, diagnostics } = resolve(item.ast);
      expect(diagnostics).toEqual([]);
      expect(classify(resolution.module)).toEqual(normalize(item.symtable!));
      expect(codes(resolution.module).sort()).toEqual(item.codes);
    });
  }
});
