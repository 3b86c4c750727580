// The str methods (split, strip, find, replace, padding, predicates, ...) against CPython 3.11 goldens.

import { describe, expect, it } from 'vitest';
import { strPartition, strRpartition, strRsplit, strSplit, strSplitlines } from '../../src/runtime/text/str-methods-split.js';
import { strLstrip, strRemoveprefix, strRemovesuffix, strRstrip, strStrip } from '../../src/runtime/text/str-methods-strip.js';
import {
  strCount, strEndswith, strFind, strIndex, strReplace, strRfind, strRindex, strStartswith,
} from '../../src/runtime/text/str-methods-search.js';
import { strCenter, strExpandtabs, strLjust, strRjust, strZfill } from '../../src/runtime/text/str-methods-pad.js';
import * as predicates from '../../src/runtime/text/str-methods-predicates.js';
import { checkGolden } from './golden.js';

type Bound = number | null;
const S = (x: unknown) => x as string;
const N = (x: unknown) => x as number;
const B = (x: unknown) => x as Bound;
/** A tuple argument decodes to { tuple }; the str functions take its items as an array. */
const affix = (x: unknown) => (typeof x === 'string' ? x : ((x as { tuple: string[] }).tuple));

const search = (f: (s: string, sub: string, a: Bound, b: Bound) => unknown) => ({ call: (s: unknown, sub: unknown, a: unknown, b: unknown) => f(S(s), S(sub), B(a), B(b)) });
const pad = (f: (s: string, w: number, fill: string | null) => string) => ({ call: (s: unknown, w: unknown, fill: unknown) => f(S(s), N(w), fill as string | null) });
const strip = (f: (s: string, chars: string | null) => string) => ({ call: (s: unknown, c: unknown) => f(S(s), c as string | null) });
const predicate = (f: (s: string) => boolean) => ({ call: (s: unknown) => f(S(s)) });

describe('str methods golden (CPython 3.11)', () => {
  checkGolden('methods', {
    'str.split': { call: (s, sep, m) => strSplit(S(s), sep as string | null, N(m)) },
    'str.rsplit': { call: (s, sep, m) => strRsplit(S(s), sep as string | null, N(m)) },
    'str.splitlines': { call: (s, keep) => strSplitlines(S(s), keep as boolean) },
    'str.partition': { call: (s, sep) => strPartition(S(s), S(sep)) },
    'str.rpartition': { call: (s, sep) => strRpartition(S(s), S(sep)) },
    'str.strip': strip(strStrip),
    'str.lstrip': strip(strLstrip),
    'str.rstrip': strip(strRstrip),
    'str.removeprefix': { call: (s, p) => strRemoveprefix(S(s), S(p)) },
    'str.removesuffix': { call: (s, p) => strRemovesuffix(S(s), S(p)) },
    'str.find': search(strFind),
    'str.rfind': search(strRfind),
    'str.index': search(strIndex),
    'str.rindex': search(strRindex),
    'str.count': search(strCount),
    'str.startswith': { call: (s, p, a, b) => strStartswith(S(s), affix(p), B(a), B(b)) },
    'str.endswith': { call: (s, p, a, b) => strEndswith(S(s), affix(p), B(a), B(b)) },
    'str.replace': { call: (s, o, n, c) => strReplace(S(s), S(o), S(n), N(c)) },
    'str.center': pad(strCenter),
    'str.ljust': pad(strLjust),
    'str.rjust': pad(strRjust),
    'str.zfill': { call: (s, w) => strZfill(S(s), N(w)) },
    'str.expandtabs': { call: (s, t) => strExpandtabs(S(s), N(t)) },
    'str.isalpha': predicate(predicates.strIsalpha),
    'str.isdigit': predicate(predicates.strIsdigit),
    'str.isdecimal': predicate(predicates.strIsdecimal),
    'str.isnumeric': predicate(predicates.strIsnumeric),
    'str.isalnum': predicate(predicates.strIsalnum),
    'str.isspace': predicate(predicates.strIsspace),
    'str.isupper': predicate(predicates.strIsupper),
    'str.islower': predicate(predicates.strIslower),
    'str.istitle': predicate(predicates.strIstitle),
    'str.isidentifier': predicate(predicates.strIsidentifier),
    'str.isprintable': predicate(predicates.strIsprintable),
    'str.isascii': predicate(predicates.strIsascii),
  }, it, expect);
});
