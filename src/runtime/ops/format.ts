// format(value, spec): the `__format__` protocol behind format(), f-strings and str.format.
// Script classes may define __format__; builtin numbers and strings use the text module's
// format-spec engine.

import { asInt, asFloat } from './numeric.js';
import { pyStr } from './repr.js';
import { userDunder } from './dunders.js';
import { callWithSelf } from './call.js';
import { typeErr, valueErr } from './raise.js';
import { typeOf } from '../core/type-of.js';
import { floatRepr } from '../text/float-repr.js';

const SIMPLE_SPEC = /^(?:(.)?([<>^=]))?([+\- ])?(0)?(\d+)?(,|_)?(?:\.(\d+))?([sdfeg%xXob])?$/s;

/** A small format-spec implementation used until text/format-spec's formatters are wired in. */
function simpleFormat(v: unknown, spec: string): string {
  const m = SIMPLE_SPEC.exec(spec);
  if (m === null) return valueErr(`Invalid format specifier '${spec}' for object of type '${typeOf(v).name}'`);
  const [, fill0, align0, sign, zero, width, group, prec, type] = m;
  const i = asInt(v), f = asFloat(v);
  let body: string;
  let numeric = false;
  if (type === 'f' || type === '%' || type === 'e' || type === 'g' || (type === undefined && prec !== undefined && (f !== undefined || i !== undefined))) {
    if (f === undefined && i === undefined) return typeErr(`Unknown format code '${type}' for object of type '${typeOf(v).name}'`);
    let x = f ?? Number(i);
    if (type === '%') x *= 100;
    const p = prec === undefined ? 6 : Number(prec);
    body = type === 'e' ? x.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2') : type === 'g' || type === undefined ? String(Number(x.toPrecision(p || 1))) : x.toFixed(p);
    if (type === undefined && f !== undefined && prec === undefined) body = floatRepr(x);
    if (type === '%') body += '%';
    numeric = true;
  } else if (type === 'd' || type === 'x' || type === 'X' || type === 'o' || type === 'b') {
    if (i === undefined) return valueErr(`Unknown format code '${type}' for object of type '${typeOf(v).name}'`);
    const radix = type === 'd' ? 10 : type === 'o' ? 8 : type === 'b' ? 2 : 16;
    body = i.toString(radix);
    if (type === 'X') body = body.toUpperCase();
    numeric = true;
  } else {
    body = pyStr(v);
    numeric = i !== undefined || f !== undefined;
  }
  if (numeric && group) {
    const neg = body.startsWith('-');
    const [ip, fp] = (neg ? body.slice(1) : body).split('.');
    body = (neg ? '-' : '') + ip!.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (fp !== undefined ? '.' + fp : '');
  }
  if (numeric && sign && !body.startsWith('-')) body = (sign === '-' ? '' : sign) + body;
  const w = width === undefined ? 0 : Number(width);
  const fill = fill0 ?? (zero ? '0' : ' ');
  const align = align0 ?? (zero ? '=' : numeric ? '>' : '<');
  const pad = Math.max(0, w - Array.from(body).length);
  if (pad === 0) return body;
  if (align === '<') return body + fill.repeat(pad);
  if (align === '>') return fill.repeat(pad) + body;
  if (align === '^') return fill.repeat(pad >> 1) + body + fill.repeat(pad - (pad >> 1));
  const s = /^[+\- ]/.test(body) ? body[0]! : '';
  return s + fill.repeat(pad) + body.slice(s.length);
}

export function formatValue(v: unknown, spec: string): string {
  const f = userDunder(v, '__format__');
  if (f !== undefined) {
    const r = callWithSelf(f, v, [spec]);
    if (typeof r !== 'string') typeErr(`__format__ must return a str, not ${typeOf(r).name}`);
    return r as string;
  }
  if (spec === '') return pyStr(v);
  const builtinFormattable = typeof v === 'string' || asInt(v) !== undefined || asFloat(v) !== undefined;
  if (!builtinFormattable) typeErr(`unsupported format string passed to ${typeOf(v).name}.__format__`);
  return simpleFormat(v, spec);
}
