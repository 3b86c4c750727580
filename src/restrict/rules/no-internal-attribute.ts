// no-internal-attribute (E205): attributes of frames, code objects, tracebacks, generators and
// coroutines (`gi_frame`, `f_globals`, `tb_frame`, `co_code`, ...; list in
// src/restrict/internal-attributes.ts). They are not dunders, but they lead to the same place:
// `gen.gi_frame.f_globals` is the module namespace, `f_back` walks into the caller's frame.
// Checked at every static spelling of an attribute (src/restrict/attribute-sites.ts), as
// no-dunder-attribute is: `getattr(g, "gi_frame")`, `"{0.gi_frame}".format(g)`, `case G(gi_frame=f)`.

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { INTERNAL_ATTRIBUTES } from '../internal-attributes.js';
import { attributeSites } from '../attribute-sites.js';
import { walk } from '../walk.js';
import { report } from './report.js';
import type { Rule, RuleContext } from './rule.js';

export const noInternalAttribute: Rule = {
  code: 'E205',
  name: 'no-internal-attribute',
  description: 'Refuses frame, code, traceback and generator internals such as gi_frame, f_globals, tb_frame, co_code.',
  check({ module, resolution }: RuleContext): Diagnostic[] {
    const out: Diagnostic[] = [];
    walk(module, (node) => {
      for (const { attr, span } of attributeSites(node, resolution)) {
        if (!INTERNAL_ATTRIBUTES.has(attr)) continue;
        out.push(report(noInternalAttribute, span,
          `the attribute '${attr}' is an interpreter internal and is not allowed; ` +
            "frames, code objects and tracebacks are not reachable from scripts; use the exception's type and message instead",
        ));
      }
    });
    return out;
  },
};
