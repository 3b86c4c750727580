// `corral run --input JSON` / `--input-file FILE`: JSON text → the `inputs` option. JSON.parse
// decides what is valid (and words the error); the accepted text is then read again by a small
// iterative reader so that integers beyond ±(2^53−1) arrive as bigint (Python int, exact) rather
// than rounded doubles, and objects keep their key order (as Python's json.loads does) by becoming
// Maps with str keys, which the inputs conversion turns into dicts with str keys.
// (Node 20 has no JSON.parse reviver source access, hence the second reading.)

import { MarshalError, marshalInputs } from '../host/marshal.js';
import { UsageError } from './io.js';

/**
 * Parses and checks inputs; `what` names the source in errors (`--input`, `--input-file 'x.json'`).
 * Throws UsageError for invalid JSON, a non-object, a name that is not a Python identifier, or a
 * value the inputs conversion refuses (too deep, too large).
 */
export function parseInputs(text: string, what: string): Record<string, unknown> {
  let checked: unknown;
  try {
    checked = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(`${what} is not valid JSON: ${reason.replace(/\s+/g, ' ')}`, 'run');
  }
  if (checked === null || typeof checked !== 'object' || Array.isArray(checked)) {
    const got = checked === null ? 'null' : Array.isArray(checked) ? 'an array' : `a ${typeof checked}`;
    throw new UsageError(`${what} must be a JSON object (names to values), got ${got}`, 'run');
  }
  const top = readJson(text) as Map<string, unknown>;
  const inputs = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of top) inputs[name] = value;
  try {
    marshalInputs(inputs); // the same checks sandbox.run makes, reported as a usage error here
  } catch (e) {
    if (e instanceof MarshalError) throw new UsageError(`${what}: ${e.message}`, 'run');
    throw e;
  }
  return inputs;
}

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\],:])/y;

/** Reads JSON text that JSON.parse has accepted. Objects become Maps; big integers bigints. */
function readJson(text: string): unknown {
  // Each open container with, for objects, the key waiting for its value.
  const stack: { box: unknown[] | Map<string, unknown>; key: string | null }[] = [];
  let root: unknown;
  let expectKey = false;
  const place = (v: unknown): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) root = v;
    else if (Array.isArray(top.box)) top.box.push(v);
    else top.box.set(top.key!, v);
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[1]!;
    const top = stack[stack.length - 1];
    switch (t) {
      case '{':
      case '[': {
        const box = t === '{' ? new Map<string, unknown>() : [];
        place(box);
        stack.push({ box, key: null });
        expectKey = t === '{';
        break;
      }
      case '}':
      case ']':
        stack.pop();
        expectKey = false;
        break;
      case ',':
        expectKey = top !== undefined && !Array.isArray(top.box);
        break;
      case ':':
        break;
      case 'true':
        place(true);
        break;
      case 'false':
        place(false);
        break;
      case 'null':
        place(null);
        break;
      default:
        if (t.startsWith('"')) {
          const s = JSON.parse(t) as string;
          if (expectKey) {
            top!.key = s;
            expectKey = false;
          } else {
            place(s);
          }
        } else {
          place(number(t));
        }
    }
  }
  return root;
}

function number(t: string): number | bigint {
  const n = Number(t);
  return /^-?\d+$/.test(t) && !Number.isSafeInteger(n) ? BigInt(t) : n;
}
