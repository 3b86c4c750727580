// `corral run --json`: the whole RunResult as one JSON document. Values JSON cannot hold become
// one-key objects tagged with a `$` name (docs/api.md, "Command line"):
//
//   bigint → {"$bigint": "-123..."}           NaN, ±Infinity, -0 → {"$float": "NaN" | "Infinity" | "-Infinity" | "-0"}
//   Uint8Array → {"$bytes": "<base64>"}      Set → {"$set": [...]}      Map → {"$map": [[key, value], ...]}
//   { $unsupported: 'type' } → {"$unsupported": "type"}
//
// A dict with str keys is a plain JSON object, except that a dict whose only key is one of the
// tags is written as {"$map": [[key, value]]}, so that every one-key object with a tag name is a
// tagged value and the encoding reads back without loss.

import type { RunResult } from '../index.js';

export const JSON_TAGS: readonly string[] = ['$bigint', '$float', '$bytes', '$set', '$map', '$unsupported'];

/** The JSON document `corral run --json` prints (without the trailing newline). */
export function resultJson(result: RunResult): string {
  return JSON.stringify(
    { ok: result.ok, value: toJsonValue(result.value), stdout: result.stdout, stderr: result.stderr, ops: result.ops, error: result.error },
    // RunError is plain host-built data; a bigint would only appear through a bug, and must not throw.
    (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
  );
}

/** A result value (the Python → JS table of docs/api.md) as JSON-safe data. */
export function toJsonValue(v: unknown): unknown {
  switch (typeof v) {
    case 'undefined':
      return null;
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      if (Number.isNaN(v)) return { $float: 'NaN' };
      if (!Number.isFinite(v)) return { $float: v > 0 ? 'Infinity' : '-Infinity' };
      return Object.is(v, -0) ? { $float: '-0' } : v;
    case 'bigint':
      return { $bigint: v.toString() };
    case 'object':
      break;
    default:
      return { $unsupported: typeof v };
  }
  if (v === null) return null;
  if (v instanceof Uint8Array) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  if (Array.isArray(v)) return v.map(toJsonValue);
  if (v instanceof Set) return { $set: [...v].map(toJsonValue) };
  if (v instanceof Map) return { $map: [...v].map(([k, x]) => [toJsonValue(k), toJsonValue(x)]) };
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  // The library's marker for a value that cannot leave the sandbox: a frozen ordinary object, where
  // a Python dict is an object with a null prototype.
  if (Object.getPrototypeOf(o) !== null && keys.length === 1 && typeof o['$unsupported'] === 'string') {
    return { $unsupported: o['$unsupported'] };
  }
  if (keys.length === 1 && JSON_TAGS.includes(keys[0]!)) return { $map: [[keys[0], toJsonValue(o[keys[0]!])]] };
  // A null-prototype object, so that a '__proto__' key is written as a key.
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of keys) out[k] = toJsonValue(o[k]);
  return out;
}
