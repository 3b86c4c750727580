// The one place where a TextError thrown by the pure text functions (src/runtime/text) becomes the
// Python exception it names.

import { TextError } from '../text/text-error.js';
import { exceptionTypes, PyExc_ValueError } from '../core/exception-types.js';
import { raiseNew } from './raise.js';

export function textCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TextError) raiseNew(exceptionTypes.get(e.pyType) ?? PyExc_ValueError, e.message === '' ? undefined : e.message);
    throw e;
  }
}
