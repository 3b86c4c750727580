// Pulls in every module that installs methods on the builtin types at load time (they have no
// exports the entry point needs otherwise), so the bundle contains them and runs them before
// `$corral` is defined. `installTypes` itself has nothing left to do at run time.

import { indexOf } from './types/int-methods.js';
import { toFloat } from './types/float-methods.js';
import { strJoin } from './types/str-methods.js';
import { searchBounds } from './types/list-methods.js';
import { dictUpdate } from './types/dict-methods.js';
import { setFrom } from './types/set-methods.js';
import { rangeContains } from './types/range-methods.js';
import { installedTupleMethods } from './types/tuple-methods.js';
import { installedBytesMethods } from './types/bytes-methods.js';
import { installedStrTranslate } from './types/str-translate.js';
import { installedBytesCodecs } from './types/bytes-codecs.js';
import { installedByteArray } from './types/bytearray.js';
import { genexp } from './types/generator-methods.js';
import { BUILTINS } from './builtins/table.js';
import { PyExc_BaseException } from './core/exception-types.js';
import { objectType } from './core/pytype.js';

/** References one export of each installing module so none is dropped as unused. */
export function installTypes(): unknown[] {
  return [indexOf, toFloat, strJoin, searchBounds, dictUpdate, setFrom, rangeContains, genexp, BUILTINS,
    PyExc_BaseException, objectType, installedObjectMethods, installedExceptionMethods, installedMiscCtors, installedTupleMethods, installedBytesMethods, installedStrTranslate, installedBoxedDunders, installedBytesCodecs, installedByteArray];
}

import { installedObjectMethods } from './core/object-type.js';
import { installedExceptionMethods } from './core/exception-methods.js';
import { installedMiscCtors } from './types/misc-ctors.js';
import { installedBoxedDunders } from './ops/boxed-dunders.js';
