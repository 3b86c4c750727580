// Argument checks for the methods of the builtin containers, worded by CPython's calling
// convention of each method: METH_O ('list.append() takes exactly one argument (0 given)'),
// METH_NOARGS ('list.copy() takes no arguments (1 given)'), or a positional range checked by
// _PyArg_CheckPositional ('insert expected 2 arguments, got 1'). None of them takes keywords.

import type { PyType } from '../core/pytype.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import { methodArgCount } from '../builtins/args.js';
import { typeErr } from '../ops/raise.js';

/** 'one' = METH_O, 'none' = METH_NOARGS, [min, max] = positional range, 'any' = only no keywords. */
export type Arity = 'one' | 'none' | 'any' | [number, number];

/** Wraps the named native methods of `t` (already installed) with their CPython argument checks. */
export function checkArity(t: PyType, arity: Record<string, Arity>): void {
  for (const name of Object.keys(arity)) {
    const a = arity[name]!;
    const f = t.dict.get(name);
    if (!(f instanceof PyBuiltinFunction)) continue;
    const inner = f.fn;
    t.dict.set(name, new PyBuiltinFunction(name, (args, kw) => {
      if (kw !== null && kw.size > 0) typeErr(`${t.name}.${name}() takes no keyword arguments`);
      const n = args.length - 1;
      if (a === 'one') {
        if (n !== 1) typeErr(`${t.name}.${name}() takes exactly one argument (${n} given)`);
      } else if (a === 'none') {
        if (n !== 0) typeErr(`${t.name}.${name}() takes no arguments (${n} given)`);
      } else if (a !== 'any') {
        methodArgCount(name, args, a[0], a[1]);
      }
      return inner(args, kw);
    }, t));
  }
}
