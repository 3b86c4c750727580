// str.maketrans / str.translate / str.format_map: the str methods that need the object model
// (dict lookups, mapping protocol), so they live here rather than in the pure text functions.

import { strType } from '../core/builtin-types.js';
import { defineMethods, PyBuiltinFunction } from '../core/builtin-function.js';
import { PyStaticMethod } from './function.js';
import { PyDict } from './dict.js';
import { typeErr, valueErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { getitem } from '../ops/item.js';
import { asInt } from '../ops/numeric.js';
import { cpLength } from '../text/codepoints.js';
import { PyBaseException, PyExc_LookupError } from '../core/exception-types.js';
import { strFormat } from '../ops/str-format.js';
import { charge } from '../core/budget.js';
import { chargeText } from '../text/text-cost.js';
import { checkTextSize } from '../text/size-limit.js';
import { textCall } from '../ops/text-errors.js';
import { withSig, clinicTypeName } from './str-method-args.js';

function maketrans(args: unknown[]): unknown {
  const d = new PyDict();
  if (args.length === 1) {
    const m = args[0];
    if (!(m instanceof PyDict)) typeErr('if you give only one argument to maketrans it must be a dict');
    charge(1 + (m as PyDict).table.size);
    for (const e of (m as PyDict).table.entries()) {
      if (typeof e.key === 'string') {
        if (cpLength(e.key) !== 1) valueErr('string keys in translate table must be of length 1');
        d.table.set(e.key.codePointAt(0)!, e.value);
      } else if (asInt(e.key) !== undefined) d.table.set(asInt(e.key), e.value);
      else typeErr('keys in translate table must be strings or integers');
    }
    return d;
  }
  if (args.length < 2 || args.length > 3) typeErr(`maketrans expected 1 to 3 arguments, got ${args.length}`);
  const [x, y, z] = args;
  if (typeof x !== 'string') typeErr('first maketrans argument must be a string if there is a second argument');
  if (typeof y !== 'string') typeErr(`maketrans() argument 2 must be str, not ${clinicTypeName(y)}`);
  charge(1 + (x as string).length + (y as string).length + (typeof z === 'string' ? z.length : 0)); // a dict entry each
  const xs = Array.from(x as string), ys = Array.from(y as string);
  if (xs.length !== ys.length) valueErr('the first two maketrans arguments must have equal length');
  xs.forEach((c, i) => d.table.set(c.codePointAt(0)!, ys[i]!.codePointAt(0)!));
  if (z !== undefined) {
    if (typeof z !== 'string') typeErr(`maketrans() argument 3 must be str, not ${clinicTypeName(z)}`);
    for (const c of z as string) d.table.set(c.codePointAt(0)!, null);
  }
  return d;
}

/** One op a character (each is a table lookup); a mapping to long strings is size-checked as it grows. */
function translate(s: string, table: unknown): string {
  let out = '';
  for (const ch of s) {
    charge(1);
    let v: unknown;
    try {
      v = getitem(table, ch.codePointAt(0)!);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.mro.includes(PyExc_LookupError)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (v === null) continue;
    if (typeof v === 'string') {
      textCall(() => checkTextSize(out.length + v.length));
      chargeText(v.length);
      out += v;
    } else {
      const n = asInt(v);
      if (n === undefined) typeErr('character mapping must return integer, None or str');
      if (!(n >= 0 && n < 0x110000)) valueErr('character mapping must be in range(0x110000)');
      out += String.fromCodePoint(Number(n));
    }
  }
  return out;
}

strType.dict.set('maketrans', new PyStaticMethod(new PyBuiltinFunction('maketrans', (args) => maketrans(args), null)));
defineMethods(strType, {
  translate: withSig('str', 'translate', { kind: 'one' }, (args) => translate(args[0] as string, args[1])),
  format_map: withSig('str', 'format_map', { kind: 'one' }, (args) => {
    chargeText((args[0] as string).length);
    const r = strFormat(args[0] as string, [], null, args[1]);
    chargeText(r.length);
    return r;
  }),
});

export const installedStrTranslate = true;
