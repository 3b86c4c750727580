// CPython's argument checks for special methods called explicitly (`'abc'.__getitem__()`,
// `[].__len__(1)`): a slot wrapper says `expected 1 argument, got 0`. The native functions behind
// builtin types' special methods read their arguments by position, so without this check a
// missing argument reached them as JS `undefined` (a fuzz finding: an internal error).

import type { PyType, NativeFn } from './pytype.js';
import { typeErr } from '../ops/raise.js';

/** Arguments besides self, for the special methods whose count is fixed. Others are not checked. */
const SLOT_ARITY: ReadonlyMap<string, number> = new Map([
  ...['__hash__', '__str__', '__bool__', '__repr__', '__neg__', '__pos__', '__abs__', '__int__', '__float__',
    '__invert__', '__index__', '__len__', '__iter__', '__next__', '__reversed__', '__trunc__', '__floor__',
    '__ceil__'].map((n): [string, number] => [n, 0]),
  ...['__getitem__', '__delitem__', '__contains__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
    ...['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'lshift', 'rshift', 'and', 'xor', 'or']
      .flatMap((op) => [`__${op}__`, `__r${op}__`, `__i${op}__`])].map((n): [string, number] => [n, 1]),
  ['__setitem__', 2],
  ['__format__', 1],
]);

export function checkedSlotArity(t: PyType, name: string, fn: NativeFn): NativeFn {
  const arity = SLOT_ARITY.get(name);
  if (arity === undefined) return fn;
  return (args, kw) => {
    if (args.length === 0) typeErr(`descriptor '${name}' of '${t.name}' object needs an argument`);
    const given = args.length - 1;
    if (name === '__format__' && given !== 1) typeErr(`${t.name}.__format__() takes exactly one argument (${given} given)`);
    if (given !== arity) typeErr(`expected ${arity} argument${arity === 1 ? '' : 's'}, got ${given}`);
    return fn(args, kw);
  };
}
