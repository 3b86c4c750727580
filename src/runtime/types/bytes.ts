// bytes: an immutable byte string (literals only in this milestone; methods come later).

import type { PyType } from '../core/pytype.js';
import { bytesType } from '../core/builtin-types.js';

export class PyBytes {
  constructor(readonly data: Uint8Array) {}
  get cls(): PyType {
    return bytesType;
  }
}

export function bytesFromLatin1(s: string): PyBytes {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i) & 0xff;
  return new PyBytes(d);
}

/** b'...' as CPython prints it. */
export function bytesRepr(b: PyBytes): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b.data) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of b.data) {
    if (c === 0x5c || (c === 0x27 && q === "'")) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}
