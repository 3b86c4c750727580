// The names of the runtime ABI (src/runtime/abi.ts) as data, for the verifier: `$rt.<name>` is
// accepted only for these. The type-level check below fails compilation when abi.ts gains or
// loses a member this list does not mirror.

import type { RuntimeABI } from '../runtime/abi.js';

export const ABI_MEMBERS = [
  'state', 'outOfOps', 'tooDeep', 'float', 'bytes', 'Ellipsis', 'initGlobal', 'moduleEnd', 'globalMissing', 'unboundLocal', 'unboundFree',
  'unboundGlobal', 'add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
  'bitand', 'bitor', 'bitxor', 'matmul', 'iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod',
  'ipow', 'ilshift', 'irshift', 'ibitand', 'ibitor', 'ibitxor', 'imatmul', 'neg', 'pos', 'invert',
  'truthy', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'is', 'isNot', 'contains',
  'notContains', 'getattr', 'setattr', 'delattr', 'getitem', 'setitem', 'delitem', 'slice', 'call', 'callKw',
  'callEx', 'callMethod', 'callMethodKw', 'spreadInto', 'spreadArgs', 'mergeKwargs', 'def', 'classNamespace', 'makeClass', 'classLookup', 'classStore',
  'classDelete', 'superOf', 'list', 'tuple', 'dict', 'set', 'constSet', 'listAppend', 'setAdd', 'dictSet', 'iterate',
  'unpack', 'unpackStar', 'genexp', 'yieldFrom', 'str', 'repr', 'ascii', 'format', 'concat', 'raise',
  'reraise', 'caught', 'handled', 'excMatches', 'assertFail', 'withEnter', 'withExit', 'import', 'importFrom',
  'matchSequence', 'matchMapping', 'matchKeys', 'matchClass',
] as const satisfies readonly (keyof RuntimeABI)[];

type Unlisted = Exclude<keyof RuntimeABI, (typeof ABI_MEMBERS)[number]>;
/** Compiles only while every RuntimeABI member is listed above. */
export const ABI_LIST_IS_COMPLETE: [Unlisted] extends [never] ? true : Unlisted = true;

/** `$rt` helpers whose result is a JS boolean (usable with raw `!`, `&&`, `||`). */
export const BOOLEAN_HELPERS: ReadonlySet<string> = new Set([
  'truthy', 'is', 'isNot', 'contains', 'notContains', 'excMatches', 'withExit',
  'matchSequence', 'matchMapping', 'matchKeys', 'matchClass',
]);

/** Fields of the run state `$s` that generated code may touch. */
export const STATE_FIELDS: ReadonlySet<string> = new Set(['ops', 'depth', 'maxDepth', 'halt']);
