// `**mapping` in calls and dict displays: merges a mapping into a PyDict, refusing duplicate
// keywords and non-mappings with CPython's messages (naming the called function).

import { PyDict } from '../types/dict.js';
import { typeErr } from './raise.js';
import { typeOf } from '../core/type-of.js';
import { lookupAttr } from './attr.js';
import { callArgs } from './call.js';
import { listFromIterable, spreadInto, isIterable } from './iter.js';
import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { getitem } from './item.js';
import { PyFunction } from '../types/function.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';

/** How CPython names a callee in `*`/`**` errors: `__main__.f()`, `print()`. */
export function funcName(f: unknown): string {
  if (f instanceof PyFunction) return `__main__.${f.qualname}()`;
  if (f instanceof PyBuiltinFunction) return `${f.name}()`;
  return `${typeOf(f).name} object`;
}

export function mergeKwargs(d: unknown, m: unknown, funcForErrors: unknown): unknown {
  const target = d as PyDict;
  const forCall = funcForErrors !== null && funcForErrors !== undefined;
  let pairs: [unknown, unknown][];
  if (m instanceof PyDict) {
    pairs = Array.from(m.table.entries(), (e) => [e.key, e.value]);
  } else {
    const keys = typeof m === 'object' && m !== null ? lookupAttr(m, 'keys') : undefined;
    if (keys === undefined) {
      if (forCall) typeErr(`${funcName(funcForErrors)} argument after ** must be a mapping, not ${typeOf(m).name}`);
      typeErr(`'${typeOf(m).name}' object is not a mapping`);
    }
    pairs = listFromIterable(callArgs(keys, [])).map((k) => [k, getitem(m, k)]);
  }
  for (const [k, v] of pairs) {
    if (forCall) {
      if (typeof k !== 'string') typeErr('keywords must be strings'); // CPython names no function here
      if (target.table.get(k) !== undefined) typeErr(`${funcName(funcForErrors)} got multiple values for keyword argument '${k}'`);
    }
    target.table.set(k, v);
  }
  return target;
}

/** `*it` in a call (`func` given) or a list/tuple display (`func` null), worded as CPython does. */
export function spreadArgs(out: unknown[], it: unknown, func: unknown): unknown[] {
  if (!(it instanceof PyList) && !(it instanceof PyTuple) && !isIterable(it)) {
    const where = func === null || func === undefined ? 'Value' : `${funcName(func)} argument`;
    typeErr(`${where} after * must be an iterable, not ${typeOf(it).name}`);
  }
  return spreadInto(out, it);
}
