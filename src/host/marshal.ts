// Host-side marshalling (the runtime does the isolate side). Inputs: plain JS values → Marshalled
// (runtime/protocol.ts) with caps on depth, size and cycles, failing with a clear MarshalError.
// Results: Marshalled, as copied out of the isolate and therefore untrusted (invariant 1), → plain
// JS values, checking every node's shape and the same caps; anything malformed is a MarshalError.
//
//   None → null · bool → boolean · int → number, or bigint beyond ±(2^53-1) · float → number
//   str → string · list, tuple → array · dict with only str keys → null-prototype object
//   other dict → Map · set, frozenset → Set · bytes → Uint8Array · unsupported → { $unsupported }

import type { Marshalled } from '../runtime/protocol.js';

export interface MarshalCaps {
  /** Deepest nesting of containers. */
  maxDepth: number;
  /** Total values (containers, items, keys) in one conversion. */
  maxNodes: number;
  /** Total UTF-16 units of strings plus bytes of byte strings in one conversion. */
  maxChars: number;
}

export const DEFAULT_MARSHAL_CAPS: Readonly<MarshalCaps> = Object.freeze({
  maxDepth: 100,
  maxNodes: 1_000_000,
  maxChars: 64 * 1024 * 1024,
});

export class MarshalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarshalError';
  }
}

/** Input names become script globals: they must be Python identifiers. */
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** Converts the `inputs` option; `what` names the input in errors. */
export function marshalInputs(
  inputs: Record<string, unknown> | undefined,
  caps: MarshalCaps = DEFAULT_MARSHAL_CAPS,
): Record<string, Marshalled> {
  const out: Record<string, Marshalled> = Object.create(null) as Record<string, Marshalled>;
  if (inputs === undefined || inputs === null) return out;
  if (typeof inputs !== 'object' || Array.isArray(inputs)) throw new MarshalError('inputs must be an object');
  const budget = { nodes: 0, chars: 0 };
  for (const name of Object.keys(inputs)) {
    if (!IDENTIFIER.test(name)) throw new MarshalError(`input name '${name}' is not a Python identifier`);
    out[name] = toMarshalled(inputs[name], caps, budget, new Set(), 0, `input '${name}'`);
  }
  return out;
}

function toMarshalled(
  v: unknown, caps: MarshalCaps, budget: { nodes: number; chars: number },
  stack: Set<object>, depth: number, what: string,
): Marshalled {
  if (++budget.nodes > caps.maxNodes) throw new MarshalError(`${what} is too large (more than ${caps.maxNodes} values)`);
  switch (typeof v) {
    case 'undefined':
      return null;
    case 'boolean':
    case 'bigint':
      return v;
    case 'number':
      return Object.is(v, -0) ? 0 : v;
    case 'string':
      budget.chars += v.length;
      if (budget.chars > caps.maxChars) throw new MarshalError(`${what} is too large (more than ${caps.maxChars} characters)`);
      return v;
    case 'object':
      break;
    default:
      throw new MarshalError(`${what} contains a ${typeof v}, which cannot be passed to a script`);
  }
  if (v === null) return null;
  if (depth >= caps.maxDepth) throw new MarshalError(`${what} nests deeper than ${caps.maxDepth} levels`);
  if (stack.has(v)) throw new MarshalError(`${what} contains a cycle`);
  if (v instanceof Uint8Array) {
    budget.chars += v.length;
    if (budget.chars > caps.maxChars) throw new MarshalError(`${what} is too large (more than ${caps.maxChars} characters)`);
    return { $type: 'bytes', data: new Uint8Array(v) };
  }
  stack.add(v);
  try {
    const inner = (x: unknown): Marshalled => toMarshalled(x, caps, budget, stack, depth + 1, what);
    if (Array.isArray(v)) return v.map(inner);
    if (v instanceof Map) return { $type: 'dict', entries: [...v].map(([k, x]) => [inner(k), inner(x)] as [Marshalled, Marshalled]) };
    if (v instanceof Set) return { $type: 'set', items: [...v].map(inner) };
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      const name = (v as { constructor?: { name?: unknown } }).constructor?.name;
      throw new MarshalError(`${what} contains a ${typeof name === 'string' && name ? name : 'non-plain object'}, which cannot be passed to a script`);
    }
    const entries: [Marshalled, Marshalled][] = [];
    for (const key of Object.keys(v)) {
      budget.chars += key.length;
      entries.push([key, inner((v as Record<string, unknown>)[key])]);
    }
    return { $type: 'dict', entries };
  } finally {
    stack.delete(v);
  }
}

/** Converts a value copied out of the isolate, checking its shape as it goes. */
export function unmarshal(value: unknown, caps: MarshalCaps = DEFAULT_MARSHAL_CAPS): unknown {
  return fromMarshalled(value, caps, { nodes: 0, chars: 0 }, 0);
}

function fromMarshalled(v: unknown, caps: MarshalCaps, budget: { nodes: number; chars: number }, depth: number): unknown {
  if (++budget.nodes > caps.maxNodes) throw new MarshalError(`result is too large (more than ${caps.maxNodes} values)`);
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v;
    case 'bigint':
      return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    case 'string':
      budget.chars += v.length;
      if (budget.chars > caps.maxChars) throw new MarshalError('result is too large');
      return v;
    case 'object':
      break;
    default:
      throw new MarshalError('malformed result value');
  }
  if (v === null) return null;
  if (depth >= caps.maxDepth) throw new MarshalError(`result nests deeper than ${caps.maxDepth} levels`);
  const inner = (x: unknown): unknown => fromMarshalled(x, caps, budget, depth + 1);
  // Array.from visits holes as undefined, which is rejected: a sparse array is not Marshalled.
  if (Array.isArray(v)) return Array.from(v, inner);
  const o = v as Record<string, unknown>;
  if (typeof o['$unsupported'] === 'string') {
    return Object.freeze({ $unsupported: o['$unsupported'].slice(0, 200) });
  }
  switch (o['$type']) {
    case 'tuple':
      return Array.from(arrayField(o, 'items'), inner);
    case 'float':
      if (typeof o['value'] !== 'number') throw new MarshalError('malformed float in result');
      return o['value'];
    case 'set':
    case 'frozenset':
      return new Set(Array.from(arrayField(o, 'items'), inner));
    case 'bytes': {
      const data = o['data'];
      if (!(data instanceof Uint8Array)) throw new MarshalError('malformed bytes in result');
      budget.chars += data.length;
      if (budget.chars > caps.maxChars) throw new MarshalError('result is too large');
      return new Uint8Array(data);
    }
    case 'dict': {
      const entries = Array.from(arrayField(o, 'entries'), (e) => {
        if (!Array.isArray(e) || e.length !== 2) throw new MarshalError('malformed dict entry in result');
        return [inner(e[0]), inner(e[1])] as const;
      });
      if (entries.every(([k]) => typeof k === 'string')) {
        const obj = Object.create(null) as Record<string, unknown>;
        for (const [k, x] of entries) obj[k as string] = x;
        return obj;
      }
      return new Map(entries);
    }
    default:
      throw new MarshalError('malformed result value');
  }
}

function arrayField(o: Record<string, unknown>, key: string): unknown[] {
  const a = o[key];
  if (!Array.isArray(a)) throw new MarshalError(`malformed ${String(o['$type'])} in result`);
  return a;
}
