// no-forbidden-builtin (E201): builtins that would run code from strings, expose namespaces, or
// reach the outside world: eval, exec, compile, globals, locals, vars, __import__, breakpoint,
// input, open (unless the host granted file access: policy.allowOpen), memoryview, help, and the
// interactive helpers license/credits/copyright. Only a
// name that resolves to the builtin counts (bound nowhere in the module): a script that defines
// its own `input` function is fine. exit/quit stay allowed: the runtime raises SystemExit.
// `type` itself is fine, but not the forms that build a class at run time: `type(name, bases,
// dict)` and `type.__new__` / `type.__call__` / `type.__init__` on the builtin (the class
// statement is the only way to make a class; metaclasses are refused by unsupported-syntax).

import type * as ast from '../../parser/ast.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Resolution } from '../binding.js';
import { refersToBuiltin } from '../builtin-reference.js';
import { walk } from '../walk.js';
import { report } from './report.js';
import type { Rule, RuleContext } from './rule.js';

/** Each forbidden builtin with what to do instead. */
const FORBIDDEN: Readonly<Record<string, string>> = {
  eval: 'write the expression directly; to choose behaviour by name, use a dict of functions',
  exec: 'write the code directly; to choose behaviour by name, use a dict of functions',
  compile: 'write the code directly; scripts cannot build code at run time',
  globals: 'keep shared state in an explicit dict',
  locals: 'keep the values you need in an explicit dict',
  vars: 'keep the values you need in an explicit dict, or read attributes with getattr()',
  __import__: 'use an import statement for a module the host offers',
  breakpoint: 'remove it; print() values to inspect them',
  input: 'pass values to the script through its inputs',
  open: 'the host has not granted file access; ask for it, or pass the data through inputs',
  memoryview: 'use bytes or bytearray',
  help: 'remove it; see the documentation of the module instead',
  // Interactive helpers; `license()` reads files from the interpreter's installation.
  license: 'remove it; it is an interactive helper',
  credits: 'remove it; it is an interactive helper',
  copyright: 'remove it; it is an interactive helper',
};

export const noForbiddenBuiltin: Rule = {
  code: 'E201',
  name: 'no-forbidden-builtin',
  description: 'Refuses builtins that break the sandbox: eval, exec, compile, globals, locals, vars, __import__, open, ...',
  check({ module, resolution, policy }: RuleContext): Diagnostic[] {
    const out: Diagnostic[] = [];
    walk(module, (node) => {
      const dynamicClass = classBuilder(node, resolution);
      if (dynamicClass) out.push(report(noForbiddenBuiltin, dynamicClass[0], dynamicClass[1]));
      if (node.kind !== 'Name' || !Object.hasOwn(FORBIDDEN, node.id)) return;
      if (node.id === 'open' && policy.allowOpen) return;
      if (!refersToBuiltin(node, node.id, resolution)) return;
      out.push(report(noForbiddenBuiltin, node, `the builtin '${node.id}' is not available in Corral scripts; ${FORBIDDEN[node.id]}`));
    });
    return out;
  },
};

/** The methods of the builtin `type` that make a new class from a name, bases and a namespace. */
const TYPE_CONSTRUCTORS: ReadonlySet<string> = new Set(['__new__', '__call__', '__init__']);
const USE_CLASS = 'write a class statement instead';

/** `type(name, bases, dict)` or `type.__new__` (etc.) on the builtin `type`: the node to blame and the message. */
function classBuilder(node: ast.Node, resolution: Resolution): [ast.Node, string] | null {
  if (node.kind === 'Call' && refersToBuiltin(node.func, 'type', resolution)
    && (node.args.length + node.keywords.length >= 2 || node.args.some((a) => a.kind === 'Starred') || node.keywords.some((k) => k.arg === null))) {
    return [node, `the three-argument form of the builtin 'type' (building a class at run time) is not available in Corral scripts; ${USE_CLASS}, and use type(x) with one argument to get a type`];
  }
  if (node.kind === 'Attribute' && TYPE_CONSTRUCTORS.has(node.attr) && refersToBuiltin(node.value, 'type', resolution)) {
    return [node, `'type.${node.attr}' builds classes at run time and is not available in Corral scripts; ${USE_CLASS}`];
  }
  return null;
}
