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
    const a = /^\.([^.[]+)/.exec(rest);
    if (a) {
      value = getattr(value, a[1]!);
      rest = rest.slice(a[0].length);
      continue;
    }
    const k = /^\[([^\]]+)\]/.exec(rest);
    if (!k) valueErr('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    const key = k![1]!;
    value = getitem(value, /^\d+$/.test(key) ? Number(key) : key);
    rest = rest.slice(k![0].length);
  }
  return value;
}

/** Finds the end of a replacement field starting after `{` at i, honouring nested braces. */
function fieldEnd(t: string, i: number): number {
  let depth = 1;
  for (let j = i; j < t.length; j++) {
    if (t[j] === '{') depth++;
    else if (t[j] === '}' && --depth === 0) return j;
  }
  return valueErr("expected '}' before end of string");
}

function render(t: string, args: unknown[], kw: KwArgs, num: Numbering, depth: number, mapping: unknown): string {
  if (depth > 2) valueErr('Max string recursion exceeded');
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '{') {
      if (t[i + 1] === '{') { out += '{'; i++; continue; }
      const end = fieldEnd(t, i + 1);
      const body = t.slice(i + 1, end);
      const fm = /^([^!:]*)(?:!(.))?(?::(.*))?$/s.exec(body);
      if (!fm) valueErr('expected \':\' after conversion specifier');
      const [, field, conv, spec0] = fm!;
      let v = resolveField(field!, args, kw, num, mapping);
      if (conv !== undefined) {
        if (conv === 'r') v = pyRepr(v);
        else if (conv === 's') v = pyStr(v);
        else if (conv === 'a') v = asciiOf(v);
        else valueErr(`Unknown conversion specifier ${conv}`);
      }
      const spec = spec0 === undefined ? '' : render(spec0, args, kw, num, depth + 1, mapping);
      out += formatValue(v, spec);
      charge(1);
      i = end;
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
  if (/\{[^}]*$/.test(template.replace(/\{\{/g, ''))) {
    // an unterminated field: CPython reports a single '{' when nothing closes it
    const stripped = template.replace(/\{\{|\}\}/g, '');
    if (!stripped.slice(stripped.lastIndexOf('{')).includes('}')) valueErr("Single '{' encountered in format string");
  }
  return render(template, args, kw, { auto: 0, mode: 'none' }, 0, mapping);
}
