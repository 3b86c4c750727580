// The special methods of int, float, str, tuple, set and frozenset as Python-visible methods
// (`int.__add__`, `str.__len__`, ...). Builtin values never need them — the ops modules handle
// builtin types natively — but an instance of a script subclass (`class Tag(str)`, a PyBoxed) finds
// them along its MRO like any user special method, so every operator, builtin and protocol reaches
// the builtin behaviour of its value, and a subclass's own overrides win as in CPython. Also
// `T.__new__(cls, ...)`, which builds the boxed instance (`super().__new__(cls, (x, y))`).

import { PyType, isSubtype, type KwArgs, type NativeFn } from '../core/pytype.js';
import { PyBuiltinFunction, BOXABLE_TYPES } from '../core/builtin-function.js';
import { setType, frozensetType, intType, floatType, strType, tupleType } from '../core/builtin-types.js';
import { PyBoxed, unboxed } from '../types/boxed.js';
import { typeOf } from '../core/type-of.js';
import { builtinBinary } from './arith-builtin.js';
import { builtinCompare, type CmpOp } from './compare.js';
import { neg, pos, invert, type BinOp } from './arith.js';
import { pyHash } from './hash.js';
import { pyRepr, pyStr } from './repr.js';
import { formatValue } from './format.js';
import { lenOf } from './len.js';
import { nativeIter } from './iter.js';
import { getitem } from './item.js';
import { contains } from './contains.js';
import { truthy } from './truthy.js';
import { typeErr } from './raise.js';
import { asFloat, asInt } from './numeric.js';
import { mkFloat } from '../core/float-box.js';
import { absBuiltin } from '../builtins/numeric.js';
import { checkedSlotArity } from '../core/slot-arity.js';

/** The builtin type a boxed class extends (the first boxable type along its MRO). */
function boxedBase(t: PyType): PyType {
  for (const c of t.mro) if (BOXABLE_TYPES.has(c)) return c;
  return typeErr(`'${t.name}' does not extend a builtin value type`);
}

/** An instance of boxed class `t` around `base(args...)`. */
export function newBoxed(t: PyType, args: unknown[], kw: KwArgs): PyBoxed {
  const base = boxedBase(t);
  return new PyBoxed(t, base.ctor!(args, kw));
}

/** `T.__new__(cls, ...)`: the builtin value for T itself, a boxed instance for a subclass. */
function newMethod(base: PyType): NativeFn {
  return (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) typeErr(`${base.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
    const t = cls as PyType;
    if (!isSubtype(t, base)) typeErr(`${base.name}.__new__(${t.name}): ${t.name} is not a subtype of ${base.name}`);
    if (t === base) return base.ctor!(args.slice(1), kw);
    return new PyBoxed(t, base.ctor!(args.slice(1), kw));
  };
}

/** Methods that see the boxed instance itself (not unboxed like defineMethods' methods). */
function defineRaw(t: PyType, methods: Record<string, NativeFn>): void {
  for (const name of Object.keys(methods)) t.dict.set(name, new PyBuiltinFunction(name, checkedSlotArity(t, name, methods[name]!), t));
}

const BINARY: [string, BinOp][] = [
  ['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['floordiv', '//'], ['mod', '%'], ['pow', '**'],
  ['lshift', '<<'], ['rshift', '>>'], ['and', '&'], ['or', '|'], ['xor', '^'],
];
const COMPARE: [string, CmpOp][] = [['eq', '=='], ['ne', '!='], ['lt', '<'], ['le', '<='], ['gt', '>'], ['ge', '>=']];

for (const t of BOXABLE_TYPES) {
  t.subclassable = true;
  const m: Record<string, NativeFn> = {
    __new__: newMethod(t),
    __hash__: ([a]) => pyHash(unboxed(a)),
    __str__: ([a]) => (typeof unboxed(a) === 'string' ? unboxed(a) : pyRepr(a)),
    __bool__: ([a]) => truthy(unboxed(a)),
    // format(x, '') is str(x), which a subclass may override.
    __format__: ([a, spec]) => (spec === '' ? pyStr(a) : formatValue(unboxed(a), spec as string)),
  };
  for (const [name, op] of BINARY) {
    m[`__${name}__`] = ([a, b]) => builtinBinary(op, unboxed(a), unboxed(b));
    m[`__r${name}__`] = ([a, b]) => builtinBinary(op, unboxed(b), unboxed(a));
  }
  for (const [name, op] of COMPARE) m[`__${name}__`] = ([a, b]) => builtinCompare(op, unboxed(a), unboxed(b));
  defineRaw(t, m);
}

for (const t of [intType, floatType]) {
  defineRaw(t, {
    __repr__: ([a]) => pyRepr(unboxed(a)),
    __neg__: ([a]) => neg(unboxed(a)),
    __pos__: ([a]) => pos(unboxed(a)),
    __abs__: ([a]) => absBuiltin([unboxed(a)], null),
    __int__: ([a]) => (t === intType ? asInt(a) : asInt(intType.ctor!([unboxed(a)], null))),
    __float__: ([a]) => mkFloat(asFloat(a) ?? Number(asInt(a))),
  });
}
defineRaw(intType, { __invert__: ([a]) => invert(unboxed(a)), __index__: ([a]) => asInt(a) });

for (const t of [strType, tupleType, setType, frozensetType]) {
  defineRaw(t, {
    __len__: ([a]) => lenOf(unboxed(a)),
    __iter__: ([a]) => nativeIter(unboxed(a)),
    __contains__: ([a, x]) => contains(unboxed(a), x),
  });
}
for (const t of [strType, tupleType]) {
  defineRaw(t, {
    __repr__: ([a]) => pyRepr(unboxed(a)),
    __getitem__: ([a, k]) => getitem(unboxed(a), k),
  });
}
// A set subclass shows its class name: S({1, 2}), S().
for (const t of [setType, frozensetType]) {
  defineRaw(t, {
    __repr__: ([a]) => {
      const v = unboxed(a);
      if (a === v) return pyRepr(v);
      return lenOf(v) === 0 ? `${typeOf(a).name}()` : `${typeOf(a).name}(${pyRepr(v)})`;
    },
  });
}
export const installedBoxedDunders = true;
