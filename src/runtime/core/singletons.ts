// The unique objects NotImplemented and Ellipsis (None, True, False are JS null/true/false).

import type { PyType } from './pytype.js';
import { ellipsisType, notImplementedType } from './builtin-types.js';

export class PySingleton {
  constructor(
    readonly cls: PyType,
    readonly reprText: string,
  ) {}
}

export const NotImplemented = new PySingleton(notImplementedType, 'NotImplemented');
export const Ellipsis = new PySingleton(ellipsisType, 'Ellipsis');
