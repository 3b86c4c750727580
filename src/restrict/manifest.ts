// The capability manifest: what a script would reach for if it ran — modules, names imported
// from them, builtins used, and names that must come from the host's inputs. `lint` shows it so a
// platform can review a script before accepting it. Built from the AST and the resolver's tables.

import type * as ast from '../parser/ast.js';
import type { Resolution } from './binding.js';
import { PYTHON_BUILTINS } from './builtin-names.js';
import { walk } from './walk.js';

export interface Manifest {
  /** Modules imported, as written (`import a.b` gives `a.b`), in first-seen order. */
  modules: string[];
  /** Names imported with `from m import ...`, per module, in first-seen order. */
  fromImports: { module: string; names: string[] }[];
  /** Builtins the script uses (names bound nowhere in the script), sorted. */
  builtins: string[];
  /** Names used but bound nowhere and not builtins: they must come from inputs. Sorted. */
  unresolved: string[];
  /** Whether the script calls the builtin `open`. */
  usesOpen: boolean;
}

export function buildManifest(module: ast.Module, resolution: Resolution): Manifest {
  const modules: string[] = [];
  const fromImports = new Map<string, string[]>();
  const addModule = (name: string) => { if (!modules.includes(name)) modules.push(name); };
  walk(module, (node) => {
    if (node.kind === 'Import') for (const alias of node.names) addModule(alias.name);
    if (node.kind === 'ImportFrom') {
      const name = '.'.repeat(node.level) + (node.module ?? '');
      addModule(name);
      const names = fromImports.get(name) ?? [];
      for (const alias of node.names) if (!names.includes(alias.name)) names.push(alias.name);
      fromImports.set(name, names);
    }
  });
  const builtins = [...resolution.unresolved].filter((n) => PYTHON_BUILTINS.has(n)).sort();
  const unresolved = [...resolution.unresolved].filter((n) => !PYTHON_BUILTINS.has(n)).sort();
  return {
    modules,
    fromImports: [...fromImports].map(([name, names]) => ({ module: name, names })),
    builtins,
    unresolved,
    usesOpen: builtins.includes('open'),
  };
}
