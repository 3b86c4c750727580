// Set-like behaviour of dict views: keys() and items() compare and combine like sets.

import { PyDictView } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { PyTuple } from '../types/tuple.js';

export function dictViewSet(v: PyDictView): PySet {
  const s = new PySet(true);
  for (const e of v.dict.table.entries()) s.table.set(v.kind === 'items' ? new PyTuple([e.key, e.value]) : e.key, null);
  return s;
}
