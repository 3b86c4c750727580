// format(value, spec): the `__format__` protocol behind format(), f-strings and str.format.
// Script classes may define __format__; int, float and str use the text module's format-spec
// engine (src/runtime/text/format-*.ts); other builtins accept only an empty spec, as object does.

import { asInt, asFloat } from './numeric.js';
import { pyStr } from './repr.js';
import { userDunder } from './dunders.js';
import { PyBoxed } from '../types/boxed.js';
import { callWithSelf } from './call.js';
import { typeErr } from './raise.js';
import { typeOf } from '../core/type-of.js';
import { formatInt } from '../text/format-int.js';
import { formatFloat } from '../text/format-float.js';
import { formatStr } from '../text/format-str.js';
import { textCall } from './text-errors.js';
import { chargeText } from '../text/text-cost.js';

/** Builtin formatting at the text rate on what it writes; big widths were size-checked first. */
function formatCharged(render: () => string): string {
  const r = textCall(render);
  chargeText(r.length);
  return r;
}

export function formatValue(v: unknown, spec: string): string {
  if (typeof v === 'string') return spec === '' ? v : formatCharged(() => formatStr(v, spec));
  // A subclass of a builtin value type may override __format__ or __str__ (ops/boxed-dunders.ts).
  if (v instanceof PyBoxed) return formatValue(callWithSelf(userDunder(v, '__format__'), v, [spec]), '');
  const f = asFloat(v);
  if (f !== undefined) return formatCharged(() => formatFloat(f, spec));
  const i = asInt(v);
  if (i !== undefined) {
    // bool formats as 'True' with an empty spec, as an int otherwise (int.__format__).
    if (typeof v === 'boolean' && spec === '') return v ? 'True' : 'False';
    return formatCharged(() => formatInt(i, spec, typeof v === 'boolean' ? 'bool' : 'int'));
  }
  const m = userDunder(v, '__format__');
  if (m !== undefined) {
    const r = callWithSelf(m, v, [spec]);
    if (typeof r !== 'string') typeErr(`__format__ must return a str, not ${typeOf(r).name}`);
    return r as string;
  }
  if (spec !== '') typeErr(`unsupported format string passed to ${typeOf(v).name}.__format__`);
  return pyStr(v);
}
