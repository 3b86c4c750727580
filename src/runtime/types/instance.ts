// PyInstance: an instance of a script class (layout 'object'). Its attributes live in `dict`, a Map,
// never as JS properties.

import type { PyType } from '../core/pytype.js';

export class PyInstance {
  readonly dict = new Map<string, unknown>();
  constructor(readonly cls: PyType) {}
}
