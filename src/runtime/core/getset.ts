// PyGetSet: a computed attribute of a builtin type (`__class__`, `__name__`, `args`, ...), CPython's
// getset descriptor. It is a data descriptor: it wins over instance dicts.

import type { PyType } from './pytype.js';
import { getsetType } from './builtin-types.js';

export class PyGetSet {
  constructor(
    readonly name: string,
    readonly get: (obj: unknown) => unknown,
    readonly set: ((obj: unknown, value: unknown) => void) | null = null,
  ) {}
  get cls(): PyType {
    return getsetType;
  }
}

export function defineGetters(t: PyType, getters: Record<string, (obj: unknown) => unknown>): void {
  for (const name of Object.keys(getters)) t.dict.set(name, new PyGetSet(name, getters[name]!));
}
