// no-unoffered-import (E202): `import x`, `import x.y`, `from x import y` where the top-level
// module `x` is not one the policy offers (policy.modules: the runtime's stdlib subset plus the
// host's modules). Relative imports (`from . import x`) are refused too: a script is one file
// with no package around it. Star imports are refused by unsupported-syntax (E101).

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { walk } from '../walk.js';
import { report } from './report.js';
import type { Rule, RuleContext } from './rule.js';

/** `from __future__ import ...` is a compiler directive, refused by unsupported-syntax instead. */
const FUTURE = '__future__';

export const noUnofferedImport: Rule = {
  code: 'E202',
  name: 'no-unoffered-import',
  description: 'Refuses imports of modules the policy does not offer, and relative imports.',
  check({ module, policy }: RuleContext): Diagnostic[] {
    const out: Diagnostic[] = [];
    const offered = new Set(policy.modules);
    const list = policy.modules.length === 0 ? 'none are offered' : `offered: ${[...offered].sort().join(', ')}`;
    const refuse = (name: string, span: { start: number; end: number }): void => {
      out.push(report(noUnofferedImport, span, `module '${name}' is not available to this script (${list}); use one of the offered modules or pass the data through inputs`));
    };
    walk(module, (node) => {
      if (node.kind === 'Import') {
        for (const alias of node.names) if (!offered.has(alias.name.split('.')[0]!)) refuse(alias.name, alias);
      } else if (node.kind === 'ImportFrom') {
        if (node.level > 0) {
          out.push(report(noUnofferedImport, node, 'relative imports are not supported: a script is a single file with no package around it; import an offered module by its name'));
        } else if (node.module !== null && node.module !== FUTURE && !offered.has(node.module.split('.')[0]!)) {
          refuse(node.module, node);
        }
      }
    });
    return out;
  },
};
