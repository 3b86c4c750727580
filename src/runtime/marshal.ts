// Marshalling between runtime values and the plain data that crosses the isolate boundary
// (protocol.ts `Marshalled`): inputs come in, the script's result goes out. Depth is capped and
// cycles are detected; values that cannot cross become `{ $unsupported: typeName }`.

import type { Marshalled } from './protocol.js';
import { PyFloat, mkFloat } from './core/float-box.js';
import { PyList } from './types/list.js';
import { PyTuple } from './types/tuple.js';
import { PyDict } from './types/dict.js';
import { PySet } from './types/set.js';
import { typeOf } from './core/type-of.js';
import { normBig } from './core/int-math.js';
import { PyBytes } from './types/bytes.js';
import { PyBoxed } from './types/boxed.js';

/** How deep nested containers may be, both ways. */
export const MAX_MARSHAL_DEPTH = 200;

export class MarshalError {
  constructor(readonly message: string) {}
}

export function toMarshalled(v: unknown, depth = 0, active: Set<unknown> = new Set()): Marshalled {
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      return v;
    case 'bigint':
      return v;
  }
  if (v === null) return null;
  if (v instanceof PyFloat) return { $type: 'float', value: v.value };
  if (v instanceof PyBoxed) return toMarshalled(v.value, depth, active); // a subclass of int, str, tuple, ...
  if (depth >= MAX_MARSHAL_DEPTH) throw new MarshalError(`result nested deeper than ${MAX_MARSHAL_DEPTH} levels`);
  if (active.has(v)) throw new MarshalError('result contains a reference cycle');
  active.add(v);
  try {
    const sub = (x: unknown): Marshalled => toMarshalled(x, depth + 1, active);
    if (v instanceof PyList) return v.items.map(sub);
    if (v instanceof PyBytes) return { $type: 'bytes', data: v.data.slice() };
    if (v instanceof PyTuple) return { $type: 'tuple', items: v.items.map(sub) };
    if (v instanceof PyDict) return { $type: 'dict', entries: Array.from(v.table.entries(), (e) => [sub(e.key), sub(e.value)] as [Marshalled, Marshalled]) };
    if (v instanceof PySet) return { $type: v.frozen ? 'frozenset' : 'set', items: Array.from(v.table.entries(), (e) => sub(e.key)) };
    return { $unsupported: typeOf(v).name };
  } finally {
    active.delete(v);
  }
}

/** Plain data from the host → runtime values. Anything malformed is a MarshalError. */
export function fromMarshalled(m: unknown, depth = 0): unknown {
  switch (typeof m) {
    case 'boolean':
    case 'string':
      return m;
    case 'number':
      if (Number.isInteger(m) && !Number.isSafeInteger(m)) return mkFloat(m);
      return m;
    case 'bigint':
      return normBig(m);
  }
  if (m === null) return null;
  if (depth >= MAX_MARSHAL_DEPTH) throw new MarshalError(`input nested deeper than ${MAX_MARSHAL_DEPTH} levels`);
  const sub = (x: unknown): unknown => fromMarshalled(x, depth + 1);
  if (Array.isArray(m)) return new PyList(m.map(sub));
  if (typeof m !== 'object') throw new MarshalError(`unsupported input of type ${typeof m}`);
  const o = m as Record<string, unknown>;
  switch (o.$type) {
    case 'tuple':
      return new PyTuple(arrayField(o.items).map(sub));
    case 'float':
      if (typeof o.value !== 'number') throw new MarshalError('float input without a numeric value');
      return mkFloat(o.value);
    case 'dict': {
      const d = new PyDict();
      for (const pair of arrayField(o.entries)) {
        const kv = arrayField(pair);
        d.table.set(sub(kv[0]), sub(kv[1]));
      }
      return d;
    }
    case 'set':
    case 'frozenset': {
      const s = new PySet(o.$type === 'frozenset');
      for (const x of arrayField(o.items)) s.table.set(sub(x), null);
      return s;
    }
    case 'bytes':
      if (!(o.data instanceof Uint8Array)) throw new MarshalError('bytes input without a Uint8Array');
      return new PyBytes(o.data.slice());
    default:
      throw new MarshalError('unsupported input value');
  }
}

function arrayField(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new MarshalError('malformed input value');
  return v;
}
