// Membership tests (`item in container`): hashed lookups for dicts and sets, equality scans for
// sequences, __contains__ of script classes, and iteration as the fallback.

import { PyList } from '../types/list.js';
import { unboxed } from '../types/boxed.js';
import { PyTuple } from '../types/tuple.js';
import { PyDict, PyDictView } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { PyRange } from '../types/range.js';
import { eqBool } from './compare.js';
import { typeErr } from './raise.js';
import { typeOf } from '../core/type-of.js';
import { userDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import { truthy } from './truthy.js';
import { pyIter, nextOf } from './iter.js';
import { DONE } from '../types/iterator.js';
import { rangeContains } from '../types/range-methods.js';
import { PyBytes } from '../types/bytes.js';
import { bytesContains } from '../types/bytes-methods.js';
import { charge } from '../core/budget.js';
import { isIterable } from './iter.js';
import { strContains } from '../text/str-search-core.js';
import { chargeLongText } from '../text/text-cost.js';

function scan(xs: readonly unknown[], item: unknown): boolean {
  for (let i = 0; i < xs.length; i++) {
    if (eqBool(xs[i], item)) {
      charge(i);
      return true;
    }
  }
  charge(xs.length);
  return false;
}

export function contains(container: unknown, item: unknown): boolean {
  if ((container instanceof PyList || container instanceof PyDict) && container.sub !== null) {
    const f = userDunder(container, '__contains__');
    if (f !== undefined) return truthy(callWithSelf(f, container, [item]));
  }
  if (typeof container === 'string') {
    const sub = unboxed(item); // a str subclass instance searches as its value
    if (typeof sub !== 'string') typeErr(`'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    // linear whatever the needle (V8's includes is O(n·m) on crafted input), charged at the text rate
    chargeLongText(container.length + (sub as string).length);
    return strContains(container, sub as string);
  }
  if (container instanceof PyDict || container instanceof PySet) return container.table.get(item) !== undefined;
  if (container instanceof PyList || container instanceof PyTuple) return scan(container.items, item);
  if (container instanceof PyBytes) return bytesContains(container, item);
  if (container instanceof PyRange) {
    const r = rangeContains(container, item);
    if (r !== undefined) return r;
  }
  if (container instanceof PyDictView && container.kind === 'keys') return container.dict.table.get(item) !== undefined;
  if (container instanceof PyDictView && container.kind === 'items' && item instanceof PyTuple && item.items.length === 2) {
    const e = container.dict.table.get(item.items[0]);
    return e !== undefined && eqBool(e.value, item.items[1]);
  }
  const f = userDunder(container, '__contains__');
  if (f !== undefined) return truthy(callWithSelf(f, container, [item]));
  // Decided up front: a try/catch around pyIter would also swallow limits and RecursionError.
  if (!isIterable(container)) return typeErr(`argument of type '${typeOf(container).name}' is not iterable`);
  const it = pyIter(container);
  for (let v = nextOf(it); v !== DONE; v = nextOf(it)) {
    charge(1);
    if (eqBool(v, item)) return true;
  }
  return false;
}
