// Introspection builtins: isinstance, issubclass, callable, id, hash, len, repr, ascii, format,
// exit/quit.

import { PyType, isSubtype, type KwArgs } from '../core/pytype.js';
import { oneArg, noKw, argCount } from './args.js';
import { typeErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { PyTuple } from '../types/tuple.js';
import { PyFunction, PyBoundMethod } from '../types/function.js';
import { PyBuiltinFunction } from '../core/builtin-function.js';
import { userDunder } from '../ops/dunders.js';
import { objectId } from '../ops/identity.js';
import { pyHash } from '../ops/hash.js';
import { lenOf } from '../ops/len.js';
import { pyRepr } from '../ops/repr.js';
import { formatValue } from '../ops/format.js';
import { PyExc_SystemExit, PyBaseException } from '../core/exception-types.js';
import { prepareRaise } from '../ops/raise.js';

function classInfoCheck(t: unknown, fn: string): void {
  if (t instanceof PyType) return;
  if (t instanceof PyTuple) {
    for (const x of t.items) classInfoCheck(x, fn);
    return;
  }
  typeErr(`${fn}() arg 2 must be a type, a tuple of types, or a union`);
}

function subclassOf(t: PyType, info: unknown): boolean {
  if (info instanceof PyTuple) return info.items.some((x) => subclassOf(t, x));
  return isSubtype(t, info as PyType);
}

export function isinstanceBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('isinstance', kw);
  argCount('isinstance', args, 2, 2);
  classInfoCheck(args[1], 'isinstance');
  return subclassOf(typeOf(args[0]), args[1]);
}

export function issubclassBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('issubclass', kw);
  argCount('issubclass', args, 2, 2);
  if (!(args[0] instanceof PyType)) typeErr('issubclass() arg 1 must be a class');
  classInfoCheck(args[1], 'issubclass');
  return subclassOf(args[0] as PyType, args[1]);
}

export function isCallable(v: unknown): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyBoundMethod || v instanceof PyType ||
    userDunder(v, '__call__') !== undefined;
}

export function callableBuiltin(args: unknown[], kw: KwArgs): unknown {
  return isCallable(oneArg('callable', args, kw));
}

export function idBuiltin(args: unknown[], kw: KwArgs): unknown {
  return objectId(oneArg('id', args, kw));
}

export function hashBuiltin(args: unknown[], kw: KwArgs): unknown {
  return pyHash(oneArg('hash', args, kw));
}

export function lenBuiltin(args: unknown[], kw: KwArgs): unknown {
  return lenOf(oneArg('len', args, kw));
}

export function reprBuiltin(args: unknown[], kw: KwArgs): unknown {
  return pyRepr(oneArg('repr', args, kw));
}

export function asciiBuiltin(args: unknown[], kw: KwArgs): unknown {
  return asciiOf(oneArg('ascii', args, kw));
}

/** ascii(v): repr(v) with every non-ASCII code point escaped. */
export function asciiOf(v: unknown): string {
  return pyRepr(v).replace(/[^\x00-\x7f]/gu, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

export function formatBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('format', kw);
  argCount('format', args, 1, 2);
  const spec = args.length > 1 ? args[1] : '';
  if (typeof spec !== 'string') typeErr(`format() argument 2 must be str, not ${typeOf(spec).name}`);
  return formatValue(args[0], spec as string);
}

export function exitBuiltin(args: unknown[], kw: KwArgs): unknown {
  noKw('exit', kw);
  argCount('exit', args, 0, 1);
  throw prepareRaise(new PyBaseException(PyExc_SystemExit, args.slice()));
}
