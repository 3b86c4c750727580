// str.format(*args, **kwargs): parses replacement fields `{name.attr[key]!conv:spec}` (with `{{`/`}}`
// escapes, automatic or manual numbering, nested fields in the spec) and formats each value
// through the __format__ protocol (ops/format.ts). Messages as CPython's.

import type { KwArgs } from '../core/pytype.js';
import { valueErr, indexErr, keyErr } from './raise.js';
import { getattr } from './attr.js';
import { getitem } from './item.js';
import { pyRepr, pyStr } from './repr.js';
import { formatValue } from './format.js';
import { asciiOf } from '../builtins/introspection.js';
import { charge } from '../core/budget.js';

interface Numbering {
  auto: number;
  mode: 'none' | 'auto' | 'manual';
}

function resolveField(field: string, args: unknown[], kw: KwArgs, num: Numbering, mapping: unknown): unknown {
  const m = /^([^.[]*)(.*)$/s.exec(field)!;
  const head = m[1]!;
  let rest = m[2]!;
  let value: unknown;
  if (mapping !== undefined && /^\d*$/.test(head)) valueErr('Format string contains positional fields');
  if (head === '') {
    if (num.mode === 'manual') valueErr('cannot switch from manual field specification to automatic field numbering');
    num.mode = 'auto';
    const i = num.auto++;
    if (i >= args.length) indexErr(`Replacement index ${i} out of range for positional args tuple`);
    value = args[i];
  } else if (/^\d+$/.test(head)) {
    if (num.mode === 'auto') valueErr('cannot switch from automatic field numbering to manual field specification');
    num.mode = 'manual';
    const i = Number(head);
    if (i >= args.length) indexErr(`Replacement index ${i} out of range for positional args tuple`);
    value = args[i];
  } else if (mapping !== undefined) {
    value = getitem(mapping, head);
  } else {
    const v = kw?.get(head);
    if (v === undefined) keyErr(head);
    value = v;
  }
  while (rest.length > 0) {
    if (/^\.(?:$|[.[])/.test(rest) || rest.startsWith('[]')) valueErr('Empty attribute in format string');
    const a = /^\.([^.[]+)/.exec(rest);
    if (a) {
      // The field text is data, like getattr()'s name: ops/attr.ts refuses policy names as missing.
      value = getattr(value, a[1]!);
      rest = rest.slice(a[0].length);
      continue;
    }
    const k = /^\[([^\]]+)\]/.exec(rest);
    if (!k && rest[0] === '[') valueErr("expected '}' before end of string");
    if (!k) valueErr('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    const key = k![1]!;
    value = getitem(value, /^\d+$/.test(key) ? Number(key) : key);
    rest = rest.slice(k![0].length);
  }
  return value;
}

interface FieldParts {
  name: string;
  conv: string | undefined;
  spec: string;
  /** Index of the closing '}'. */
  end: number;
}

/**
 * Scans a replacement field starting after `{` at i, as CPython's MarkupIterator and parse_field:
 * brackets in the field name protect any character, `!` takes the next character as the
 * conversion, and braces nest only inside the format spec.
 */
function scanField(t: string, i: number): FieldParts {
  const n = t.length;
  let j = i;
  while (j < n) {
    const c = t[j]!;
    if (c === '[') {
      const k = t.indexOf(']', j + 1);
      j = k < 0 ? n : k + 1;
      continue;
    }
    if (c === '{') valueErr("unexpected '{' in field name");
    if (c === '}' || c === ':' || c === '!') break;
    j++;
  }
  if (j >= n) valueErr("expected '}' before end of string");
  const name = t.slice(i, j);
  if (t[j] === '}') return { name, conv: undefined, spec: '', end: j };
  let conv: string | undefined;
  if (t[j] === '!') {
    if (j + 1 >= n) valueErr("unmatched '{' in format spec");
    conv = t[j + 1];
    j += 2;
    if (j >= n) valueErr("unmatched '{' in format spec");
    if (t[j] === '}') return { name, conv, spec: '', end: j };
    if (t[j] !== ':') valueErr("expected ':' after conversion specifier");
  }
  const from = ++j;
  for (let depth = 1; j < n; j++) {
    if (t[j] === '{') depth++;
    else if (t[j] === '}' && --depth === 0) return { name, conv, spec: t.slice(from, j), end: j };
  }
  return valueErr("unmatched '{' in format spec");
}

function render(t: string, args: unknown[], kw: KwArgs, num: Numbering, depth: number, mapping: unknown): string {
  if (depth >= 2) valueErr('Max string recursion exceeded');
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '{') {
      if (t[i + 1] === '{') { out += '{'; i++; continue; }
      if (i + 1 >= t.length) valueErr("Single '{' encountered in format string");
      const f = scanField(t, i + 1);
      let v = resolveField(f.name, args, kw, num, mapping);
      if (f.conv !== undefined) {
        if (f.conv === 'r') v = pyRepr(v);
        else if (f.conv === 's') v = pyStr(v);
        else if (f.conv === 'a') v = asciiOf(v);
        else valueErr(`Unknown conversion specifier ${f.conv}`);
      }
      const spec = f.spec.includes('{') ? render(f.spec, args, kw, num, depth + 1, mapping) : f.spec;
      out += formatValue(v, spec);
      charge(1);
      i = f.end;
    } else if (c === '}') {
      if (t[i + 1] !== '}') valueErr("Single '}' encountered in format string");
      out += '}';
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** str.format, or str.format_map when `mapping` is given (names are looked up in it). */
export function strFormat(template: string, args: unknown[], kw: KwArgs, mapping?: unknown): string {
  return render(template, args, kw, { auto: 0, mode: 'none' }, 0, mapping);
}
