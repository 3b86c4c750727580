// The `match` statement's structural checks, as CPython 3.11's MATCH_SEQUENCE / MATCH_MAPPING /
// MATCH_KEYS / MATCH_CLASS opcodes do them. Codegen (src/codegen/lower-match.ts) composes a
// case's test from these boolean helpers plus `eq`/`is` for literal and value patterns; each
// helper that extracts values writes them into the JS array `out`, which the sub-pattern tests
// then read by index. A failed check returns false; only misuse raises (a class pattern on a
// non-class, too many positional sub-patterns, ...), with CPython's messages.

import { PyType, isSubtype, lookupMro, objectType } from '../core/pytype.js';
import {
  boolType, bytesType, dictType, floatType, frozensetType, intType, listType, rangeType, setType, strType, tupleType,
} from '../core/builtin-types.js';
import { typeOf } from '../core/type-of.js';
import { PyBaseException, PyExc_AttributeError } from '../core/exception-types.js';
import { charge } from '../core/budget.js';
import { PyList } from '../types/list.js';
import { PyTuple } from '../types/tuple.js';
import { PyDict } from '../types/dict.js';
import { PyInstance } from '../types/instance.js';
import { lenOf } from './len.js';
import { listFromIterable } from './iter.js';
import { lookupAttr } from './attr.js';
import { callMethod } from './call.js';
import { pyRepr } from './repr.js';
import { typeErr, valueErr } from './raise.js';

/** Types whose instances are sequences to a pattern (Py_TPFLAGS_SEQUENCE); str and bytes are not. */
const SEQUENCE_TYPES: readonly PyType[] = [listType, tupleType, rangeType];
/** Builtins a class pattern's single positional sub-pattern matches as a whole (_Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF_TYPES: readonly PyType[] = [boolType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];

const inherits = (t: PyType, bases: readonly PyType[]): boolean => t.mro.some((c) => bases.includes(c));

/**
 * `[p0, *rest, p2]`: the subject is a sequence of exactly `size` items, or at least `size - 1`
 * when `star >= 0`; `out` receives the items, with a list of the middle ones at `star`.
 */
export function matchSequence(out: unknown[], subject: unknown, size: number, star: number): boolean {
  if (!inherits(typeOf(subject), SEQUENCE_TYPES)) return false;
  const n = lenOf(subject);
  if (star < 0 ? n !== size : n < size - 1) return false;
  const items = listFromIterable(subject);
  if (star < 0) {
    for (const x of items) out.push(x);
    return true;
  }
  const after = items.length - (size - star - 1);
  charge(items.length);
  for (let i = 0; i < star; i++) out.push(items[i]);
  out.push(new PyList(items.slice(star, after)));
  for (let i = after; i < items.length; i++) out.push(items[i]);
  return true;
}

/** `{k: p, ...}` first checks: the subject is a mapping with at least `nkeys` items. */
export function matchMapping(subject: unknown, nkeys: number): boolean {
  if (!isSubtype(typeOf(subject), dictType)) return false;
  return nkeys === 0 || lenOf(subject) >= nkeys;
}

/**
 * `{k: p, ..., **rest}` after matchMapping: every key is present (looked up with the subject's
 * `get`, so `__missing__` is never called); `out` receives the values, then (when `rest`) a new
 * dict of the remaining items. Repeated keys are a ValueError, as in CPython.
 */
export function matchKeys(out: unknown[], subject: unknown, keys: unknown[], rest: boolean): boolean {
  const d = subject as PyDict;
  const seen = new PyDict();
  const plainGet = lookupMro(typeOf(d), 'get') === lookupMro(dictType, 'get');
  const dummy = plainGet ? undefined : new PyInstance(objectType);
  for (const key of keys) {
    if (seen.table.get(key) !== undefined) valueErr(`mapping pattern checks duplicate key (${pyRepr(key)})`);
    seen.table.set(key, null);
    const value = plainGet ? d.table.get(key)?.value : callMethod(d, 'get', key, dummy);
    if (value === undefined || value === dummy) return false;
    out.push(value);
  }
  if (rest) {
    const copy = new PyDict();
    charge(d.table.size);
    for (const e of Array.from(d.table.entries())) copy.table.set(e.key, e.value);
    for (const key of keys) copy.table.delete(key);
    out.push(copy);
  }
  return true;
}

/**
 * `C(p0, p1, a=p2)`: the subject is an instance of `cls`; `out` receives the attributes named by
 * `cls.__match_args__[:nargs]` and then `kwnames` (or the subject itself for `int(x)` and the other
 * self-matching builtins). A missing attribute fails the match.
 */
export function matchClass(out: unknown[], subject: unknown, cls: unknown, nargs: number, kwnames: string[]): boolean {
  if (!(cls instanceof PyType)) typeErr('called match pattern must be a type');
  if (!isSubtype(typeOf(subject), cls)) return false;
  const seen = new Set<string>();
  const attr = (name: string): boolean => {
    if (seen.has(name)) typeErr(`${cls.name}() got multiple sub-patterns for attribute ${pyRepr(name)}`);
    seen.add(name);
    const v = attributeOrMissing(subject, name);
    if (v === undefined) return false;
    out.push(v);
    return true;
  };
  if (nargs > 0) {
    const matchArgs = attributeOrMissing(cls, '__match_args__');
    const matchSelf = matchArgs === undefined && inherits(cls, MATCH_SELF_TYPES);
    if (matchArgs !== undefined && !(matchArgs instanceof PyTuple && typeOf(matchArgs) === tupleType)) {
      typeErr(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
    }
    const names = matchArgs instanceof PyTuple ? matchArgs.items : [];
    const allowed = matchSelf ? 1 : names.length;
    if (allowed < nargs) {
      typeErr(`${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) out.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = names[i];
        if (typeof name !== 'string') typeErr(`__match_args__ elements must be strings (got ${typeOf(name).name})`);
        if (!attr(name)) return false;
      }
    }
  }
  for (const name of kwnames) if (!attr(name)) return false;
  return true;
}

/** getattr(obj, name), or undefined where CPython's lookup raises AttributeError. */
function attributeOrMissing(obj: unknown, name: string): unknown {
  try {
    return lookupAttr(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, PyExc_AttributeError)) return undefined;
    throw e;
  }
}
