// In-place operators on mutable builtins: `list += iterable`, `list *= n`, `set |= set`, `dict |= m`.
// Everything else falls back to the binary operator (ops/arith.ts).

import { NotImplemented } from '../core/singletons.js';
import { PyList } from '../types/list.js';
import { PyByteArray } from '../types/bytes.js';
import { bytearrayInplace } from '../types/bytearray.js';
import { PySet } from '../types/set.js';
import { PyDict } from '../types/dict.js';
import { listFromIterable } from './iter.js';
import { asInt } from './numeric.js';
import { memoryErr } from './raise.js';
import { setMerge, setIntersection, setDifferenceUpdate, setSymmetricDifferenceUpdate } from './set-algebra.js';
import { dictUpdate } from '../types/dict-methods.js';
import { MAX_SEQUENCE_ITEMS } from './arith-builtin.js';
import type { BinOp } from './arith.js';
import { chargeCopy } from '../core/rates.js';
import { checkSequenceSize, repeatCount } from '../core/sequence-size.js';

export function builtinInplace(op: BinOp, a: unknown, b: unknown): unknown {
  if (a instanceof PyByteArray) return bytearrayInplace(op, a, b);
  if (a instanceof PyList) {
    if (op === '+') {
      const extra = listFromIterable(b);
      if (a.items.length + extra.length > MAX_SEQUENCE_ITEMS) memoryErr();
      checkSequenceSize(a.items.length + extra.length);
      chargeCopy(extra.length);
      for (const x of extra) a.items.push(x);
      return a;
    }
    if (op === '*') {
      const n = asInt(b);
      if (n === undefined) return NotImplemented;
      const k = repeatCount(n);
      if (k <= 0) {
        a.items.length = 0;
        return a;
      }
      if (a.items.length * k > MAX_SEQUENCE_ITEMS) memoryErr();
      checkSequenceSize(a.items.length * k);
      const base = a.items.slice();
      chargeCopy(base.length * k);
      for (let i = 1; i < k; i++) for (const x of base) a.items.push(x);
      return a;
    }
    return NotImplemented;
  }
  if (a instanceof PySet && !a.frozen && b instanceof PySet) {
    switch (op) {
      case '|': setMerge(a, b); return a;
      case '&': a.table.takeFrom(setIntersection(a, b, false).table); return a;
      case '-': setDifferenceUpdate(a, b); return a;
      case '^': setSymmetricDifferenceUpdate(a, b); return a;
      default: return NotImplemented;
    }
  }
  if (a instanceof PyDict && op === '|') {
    dictUpdate(a, b);
    return a;
  }
  return NotImplemented;
}
