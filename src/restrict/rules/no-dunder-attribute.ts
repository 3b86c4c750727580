// no-dunder-attribute (E200): `x.__foo__` read, assigned or deleted, unless `__foo__` is in the
// allowlist (src/restrict/dunder-allowlist.ts). Dunder attributes are the classic way out of a
// Python sandbox: `().__class__.__bases__[0].__subclasses__()`, `f.__globals__['__builtins__']`.
// Every static spelling of an attribute counts (src/restrict/attribute-sites.ts): class pattern
// keywords (`case C(__dict__=d)`), literal names given to getattr & co. or the attribute hooks,
// and fields of literal format strings (`"{0.__class__.__base__}".format(x)`).

import type * as ast from '../../parser/ast.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { isAllowedDunderAttribute, isDunder, READ_ONLY_ATTRIBUTES } from '../dunder-allowlist.js';
import { attributeSites } from '../attribute-sites.js';
import { walk } from '../walk.js';
import { report } from './report.js';
import type { Rule, RuleContext } from './rule.js';

const VERB: Readonly<Record<ast.ExprContext, string>> = { Load: 'reading', Store: 'assigning', Del: 'deleting' };

export const noDunderAttribute: Rule = {
  code: 'E200',
  name: 'no-dunder-attribute',
  description: 'Refuses access to dunder attributes outside a short allowlist of special methods and metadata.',
  check({ module, resolution }: RuleContext): Diagnostic[] {
    const out: Diagnostic[] = [];
    walk(module, (node) => {
      for (const { attr, span, ctx } of attributeSites(node, resolution)) {
        if (!isDunder(attr)) continue;
        if (isAllowedDunderAttribute(attr) && !(ctx !== 'Load' && READ_ONLY_ATTRIBUTES.has(attr))) continue;
        out.push(report(noDunderAttribute, span,
          `${VERB[ctx]} the attribute '${attr}' is not allowed: it exposes interpreter internals; ` +
            "use the object's public methods and attributes, or builtins such as type() and isinstance()",
        ));
      }
    });
    return out;
  },
};
