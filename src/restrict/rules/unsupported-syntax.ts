// unsupported-syntax (E101): valid Python 3.11 that Corral does not run (yet). One data table,
// kind → message + alternative, that later milestones shrink as features land: async code comes
// with the host bridges (`match` came with the language milestone). Complex numbers and
// metaclasses are not planned. The parser accepts all of these, so a script gets this clear refusal instead
// of a syntax error. A metaclass is both `class C(metaclass=M)` and `class M(type)` (a base that
// resolves to the builtin `type`); a base computed at run time (`t = type; class M(t)`) is the
// runtime's to refuse.

import type * as ast from '../../parser/ast.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import type { Resolution } from '../binding.js';
import { refersToBuiltin } from '../builtin-reference.js';
import { walk } from '../walk.js';
import { report } from './report.js';
import type { Rule, RuleContext } from './rule.js';

export type UnsupportedKind =
  | 'async-def' | 'await' | 'async-for' | 'async-with' | 'async-comprehension'
  | 'except-star' | 'complex-literal' | 'metaclass' | 'star-import' | 'joke-future';

/** What is not supported, and what to write instead. */
export const UNSUPPORTED: Readonly<Record<UnsupportedKind, { message: string; alternative: string }>> = {
  'async-def': { message: 'async functions are not supported yet', alternative: 'use a plain def; host functions are called directly and return their result' },
  await: { message: "'await' is not supported yet", alternative: 'call host functions directly; they return their result' },
  'async-for': { message: "'async for' is not supported yet", alternative: 'use a plain for loop' },
  'async-with': { message: "'async with' is not supported yet", alternative: 'use a plain with statement' },
  'async-comprehension': { message: 'asynchronous comprehensions are not supported yet', alternative: 'use a plain comprehension' },
  'except-star': { message: "'except*' (exception groups) is not supported", alternative: 'use a plain except clause' },
  'complex-literal': { message: 'complex numbers are not supported', alternative: 'use a pair of floats' },
  metaclass: { message: 'metaclasses are not supported', alternative: 'use a plain class, a decorator or __init_subclass__' },
  'star-import': { message: "'from ... import *' is not supported", alternative: 'import the names you need explicitly' },
  'joke-future': { message: "'from __future__ import barry_as_FLUFL' is not supported", alternative: "remove it and write '!='" },
};

/** A class deriving from `type` is a metaclass; the message says so, since no `metaclass=` is in sight. */
const TYPE_BASE = " (a class deriving from the builtin 'type' is one)";

/** The construct a node is, if unsupported, with the span worth pointing at (a header, not a whole body), and any detail for the message. */
function unsupported(node: ast.Node, resolution: Resolution): [UnsupportedKind, Span, string?] | null {
  switch (node.kind) {
    case 'AsyncFunctionDef': return ['async-def', { start: node.start, end: node.nameSpan.end }];
    case 'Await': return ['await', node];
    case 'AsyncFor': return ['async-for', { start: node.start, end: node.iter.end }];
    case 'AsyncWith': return ['async-with', { start: node.start, end: node.items[node.items.length - 1]?.end ?? node.end }];
    case 'comprehension': return node.is_async ? ['async-comprehension', node] : null;
    case 'TryStar': {
      const handler = node.handlers[0];
      return ['except-star', handler ? { start: handler.start, end: handler.type?.end ?? handler.start } : node];
    }
    case 'Constant': return node.value.type === 'complex' ? ['complex-literal', node] : null;
    case 'ClassDef': {
      const meta = node.keywords.find((k) => k.arg === 'metaclass');
      if (meta) return ['metaclass', meta];
      const typeBase = node.bases.find((b) => refersToBuiltin(b, 'type', resolution));
      return typeBase ? ['metaclass', typeBase, TYPE_BASE] : null;
    }
    case 'alias': return node.name === '*' ? ['star-import', node] : null;
    case 'ImportFrom':
      return node.module === '__future__' && node.level === 0 && node.names.some((a) => a.name === 'barry_as_FLUFL') ? ['joke-future', node] : null;
    default: return null;
  }
}

export const unsupportedSyntax: Rule = {
  code: 'E101',
  name: 'unsupported-syntax',
  description: 'Refuses valid Python that Corral does not support (yet): async code, except*, complex literals, metaclasses (incl. subclassing type), star imports.',
  check({ module, resolution }: RuleContext): Diagnostic[] {
    const out: Diagnostic[] = [];
    walk(module, (node) => {
      const found = unsupported(node, resolution);
      if (!found) return;
      const { message, alternative } = UNSUPPORTED[found[0]];
      out.push(report(unsupportedSyntax, found[1], `${message}${found[2] ?? ''}; ${alternative}`));
    });
    return out;
  },
};
