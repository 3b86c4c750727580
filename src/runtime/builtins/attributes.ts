// getattr / setattr / hasattr / delattr: attribute access by a computed name. Names the attribute
// policy refuses (builtins/dunder-allowlist.ts) are refused by ops/attr.ts itself, exactly as a
// missing attribute: the same AttributeError, hasattr False, getattr's default returned.

import type { KwArgs } from '../core/pytype.js';
import { noKw, argCount } from './args.js';
import { typeErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { getattr, setattr, delattr, lookupAttr } from '../ops/attr.js';
import { PyBaseException, PyExc_AttributeError } from '../core/exception-types.js';

function attrName(v: unknown): string {
  if (typeof v !== 'string') typeErr(`attribute name must be string, not '${typeOf(v).name}'`);
  return v as string;
}

export function getattrBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('getattr', kw);
  argCount('getattr', args, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 2) return getattr(args[0], name);
  try {
    const v = lookupAttr(args[0], name);
    return v === undefined ? args[2] : v;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.mro.includes(PyExc_AttributeError)) return args[2];
    throw e;
  }
}

export function hasattrBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('hasattr', kw);
  argCount('hasattr', args, 2, 2);
  const name = attrName(args[1]);
  try {
    return lookupAttr(args[0], name) !== undefined;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.mro.includes(PyExc_AttributeError)) return false;
    throw e;
  }
}

export function setattrBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('setattr', kw);
  argCount('setattr', args, 3, 3);
  setattr(args[0], attrName(args[1]), args[2]);
  return null;
}

export function delattrBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('delattr', kw);
  argCount('delattr', args, 2, 2);
  delattr(args[0], attrName(args[1]));
  return null;
}
