// len() for every sized type, with __len__ of script classes.

import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { PyDict, PyDictView } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { PyRange } from '../types/range.js';
import { cpLength } from '../text/codepoints.js';
import { userDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import { typeErr, valueErr, overflowErr } from './raise.js';
import { typeOf } from '../core/type-of.js';
import { asInt } from './numeric.js';
import { PyBytes } from '../types/bytes.js';

export function lenOf(v: unknown): number {
  if (typeof v === 'string') return cpLength(v);
  if ((v instanceof PyList || v instanceof PyDict) && v.sub !== null && userDunder(v, '__len__') !== undefined) return userLen(v);
  if (v instanceof PyList) return v.items.length;
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.table.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyDictView) return v.dict.table.size;
  if (v instanceof PyBytes) return v.data.length;
  if (userDunder(v, '__len__') === undefined) return typeErr(`object of type '${typeOf(v).name}' has no len()`);
  return userLen(v);
}

function userLen(v: unknown): number {
  const r = callWithSelf(userDunder(v, '__len__'), v, []);
  const n = asInt(r);
  if (n === undefined) typeErr(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
  if (n < 0) valueErr('__len__() should return >= 0');
  if (typeof n === 'bigint') overflowErr("cannot fit 'int' into an index-sized integer");
  return n;
}
