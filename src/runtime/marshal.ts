// Marshalling between runtime values and the plain data that crosses the isolate boundary
// (protocol.ts `Marshalled`): inputs come in, the script's result goes out. Values that cannot
// cross become `{ $unsupported: typeName }`. A result the host would refuse (host/marshal.ts caps)
// is the script's doing, so it fails as a Python exception, not an internal error: too deep →
// RecursionError, a cycle → ValueError, too many values → MemoryError. Charged per value.

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
import { raiseNew, valueErr } from './ops/raise.js';
import { PyExc_MemoryError, PyExc_RecursionError } from './core/exception-types.js';
import { charge } from './core/budget.js';

/** How deep nested input containers may be. */
export const MAX_MARSHAL_DEPTH = 200;
/** The host's caps on a result (host/marshal.ts DEFAULT_MARSHAL_CAPS): deeper or larger is refused there. */
export const MAX_RESULT_DEPTH = 100;
export const MAX_RESULT_NODES = 1_000_000;

export const MAX_RESULT_CHARS = 64 * 1024 * 1024;

interface ResultWalk {
  active: Set<unknown>;
  nodes: number;
  chars: number;
}

/** The script's result as plain data; Python exceptions for what the host could not take. */
export function toMarshalled(v: unknown): Marshalled {
  return marshalValue(v, 0, { active: new Set(), nodes: 0, chars: 0 });
}

function tooLarge(what: string): never {
  return raiseNew(PyExc_MemoryError, `the result has more than ${what}`);
}

export class MarshalError {
  constructor(readonly message: string) {}
}

function marshalValue(v: unknown, depth: number, walk: ResultWalk): Marshalled {
  if (++walk.nodes > MAX_RESULT_NODES) tooLarge(`${MAX_RESULT_NODES} values`);
  if ((walk.nodes & 7) === 0) charge(1);
  switch (typeof v) {
    case 'string':
      walk.chars += v.length;
      if (walk.chars > MAX_RESULT_CHARS) tooLarge(`${MAX_RESULT_CHARS} characters`);
      return v;
    case 'boolean':
      return v;
    case 'number':
      return v;
    case 'bigint':
      return v;
  }
  if (v === null) return null;
  if (v instanceof PyFloat) return { $type: 'float', value: v.value };
  if (v instanceof PyBoxed) return marshalValue(v.value, depth, walk); // a subclass of int, str, tuple, ...
  const active = walk.active;
  if (active.has(v)) valueErr('Circular reference detected in the result');
  if (depth >= MAX_RESULT_DEPTH) {
    raiseNew(PyExc_RecursionError, `maximum recursion depth exceeded while converting the result (nested deeper than ${MAX_RESULT_DEPTH} levels)`);
  }
  active.add(v);
  try {
    const sub = (x: unknown): Marshalled => marshalValue(x, depth + 1, walk);
    if (v instanceof PyList) return v.items.map(sub);
    if (v instanceof PyBytes) {
      walk.chars += v.data.length;
      if (walk.chars > MAX_RESULT_CHARS) tooLarge(`${MAX_RESULT_CHARS} characters`);
      return { $type: 'bytes', data: v.data.slice() };
    }
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
