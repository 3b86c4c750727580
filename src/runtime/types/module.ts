// PyModule: a module object (stdlib and host modules come in later milestones).

import type { PyType } from '../core/pytype.js';
import { moduleType } from '../core/builtin-types.js';

export class PyModule {
  readonly dict = new Map<string, unknown>();
  constructor(readonly name: string) {}
  get cls(): PyType {
    return moduleType;
  }
}
