// typeOf: the Python type of any runtime value. Primitives map by JS type (an integral number is an
// int, a non-integral one a float); every heap object carries its type in `cls`.

import type { PyType } from './pytype.js';
import { boolType, floatType, intType, noneType, strType } from './builtin-types.js';

export interface PyHeapObject {
  readonly cls: PyType;
}

export function typeOf(v: unknown): PyType {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? intType : floatType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    case 'bigint':
      return intType;
    case 'object':
      return v === null ? noneType : (v as PyHeapObject).cls;
    default:
      throw new Error(`not a Python value: ${typeof v}`);
  }
}

/** The type name as messages show it (`'int' object is not callable`). */
export function typeName(v: unknown): string {
  return typeOf(v).name;
}
