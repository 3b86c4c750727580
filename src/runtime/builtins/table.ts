// The builtins namespace: every name a script can use without defining it (`len`, `int`,
// `ValueError`, ...). `$rt.globalMissing(name)` reads this table.

import { builtinFn } from '../core/builtin-function.js';
import { objectType, typeType } from '../core/pytype.js';
import { intType, boolType, floatType, strType, listType, tupleType, dictType, setType, frozensetType, rangeType,
  sliceType, propertyType, staticmethodType, classmethodType, superType, bytesType, bytearrayType } from '../core/builtin-types.js';
import { exceptionTypes } from '../core/exception-types.js';
import { NotImplemented, Ellipsis } from '../core/singletons.js';
import { printBuiltin } from './print.js';
import { absBuiltin, roundBuiltin, divmodBuiltin, powBuiltin, binBuiltin, octBuiltin, hexBuiltin, ordBuiltin, chrBuiltin,
  sumBuiltin, minBuiltin, maxBuiltin } from './numeric.js';
import { iterBuiltin, nextBuiltin, enumerateBuiltin, zipBuiltin, mapBuiltin, filterBuiltin, reversedBuiltin, sortedBuiltin,
  anyBuiltin, allBuiltin } from './iteration.js';
import { isinstanceBuiltin, issubclassBuiltin, callableBuiltin, idBuiltin, hashBuiltin, lenBuiltin, reprBuiltin, asciiBuiltin,
  formatBuiltin, exitBuiltin } from './introspection.js';
import { getattrBuiltin, setattrBuiltin, hasattrBuiltin, delattrBuiltin } from './attributes.js';
import type { NativeFn } from '../core/pytype.js';

const functions: [string, NativeFn][] = [
  ['print', printBuiltin], ['len', lenBuiltin], ['repr', reprBuiltin], ['ascii', asciiBuiltin], ['format', formatBuiltin],
  ['abs', absBuiltin], ['round', roundBuiltin], ['divmod', divmodBuiltin], ['pow', powBuiltin], ['bin', binBuiltin],
  ['oct', octBuiltin], ['hex', hexBuiltin], ['ord', ordBuiltin], ['chr', chrBuiltin], ['sum', sumBuiltin],
  ['min', minBuiltin], ['max', maxBuiltin], ['iter', iterBuiltin], ['next', nextBuiltin], ['sorted', sortedBuiltin],
  ['any', anyBuiltin], ['all', allBuiltin], ['isinstance', isinstanceBuiltin], ['issubclass', issubclassBuiltin],
  ['callable', callableBuiltin], ['id', idBuiltin], ['hash', hashBuiltin], ['getattr', getattrBuiltin],
  ['setattr', setattrBuiltin], ['hasattr', hasattrBuiltin], ['delattr', delattrBuiltin], ['exit', exitBuiltin],
  ['quit', exitBuiltin],
];

/** Lazy builtins that CPython exposes as types (enumerate, zip, ...) are functions here. */
const lazy: [string, NativeFn][] = [
  ['enumerate', enumerateBuiltin], ['zip', zipBuiltin], ['map', mapBuiltin], ['filter', filterBuiltin],
  ['reversed', reversedBuiltin],
];

export const BUILTINS = new Map<string, unknown>();
for (const [name, fn] of [...functions, ...lazy]) BUILTINS.set(name, builtinFn(name, fn));
for (const t of [objectType, typeType, intType, boolType, floatType, strType, listType, tupleType, dictType, setType,
  frozensetType, rangeType, sliceType, propertyType, staticmethodType, classmethodType, superType, bytesType, bytearrayType]) {
  BUILTINS.set(t.name, t);
}
for (const [name, t] of exceptionTypes) BUILTINS.set(name, t);
BUILTINS.set('NotImplemented', NotImplemented);
BUILTINS.set('Ellipsis', Ellipsis);
BUILTINS.set('None', null);
BUILTINS.set('True', true);
BUILTINS.set('False', false);
