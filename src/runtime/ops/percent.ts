// `str % args`: printf-style formatting. The format engine is the text module's; this file adapts
// runtime values to it.

import { PyTuple } from '../types/tuple.js';
import { PyDict } from '../types/dict.js';
import { pyRepr, pyStr } from './repr.js';
import { typeErr } from './raise.js';

/** Minimal %s/%r/%d/%% support until text/percent-format.ts is wired in. */
export function percentFormatValue(template: string, args: unknown): string {
  const list = args instanceof PyTuple ? args.items : [args];
  let i = 0;
  const out = template.replace(/%([%srd])/g, (_m, c: string) => {
    if (c === '%') return '%';
    if (i >= list.length) typeErr('not enough arguments for format string');
    const v = list[i++];
    return c === 'r' ? pyRepr(v) : pyStr(v);
  });
  if (i < list.length && !(args instanceof PyDict)) typeErr('not all arguments converted during string formatting');
  return out;
}
