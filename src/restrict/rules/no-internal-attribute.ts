// no-internal-attribute (E205): attributes of frames, code objects, tracebacks, generators and
// coroutines (`gi_frame`, `f_globals`, `tb_frame`, `co_code`, ...; list in
// src/restrict/internal-attributes.ts). They are not dunders, but they lead to the same place:
// `gen.gi_frame.f_globals` is the module namespace, `f_back` walks into the caller's frame.

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { INTERNAL_ATTRIBUTES } from '../internal-attributes.js';
import { walk } from '../walk.js';
import { report } from './report.js';
import type { Rule, RuleContext } from './rule.js';

export const noInternalAttribute: Rule = {
  code: 'E205',
  name: 'no-internal-attribute',
  description: 'Refuses frame, code, traceback and generator internals such as gi_frame, f_globals, tb_frame, co_code.',
  check({ module }: RuleContext): Diagnostic[] {
    const out: Diagnostic[] = [];
    walk(module, (node) => {
      if (node.kind !== 'Attribute' || !INTERNAL_ATTRIBUTES.has(node.attr)) return;
      out.push(report(noInternalAttribute, node.attrSpan,
        `the attribute '${node.attr}' is an interpreter internal and is not allowed; ` +
          'tracebacks, frames and code objects are not reachable from scripts (use the exception\'s message and type instead)',
      ));
    });
    return out;
  },
};
