// tuple: the constructor and the methods of the tuple type.

import { checkArity } from './method-arity.js';
import { tupleType } from '../core/builtin-types.js';
import { defineMethods } from '../core/builtin-function.js';
import type { KwArgs } from '../core/pytype.js';
import { PyTuple, EMPTY_TUPLE } from './tuple.js';
import { listFromIterable } from '../ops/iter.js';
import { noKw, argCount } from '../builtins/args.js';
import { eqBool } from '../ops/compare.js';
import { valueErr } from '../ops/raise.js';
import { searchBounds } from './list-methods.js';
import { charge } from '../core/budget.js';

tupleType.ctor = (args: unknown[], kw: KwArgs): unknown => {
  noKw('tuple', kw);
  argCount('tuple', args, 0, 1);
  if (args.length === 0) return EMPTY_TUPLE;
  if (args[0] instanceof PyTuple) return args[0];
  return new PyTuple(listFromIterable(args[0]));
};

defineMethods(tupleType, {
  index: (args) => {
    const t = args[0] as PyTuple;
    const [start, stop] = searchBounds(args, 2, t.items.length);
    for (let i = start; i < stop && i < t.items.length; i++) {
      charge(1);
      if (eqBool(t.items[i], args[1])) return i;
    }
    return valueErr('tuple.index(x): x not in tuple');
  },
  count: (args) => {
    let n = 0;
    for (const x of (args[0] as PyTuple).items) {
      charge(1);
      if (eqBool(x, args[1])) n++;
    }
    return n;
  },
});
export const installedTupleMethods = true;

checkArity(tupleType, { count: 'one', index: [1, 3] });
