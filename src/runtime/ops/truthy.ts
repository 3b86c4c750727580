// Truth value testing (`if x`, `not x`, `bool(x)`), with __bool__ and __len__ of script classes.

import { PyFloat } from '../core/float-box.js';
import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { PyDict, PyDictView } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { PyRange } from '../types/range.js';
import { userDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import { typeErr } from './raise.js';
import { typeName } from '../core/type-of.js';
import { lenOf } from './len.js';
import { PyBytes } from '../types/bytes.js';

export function truthy(v: unknown): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0; // NaN is true, as in Python
    case 'string':
      return v.length > 0;
    case 'bigint':
      return true; // bigints are never 0 (normalised)
  }
  if (v === null) return false;
  if ((v instanceof PyList || v instanceof PyDict) && v.sub !== null) {
    if (userDunder(v, '__bool__') !== undefined || userDunder(v, '__len__') !== undefined) return userTruth(v);
  }
  if (v instanceof PyList) return v.items.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.table.size > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyRange) return v.length > 0;
  if (v instanceof PyDictView) return v.dict.table.size > 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  return userTruth(v);
}

function userTruth(v: unknown): boolean {
  const b = userDunder(v, '__bool__');
  if (b !== undefined) {
    const r = callWithSelf(b, v, []);
    if (typeof r !== 'boolean') typeErr(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  if (userDunder(v, '__len__') !== undefined) return lenOf(v) > 0;
  return true;
}
